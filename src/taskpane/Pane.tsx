// The pane's layout: actions on top, then the progress / result, the forms found, their issues,
// and the folded settings. Each part is its own component; this one only places and wires them.

import { Divider, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { issuesBySeverity } from '../frontends/outcome';
import { Disclosure } from './Disclosure';
import { FormSummaryList } from './FormSummaryList';
import { IssueList } from './IssueList';
import { useMessages } from './messages-context';
import type { WorkbookOperations } from './operations';
import { RunControls } from './RunControls';
import { Section } from './Section';
import { SettingsForm } from './SettingsForm';
import { StatusArea } from './StatusArea';
import { TemplateControls } from './TemplateControls';
import { useWorkbook } from './useWorkbook';
import { WorkbookTools } from './WorkbookTools';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export function Pane({ operations }: { operations: WorkbookOperations }) {
  const m = useMessages();
  const styles = useStyles();
  const [state, actions] = useWorkbook(operations);
  const forms = state.reports?.flatMap((report) => report.forms) ?? [];
  return (
    <main className={styles.main} aria-busy={state.busy}>
      <Subtitle1 as="h1">{m.ui.title}</Subtitle1>
      <RunControls
        busy={state.busy}
        onRecalculate={actions.recalculate}
        onValidate={actions.validate}
        onUndo={actions.undo}
      />
      <TemplateControls busy={state.busy} onInsert={actions.insertTemplate} />
      <StatusArea busy={state.busy} error={state.error} notice={state.notice} />
      <Divider />
      {state.reports === null ? (
        <p>{m.ui.notRunYet}</p>
      ) : (
        <>
          {forms.length > 0 && (
            <Section title={m.ui.forms}>
              <FormSummaryList forms={forms} />
            </Section>
          )}
          <Section title={m.ui.issues}>
            <IssueList groups={issuesBySeverity(state.reports)} onSelect={actions.selectCell} />
          </Section>
        </>
      )}
      <Disclosure title={m.ui.moreTools}>
        <WorkbookTools
          busy={state.busy}
          onFormsFromTargets={actions.formsFromTargets}
          onInsertSummary={actions.insertSummary}
        />
      </Disclosure>
      {state.settings && (
        <Disclosure title={m.ui.settings}>
          <SettingsForm settings={state.settings} busy={state.busy} onSave={actions.saveSettings} />
        </Disclosure>
      )}
    </main>
  );
}
