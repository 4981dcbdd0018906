// 必填项: the texts a form must carry.

import { formRule } from '../rule';

/** 必填项 (also raised on an indicator's empty 三级指标, 年度指标值 or 实际完成值, see indicator-values.ts). */
export const MISSING_FIELD = formRule({
  code: 'MISSING_FIELD',
  label: '必填项',
  severity: 'error',
  meaning:
    "项目名称, 主管部门, 实施单位, 预期目标, 实际完成情况, 全年执行数, an indicator's 三级指标 (name), target or actual left empty",
  check(e, out) {
    const f = e.form;
    const m = out.m.field;
    const required = [
      [f.projectName, m.projectName],
      [f.department, m.department],
      [f.implementer, m.implementer],
      [f.expectedGoal, m.expectedGoal],
      [f.actualGoal, m.actualGoal],
    ] as const;
    for (const [fieldValue, label] of required) {
      if (!fieldValue.text) out.add(MISSING_FIELD, fieldValue.cell, { field: label });
    }
    // No 执行率, 得分, 总分 or 评分等级 follows without the 全年执行数: never "0 errors" over them.
    // (A dash there reads as empty: evaluate.ts totalRowRead.)
    const executed = f.funds?.executed;
    if (executed && e.budget?.executed.kind === 'empty')
      out.add(MISSING_FIELD, executed, { field: out.what('executed') });
  },
});

/** 必填项, in the order validate runs them. */
export const FIELD_CHECKS = [MISSING_FIELD] as const;
