// What the browser prints (print to PDF): one page per form with its fields, scores and issues.
// Hidden on screen; the page's print style shows only this.

import { shownBudgetScore, shownGrade, shownTotal } from '../core';
import { issuesOfForm } from '../core/model/form-issues';
import { shownFixed2 } from '../core/values/decimal';
import { format } from '../i18n';
import { useMessages } from '../taskpane/messages-context';
import type { DroppedFile } from './usePage';

export function PrintView({ files }: { files: DroppedFile[] }) {
  const m = useMessages();
  return (
    <div className="selfeval-print" data-testid="print-view">
      {files.flatMap((file) => {
        const opened = file.opened;
        if (!opened || !('reports' in opened)) return [];
        return opened.reports.flatMap((report) =>
          report.forms.map((form) => {
            const issues = issuesOfForm(report, form);
            const fields: [string, string][] = [
              [m.cli.file, file.name],
              [m.cli.sheet, report.sheet],
              [m.cli.project, form.projectName || m.ui.unnamedProject],
              [m.page.department, form.department || m.ui.none],
              [m.cli.budgetScore, shownFixed2(shownBudgetScore(form)) || m.ui.none],
              [m.cli.total, shownFixed2(shownTotal(form)) || m.ui.none],
              [m.cli.grade, shownGrade(form) ?? m.ui.none],
            ];
            return (
              <section key={`${file.id}:${report.sheet}:${form.rows.first}`} className="selfeval-print-form">
                <h1>{form.title || m.ui.title}</h1>
                <table>
                  <tbody>
                    {fields.map(([label, value]) => (
                      <tr key={label}>
                        <th>{label}</th>
                        <td>{value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h2>{m.ui.issues}</h2>
                {issues.length ? (
                  <ul>
                    {issues.map((issue, i) => (
                      <li key={i}>
                        [{m.severity[issue.severity]}]{' '}
                        {issue.cell
                          ? format(m.ui.issueCell, { sheet: issue.sheet, cell: issue.cell })
                          : issue.sheet}{' '}
                        {issue.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{m.ui.noIssues}</p>
                )}
              </section>
            );
          }),
        );
      })}
    </div>
  );
}
