// What the page offers beyond each file: a 汇总表 of every dropped file, a blank template (2024 or
// 2023 indicator set), the print view, and the settings laid over each workbook's own (a setting
// left as each workbook's own is no override, as an option not given on the command line).

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { LevelSetYear, Settings } from '../core';
import { Disclosure } from '../taskpane/Disclosure';
import { useMessages } from '../taskpane/messages-context';
import { SettingsForm } from '../taskpane/SettingsForm';
import { TemplateControls } from '../taskpane/TemplateControls';
import { useFileMessages } from './file-messages';
import { NoticeBar, type Notice } from './Notice';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground3, marginTop: 0 },
});

interface Props {
  busy: boolean;
  /** Drawn beside the tools or the settings when it is theirs. */
  notice: Notice | null;
  anyForms: boolean;
  overrides: Partial<Settings>;
  onSummary(): void;
  onTemplate(levelSet: LevelSetYear): void;
  onSettings(settings: Partial<Settings>): void;
}

export function Tools({ busy, notice, anyForms, overrides, onSummary, onTemplate, onSettings }: Props) {
  const m = useMessages();
  const fm = useFileMessages();
  const styles = useStyles();
  return (
    <>
      <div className={styles.row}>
        <Button disabledFocusable={busy || !anyForms} onClick={onSummary}>
          {m.page.downloadSummary}
        </Button>
        <Button disabledFocusable={!anyForms} onClick={() => window.print()}>
          {m.page.print}
        </Button>
      </div>
      <TemplateControls busy={busy} onInsert={onTemplate} label={m.page.downloadTemplate} />
      <NoticeBar notice={notice} at="tools" />
      <Disclosure title={m.ui.settings}>
        <p className={styles.note}>{m.page.settingsNote}</p>
        {/* The saved settings as they are: one object while they stay, since the form resets its
            unsaved choices whenever the object it is given changes. */}
        <SettingsForm settings={overrides} own={fm.pageFiles.workbookOwn} busy={busy} onSave={onSettings} />
        <NoticeBar notice={notice} at="settings" />
      </Disclosure>
    </>
  );
}
