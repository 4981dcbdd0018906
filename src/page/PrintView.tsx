// What the browser prints (print to PDF): each form from a new page, with its fields, goals,
// budget, indicators with their scores and 偏差原因, 总分, grade and issues; a form longer than a
// page repeats its title, file and sheet at the top of every page it takes (a table's header
// group, which browsers repeat). Then the files that could not be read, or hold no form, and why.
// Drawn only while printing (usePrinting). Scores are what each form shows (the cell, else what
// the rules give).

import { memo } from 'react';
import { shown, shownBudgetScore, shownGrade, shownTotal, type FormReport, type SheetReport } from '../core';
import { issuesOfForm } from '../core/model/form-issues';
import { shownFixed2 } from '../core/values/decimal';
import { type WithFiles } from '../i18n/files';
import { format } from '../i18n';
import { useFileMessages } from './file-messages';
import type { DroppedFile } from './usePage';

export function PrintView({ files }: { files: DroppedFile[] }) {
  return (
    <div className="selfeval-print" data-testid="print-view">
      {files.map((file) => (
        <PrintedFile key={file.id} file={file} />
      ))}
      <NotPrinted files={files} />
    </div>
  );
}

/** The files that print no form: why each could not be read, or that it holds none. */
function NotPrinted({ files }: { files: DroppedFile[] }) {
  const m = useFileMessages();
  const lines = files.flatMap((file) => {
    const opened = file.opened;
    if (!opened) return [];
    if ('problem' in opened) return [opened.problem];
    return opened.reports.some((r) => r.forms.length) ? [] : [format(m.cli.noForms, { file: file.name })];
  });
  if (!lines.length) return null;
  return (
    <section className="selfeval-print-form" data-testid="not-printed">
      <h1>{m.pageFiles.notPrinted}</h1>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

/** A file's forms, drawn again only when that file changes (not as each other file arrives). */
const PrintedFile = memo(function PrintedFile({ file }: { file: DroppedFile }) {
  const opened = file.opened;
  if (!opened || !('reports' in opened)) return null;
  return (
    <>
      {opened.reports.flatMap((report) =>
        report.forms.map((form) => (
          <PrintedForm
            key={`${report.sheet}:${form.rows.first}`}
            file={file.name}
            report={report}
            form={form}
          />
        )),
      )}
    </>
  );
});

function PrintedForm({ file, report, form }: { file: string; report: SheetReport; form: FormReport }) {
  const m = useFileMessages();
  const or = (value: string | null | undefined) => value || m.ui.none;
  const unit = { unit: form.fundUnit };
  const fields: [string, string][] = [
    [m.field.projectName, or(form.projectName)],
    [m.field.department, or(form.department)],
    [m.field.implementer, or(form.implementer)],
    [m.field.expectedGoal, or(form.expectedGoal)],
    [m.field.actualGoal, or(form.actualGoal)],
    [format(m.summary.budgeted, unit), or(form.budget.budgeted)],
    [format(m.summary.executed, unit), or(form.budget.executed)],
    [m.summary.rate, or(shown(form.budget.rate, form.budget.expectedRate))],
    [m.summary.budgetScore, or(shownFixed2(shownBudgetScore(form)))],
    [m.summary.total, or(shownFixed2(shownTotal(form)))],
    [m.summary.grade, or(shownGrade(form))],
  ];
  const issues = issuesOfForm(report, form);
  return (
    <section className="selfeval-print-form">
      {/* One frame whose header group every printed page of the form repeats. */}
      <table className="selfeval-print-frame">
        <thead>
          <tr>
            <th>
              <h1>{form.title || m.ui.title}</h1>
              <p className="selfeval-print-where">
                {format(m.pageFiles.printWhere, { file, sheet: report.sheet })}
              </p>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
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
              <IndicatorTable form={form} m={m} />
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
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function IndicatorTable({ form, m }: { form: FormReport; m: WithFiles }) {
  const h = m.page.indicators;
  return (
    <table>
      <thead>
        <tr>
          {[h.level1, h.level2, h.name, h.target, h.actual, h.weight, h.score, h.reason].map((heading) => (
            <th key={heading}>{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {form.indicators.map((row) => (
          <tr key={row.scoreCell}>
            <td>{row.level1}</td>
            <td>{row.level2}</td>
            <td>{row.name}</td>
            <td>{row.target}</td>
            <td>{row.actual}</td>
            <td>{row.weight ?? ''}</td>
            <td>{shownFixed2(shown(row.score, row.expectedScore))}</td>
            <td>{row.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
