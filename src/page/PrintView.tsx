// What the browser prints (print to PDF): one page per form with its fields, budget, indicators
// and their scores, 总分, grade and issues. Hidden on screen; the page's print style shows only
// this. Scores are what each form shows (the cell, else what the rules give).

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
    </div>
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
    [m.cli.file, file],
    [m.cli.sheet, report.sheet],
    [m.field.projectName, or(form.projectName)],
    [m.field.department, or(form.department)],
    [m.field.implementer, or(form.implementer)],
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
      <IndicatorTable form={form} m={m} />
      <h2>{m.ui.issues}</h2>
      {issues.length ? (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              [{m.severity[issue.severity]}]{' '}
              {issue.cell ? format(m.ui.issueCell, { sheet: issue.sheet, cell: issue.cell }) : issue.sheet}{' '}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.ui.noIssues}</p>
      )}
    </section>
  );
}

function IndicatorTable({ form, m }: { form: FormReport; m: WithFiles }) {
  const h = m.page.indicators;
  return (
    <table>
      <thead>
        <tr>
          {[h.level1, h.level2, h.name, h.target, h.actual, h.weight, h.score].map((heading) => (
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
