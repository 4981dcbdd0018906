// 中文界面文本 (default). Every user-facing string of SelfEval lives here or in en.ts, keyed the
// same. `{name}` placeholders are filled by format().

export const zhCN = {
  issue: {
    MISSING_REASON: '“{name}”得分 {score} 低于分值 {weight}，请填写偏差原因分析及改进措施',
    WEIGHT_SUM: '总分分值为 {sum}，应为 100（预算执行 10 + 指标分值合计 {indicators}）',
    MISSING_WEIGHT: '“{name}”没有分值',
    NEGATIVE_VALUE: '{what}为负数：{value}',
    SCORE_OVER_WEIGHT: '“{name}”得分 {score} 超过分值 {weight}',
    BUDGET_SCORE_MISMATCH: '预算执行得分为 {found}，按执行率 {rate}% 应为 {expected}',
    BUDGET_RATE_MISMATCH: '执行率为 {found}，按全年执行数 / 全年预算数应为 {expected}',
    TOTAL_MISMATCH: '总分得分为 {found}，按预算执行得分与各指标得分合计应为 {expected}',
    TOTAL_WEIGHT_MISMATCH: '总分分值为 {found}，按 10 + 指标分值合计应为 {expected}',
    GRADE_MISMATCH: '评分等级为“{found}”，按总分 {total} 应为“{expected}”',
    SCORE_MISMATCH: '“{name}”得分 {found} 与规则计算的 {expected} 不同（已保留手填得分）',
    MANUAL_SCORE_NEEDED: '“{name}”需要人工评分：{why}',
    MANUAL_SCORE_OUT_OF_BAND: '“{name}”实际完成为“{outcome}”，得分应在 {low} 至 {high} 之间，现为 {score}',
    UNREADABLE_VALUE: '无法识别{what}：“{value}”',
    UNIT_MISMATCH: '“{name}”实际完成值单位“{actualUnit}”与指标值单位“{targetUnit}”不一致',
    OVER_COMPLETION: '“{name}”实际完成 {actual} 达到指标值 {target} 的 {ratio} 倍，超额完成请在偏差原因中说明',
    MISSING_FIELD: '未填写{field}',
    BUDGET_OVERRUN: '全年执行数 {executed} 超过全年预算数 {budgeted}',
    NO_BUDGET: '全年预算数为 0 或未填写，无法计算执行率',
    ACHIEVEMENT_GAP: '指标完成度 {achievement}% 明显高于预算执行率 {execution}%（相差超过 5%）',
    LOW_EXECUTION: '预算未执行比例 {share}% 超过 20%',
    NO_FORM: '工作表中没有找到绩效自评表（需要“一级指标 … 分值 得分”表头）',
    PROTECTED_SHEET: '工作表“{sheet}”受保护，无法写入；请先撤销保护',
    PROPOSED_WEIGHT: '分值 {weight} 为建议值（按标准比例分配），请确认',
  },
  what: {
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    budgeted: '全年预算数',
    executed: '全年执行数',
    rate: '执行率',
  },
  field: {
    projectName: '项目名称',
    department: '主管部门',
    implementer: '实施单位',
    expectedGoal: '预期目标',
    actualGoal: '实际完成情况',
  },
  why: {
    qualitative: '实际完成情况为文字描述，请按“达成 / 部分达成 / 未达成”判断并填写得分',
    partial: '部分达成年度指标，得分应在分值的 60% 至 80% 之间',
    notAchieved: '未达成年度指标，得分应低于分值的 60%',
    unreadable: '指标值或实际完成值无法识别',
  },
  outcome: {
    achieved: '达成年度指标',
    partial: '部分达成年度指标并具有一定效果',
    notAchieved: '未达成年度指标且效果较差',
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
};

export type Messages = typeof zhCN;
