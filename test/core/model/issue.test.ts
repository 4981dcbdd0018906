// The one issue counter every front end prints its figures with.

import { countBySeverity, type Issue } from '../../../src/core/model/issue';

const issue = (severity: Issue['severity']): Issue => ({
  code: 'MISSING_REASON',
  severity,
  sheet: '自评表',
  cell: 'H12',
  message: '',
});

it('counts errors and warnings, and leaves infos out', () => {
  const issues = [issue('error'), issue('warning'), issue('info'), issue('error')];
  expect(countBySeverity(issues)).toEqual({ errors: 2, warnings: 1 });
  expect(countBySeverity([])).toEqual({ errors: 0, warnings: 0 });
});
