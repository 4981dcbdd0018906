// One dropped file: its outcome line, its forms, its issues by severity (a click draws that part
// of the sheet with the cell marked) and what can be downloaded from it. A file the page cannot
// read is one line saying why. Its header's button takes it off the list.

import {
  Button,
  Card,
  CardHeader,
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
import { SheetPart } from './SheetPart';
import type { DroppedFile, PageActions, Shown } from './usePage';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  where: { margin: 0, color: tokens.colorNeutralForeground3 },
});

interface Props {
  file: DroppedFile;
  shown: Shown | null;
  busy: boolean;
  actions: PageActions;
}

export function FileCard({ file, shown, busy, actions }: Props) {
  const m = useMessages();
  const styles = useStyles();
  const opened = file.opened;
  return (
    <Card data-testid="file" data-file={file.name} aria-label={file.name}>
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
      {!opened && <ProgressBar value={file.stage} aria-label={m.page.readingFile} />}
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
          <IssueList
            groups={issuesBySeverity(opened.reports)}
            onSelect={(sheet, cell) => actions.show({ file: file.id, sheet, cell })}
          />
          {shown?.file === file.id &&
            (() => {
              const picture = opened.pictures.find((p) => p.sheet === shown.sheet);
              if (!picture) return null;
              return (
                <>
                  <p className={styles.where}>
                    {shown.cell
                      ? format(m.ui.issueCell, { sheet: shown.sheet, cell: shown.cell })
                      : shown.sheet}
                  </p>
                  <SheetPart
                    picture={picture}
                    report={opened.reports.find((r) => r.sheet === shown.sheet)}
                    cell={shown.cell}
                  />
                </>
              );
            })()}
        </div>
      )}
    </Card>
  );
}
