// One line per recognised form: project name, 总分 and 评分等级 as the rules give them (what
// Recalculate writes; after Validate a cell that differs is also in the issue list), else the cell's.

import { makeStyles, tokens } from '@fluentui/react-components';
import type { FormReport } from '../core/model/report';
import { format } from '../i18n';
import { useMessages } from './messages-context';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function FormSummaryList({ forms }: { forms: FormReport[] }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {forms.map((form) => (
        <li key={`${form.sheet}!${form.rows.first}`}>
          {format(m.ui.formSummary, {
            project: form.projectName || m.ui.unnamedProject,
            total: form.total.expectedScore ?? form.total.score ?? m.ui.none,
            grade: form.grade.expected ?? form.grade.value ?? m.ui.none,
          })}
        </li>
      ))}
    </ul>
  );
}
