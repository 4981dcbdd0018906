// One dropped file: its outcome line, its forms, its issues by severity (a click draws that part
// of the sheet with the cell marked) and what can be downloaded from it. A file the page cannot
// read is one line saying why. Its header's button takes it off the list.

import { memo, useCallback, useMemo } from 'react';
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { issuesBySeverity, summarize } from '../frontends/outcome';
import { format } from '../i18n';
import { IssueList } from '../taskpane/IssueList';
import { useMessages } from '../taskpane/messages-context';
import { FormTable } from './FormTable';
import { NoticeBar, type Notice } from './Notice';
import { SheetPart } from './SheetPart';
import type { WithFiles } from '../i18n/files';
import { useFileMessages } from './file-messages';
import { READ } from './protocol';
import type { DroppedFile, PageActions, Shown } from './usePage';

/** Issues listed at first per severity: a workbook of 200 forms has thousands, which take the page
 * seconds to draw; the rest come at a click. */
const ISSUES_SHOWN = 50;

const useStyles = makeStyles({
  // A card out of view is not laid out: forty cards in one column were laid out again, all of
  // them, as each file arrived (a second each). The height guessed until it is first drawn.
  card: { contentVisibility: 'auto', containIntrinsicSize: 'auto 600px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  where: { margin: 0, color: tokens.colorNeutralForeground3 },
});

interface Props {
  file: DroppedFile;
  /** The issue shown, when it is this file's. */
  shown: Shown | null;
  /** What the page says of a download from this file, beside its buttons. */
  notice: Notice | null;
  busy: boolean;
  actions: PageActions;
}

/** Drawn again only when its own file, issue shown or busyness changes: with forty files listed,
 * redrawing every card as each file arrives froze the page for seconds. */
export const FileCard = memo(function FileCard({ file, shown, notice, busy, actions }: Props) {
  const m = useMessages();
  const fm = useFileMessages();
  const styles = useStyles();
  const opened = file.opened;
  const groups = useMemo(
    () => (opened && 'reports' in opened ? issuesBySeverity(opened.reports) : null),
    [opened],
  );
  const onSelect = useCallback(
    (sheet: string, cell: string) => actions.show({ file: file.id, sheet, cell }),
    [actions, file.id],
  );
  return (
    <Card className={styles.card} data-testid="file" data-file={file.name} aria-label={file.name}>
      <CardHeader
        header={<Subtitle2 as="h2">{file.name}</Subtitle2>}
        action={
          <Button
            appearance="subtle"
            aria-label={format(m.page.removeFileLabel, { file: file.name })}
            onClick={() => actions.removeFile(file.id)}
          >
            {m.page.removeFile}
          </Button>
        }
      />
      {!opened && <Progress stage={file.stage} m={fm} />}
      {opened && 'problem' in opened && (
        <p className={styles.problem} role="alert">
          {opened.problem}
        </p>
      )}
      {opened && 'reports' in opened && (
        <div className={styles.body}>
          <p data-testid="outcome">
            {(() => {
              const outcome = summarize(opened.reports);
              return outcome.forms
                ? format(m.page.fileOutcome, {
                    forms: outcome.forms,
                    errors: outcome.errors,
                    warnings: outcome.warnings,
                  })
                : m.page.noForms;
            })()}
          </p>
          {opened.stateUnreadable && (
            // As check says it: the settings stored are not the ones used.
            <MessageBar intent="warning">
              <MessageBarBody>{fm.cli.stateUnreadable}</MessageBarBody>
            </MessageBar>
          )}
          {opened.reports.some((r) => r.forms.length > 0) && <FormTable reports={opened.reports} />}
          <div className={styles.actions}>
            {opened.reports.some((r) => r.forms.length > 0) && (
              <Button disabledFocusable={busy} onClick={() => actions.downloadRecalculated(file.id)}>
                {m.page.downloadRecalculated}
              </Button>
            )}
            {opened.declarations > 0 && (
              <Button disabledFocusable={busy} onClick={() => actions.downloadFromTargets(file.id, '万元')}>
                {format(m.page.fromTargets, { count: opened.declarations })}
              </Button>
            )}
          </div>
          <NoticeBar notice={notice} at={file.id} />
          {groups && <IssueList groups={groups} onSelect={onSelect} limit={ISSUES_SHOWN} light />}
          {shown &&
            (() => {
              if (shown.picture === null) return null;
              return (
                <>
                  <p className={styles.where}>
                    {shown.cell
                      ? format(m.ui.issueCell, { sheet: shown.sheet, cell: shown.cell })
                      : shown.sheet}
                  </p>
                  {shown.picture ? (
                    <SheetPart
                      picture={shown.picture}
                      report={opened.reports.find((r) => r.sheet === shown.sheet)}
                      cell={shown.cell}
                    />
                  ) : (
                    <ProgressBar aria-label={fm.pageFiles.drawing} />
                  )}
                </>
              );
            })()}
        </div>
      )}
    </Card>
  );
});

/** How far the worker has got with a file: reading it (a bar that moves, as reading says nothing
 * until done), then checking its sheets (a bar that fills). */
function Progress({ stage, m }: { stage: number; m: WithFiles }) {
  const reading = stage < READ;
  const label = reading ? m.pageFiles.readingFile : m.pageFiles.checkingFile;
  return (
    <>
      <ProgressBar value={reading ? undefined : stage} aria-label={label} />
      <Caption1>{label}</Caption1>
    </>
  );
}
