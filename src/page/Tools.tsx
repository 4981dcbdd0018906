// What the page offers beyond each file: a 汇总表 of every dropped file, a blank template (2024 or
// 2023 indicator set), the print view, and the settings laid over each workbook's own.

import { useMemo } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { defaultSettings, resolveSettings, type LevelSetYear, type Settings } from '../core';
import { Disclosure } from '../taskpane/Disclosure';
import { useMessages } from '../taskpane/messages-context';
import { SettingsForm } from '../taskpane/SettingsForm';
import { TemplateControls } from '../taskpane/TemplateControls';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground3, marginTop: 0 },
});

interface Props {
  busy: boolean;
  anyForms: boolean;
  overrides: Partial<Settings>;
  onSummary(): void;
  onTemplate(levelSet: LevelSetYear): void;
  onSettings(settings: Settings): void;
}

export function Tools({ busy, anyForms, overrides, onSummary, onTemplate, onSettings }: Props) {
  const m = useMessages();
  const styles = useStyles();
  // One object while the saved settings stay: the form resets its unsaved choices whenever the
  // object it is given changes (a file read, an issue clicked redraws the page).
  const settings = useMemo(
    () => (Object.keys(overrides).length ? resolveSettings(undefined, overrides) : defaultSettings),
    [overrides],
  );
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
      <Disclosure title={m.ui.settings}>
        <p className={styles.note}>{m.page.settingsNote}</p>
        <SettingsForm settings={settings} busy={busy} onSave={onSettings} />
      </Disclosure>
    </>
  );
}
