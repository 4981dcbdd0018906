// The forms of one file, a row each, as the command line's table prints them (frontends/form-rows).

import { makeStyles, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../core';
import { formColumns, formRows } from '../frontends/form-rows';
import { useFileMessages } from './file-messages';

const useStyles = makeStyles({
  // A card too narrow for the table scrolls it sideways rather than squeezing its columns.
  frame: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'left',
  },
  number: { textAlign: 'right' },
  // A heading on one line: squeezed by long project names, 预算得分 stood one character a line.
  heading: { whiteSpace: 'nowrap' },
});

/** Budget 得分, 总分, errors and warnings are figures (right-aligned); the grade is a word. */
const FIGURES = new Set([2, 3, 5, 6]);

export function FormTable({ reports }: { reports: SheetReport[] }) {
  const m = useFileMessages();
  const styles = useStyles();
  const className = (i: number) => (FIGURES.has(i) ? `${styles.cell} ${styles.number}` : styles.cell);
  return (
    <div className={styles.frame}>
      <table className={styles.table} data-testid="forms">
        <thead>
          <tr>
            {formColumns(m).map((heading, i) => (
              <th key={heading} className={`${className(i)} ${styles.heading}`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {formRows(reports).map(({ form, cells }) => (
            <tr key={`${form.sheet}!${form.rows.first}`}>
              {cells.map((text, i) => (
                <td key={i} className={className(i)}>
                  {text || (i === 1 ? m.ui.unnamedProject : m.ui.none)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
