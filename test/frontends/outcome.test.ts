// What the pane and the ribbon say after a run.

import type { Issue } from '../../src/core/model/issue';
import type { FormReport, SheetReport } from '../../src/core/model/report';
import { issuesBySeverity, outcomeMessage, summarize } from '../../src/frontends/outcome';
import { messages } from '../../src/i18n';

const issue = (severity: Issue['severity'], sheet: string, cell: string): Issue => ({
  code: severity === 'error' ? 'MISSING_REASON' : 'OVER_COMPLETION',
  severity,
  sheet,
  cell,
  message: `${severity} at ${cell}`,
});
const form = {} as FormReport; // only counted here

const reports: SheetReport[] = [
  {
    sheet: '项目甲',
    forms: [form],
    issues: [issue('warning', '项目甲', 'H12'), issue('info', '项目甲', 'F13')],
  },
  {
    sheet: '项目乙',
    forms: [form, form],
    issues: [issue('error', '项目乙', 'H14'), issue('error', '项目乙', 'H15')],
  },
];

describe('the outcome of a run', () => {
  it('counts forms, errors and warnings across sheets and points at the first error', () => {
    expect(summarize(reports)).toEqual({
      forms: 3,
      errors: 2,
      warnings: 1,
      firstError: reports[1].issues[0],
    });
    expect(summarize([]).firstError).toBeNull();
  });

  it('groups the issues by severity, keeping sheet order', () => {
    const groups = issuesBySeverity(reports);
    expect(groups.error.map((i) => i.cell)).toEqual(['H14', 'H15']);
    expect(groups.warning.map((i) => i.cell)).toEqual(['H12']);
    expect(groups.info.map((i) => i.cell)).toEqual(['F13']);
  });

  it('says it in one line, in Chinese or English', () => {
    const outcome = summarize(reports);
    expect(outcomeMessage('recalculated', outcome, messages('zh-CN'))).toBe(
      '已重新计算 3 张自评表：2 个错误，1 个警告',
    );
    expect(outcomeMessage('validated', outcome, messages('en'))).toBe(
      'Checked 3 form(s): 2 error(s), 1 warning(s)',
    );
  });
});
