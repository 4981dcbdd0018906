// One line per recognised form: project name, 总分 and 评分等级 as every front end shows them:
// what the cells hold, else what the rules give (a cell that differs from the rules is also in
// the issue list).

import { makeStyles, tokens } from '@fluentui/react-components';
import type { FormReport } from '../core/model/report';
import { shownGrade, shownTotal } from '../core/model/shown';
import { shownFixed2 } from '../core/values/decimal';
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
            total: shownFixed2(shownTotal(form)) || m.ui.none,
            grade: shownGrade(form) ?? m.ui.none,
          })}
        </li>
      ))}
    </ul>
  );
}
