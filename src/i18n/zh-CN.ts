// 中文界面文本 (default). Every user-facing string of SelfEval lives here or in en.ts, keyed the
// same. `{name}` placeholders are filled by format().

export const zhCN = {
  issue: {
    MISSING_REASON: '“{name}”{why}，请填写偏差原因分析及改进措施',
    FORMULA_NOT_CALCULATED:
      '公式 {formula} 在文件中没有计算结果（尚未由 Excel 或 WPS 计算）：请在 Excel 或 WPS 中打开并保存工作簿后再检查',
    FORMULA_CIRCULAR:
      '公式 {formula} 引用了它自己所在的单元格（循环引用），Excel 和 WPS 都算不出结果：请修改公式，不要把本单元格算进去',
    MERGED_SCORE:
      '得分单元格合并了 {count} 个三级指标（{names}），无法分别评分：请取消合并，每个指标一个得分单元格',
    FUNDS_MISSING:
      '没有找到项目资金部分（含“全年预算数”“全年执行数”的表头）：无法计算预算执行得分和总分，请按自评表格式补上项目资金部分',
    FUNDS_COLUMN_MISSING:
      '项目资金表头没有“{column}”列：年度资金总额的{column}无处填写，请按自评表格式补上该列',
    REASON_COLUMN_MISSING:
      '指标表头没有“偏差原因分析”列，而{names}得分低于分值，需要填写偏差原因：请按自评表格式补上该列并填写',
    INDICATOR_COLUMN_MISSING:
      '指标表头没有“{column}”列：各指标无法按规则评分（不会拿另一列代替），请按自评表格式补上该列',
    RESULT_ROW_MISSING: '没有找到{what}行：{what}无处填写，请按自评表格式在指标下方补上“{what}”行',
    FORMULA_BLANK:
      '{what}是您的公式 {formula}，结果没有数值（按规则应为 {expected}）：SelfEval 不改动您的公式；请修改公式，或{replace}',
    WAITING_FOR_SCORES: '{what}无法计算：等待 {waiting}',
    ABOVE_RANGE: '“{name}”实际完成 {actual} 超出指标区间 {target} 的上限，请在偏差原因中说明',
    HIDDEN_SHEET:
      '工作表“{sheet}”已隐藏：其中的自评表已检查，但重新计算不写入隐藏的工作表（需要计算请先取消隐藏）',
    FAR_CELLS:
      '工作表“{sheet}”太大，无法整张读取：有 {count} 个单元格（自 {first} 起）未读取；若那里有自评表，请将其移到其他内容附近',
    WEIGHT_SUM:
      '预算执行与各指标的分值相加为 {sum}（预算执行 {budget} + 指标分值合计 {indicators}），应为 100：请检查各行的分值',
    MISSING_WEIGHT: '“{name}”没有分值',
    NEGATIVE_VALUE: '{what}为负数：{value}',
    SCORE_OVER_WEIGHT: '“{name}”得分 {score} 超过分值 {weight}',
    BUDGET_SCORE_MISMATCH: '预算执行得分为 {found}，按执行率 {rate}% 应为 {expected}{hint}',
    BUDGET_RATE_MISMATCH: '执行率为 {found}，按全年执行数 / 全年预算数应为 {expected}{hint}',
    SCORE_NOT_ROUNDED:
      '{what}为 {value}，超过两位小数：一体化系统按两位小数 {rounded} 计分{sum}；请用 ROUND(…,2) 取两位小数或直接填写两位小数',
    SUBTOTAL_MISMATCH: '“{group}”小计得分为 {found}，按该组各指标得分合计应为 {expected}',
    SUBTOTAL_WEIGHT_MISMATCH: '“{group}”小计分值为 {found}，按该组各指标分值合计应为 {expected}',
    TOTAL_MISMATCH: '总分得分为 {found}，按预算执行得分与各指标得分合计应为 {expected}',
    TOTAL_WEIGHT_MISMATCH: '总分分值为 {found}，按预算执行 {budget} + 指标分值合计应为 {expected}',
    GRADE_MISMATCH: '评分等级为“{found}”，按总分 {total} 应为“{expected}”',
    SCORE_MISMATCH: '“{name}”得分 {found} 与规则计算的 {expected} 不同（{kept}）',
    SCORE_STALE: '“{name}”得分 {found} 是此前计算写入的，按现在的填写应为 {expected}，{recalculate}',
    MANUAL_SCORE_NEEDED: '“{name}”需要人工评分：{why}',
    MANUAL_SCORE_OUT_OF_BAND: '“{name}”实际完成为“{outcome}”，得分应在 {low} 至 {high} 之间，现为 {score}',
    UNREADABLE_VALUE: '无法识别{what}：“{value}”{aside}',
    FRACTION_FOR_PERCENT:
      '“{name}”指标值是百分比，实际完成值 {actual} 没有百分号，按 {value}% 计分；若是 {percent}%，请填写“{percent}%”或把单元格设为百分比格式',
    UNIT_MISMATCH: '“{name}”实际完成值单位“{actualUnit}”与指标值单位“{targetUnit}”不一致',
    OVER_COMPLETION:
      '“{name}”实际完成 {actual} 达到指标值 {target} 的 {ratio} 倍，超额完成请在偏差原因中说明',
    MISSING_FIELD: '未填写{field}',
    BUDGET_OVERRUN: '{row}全年执行数 {executed} 超过全年预算数 {budgeted}',
    NO_BUDGET: '全年预算数为 0 或未填写，无法计算执行率',
    ACHIEVEMENT_GAP:
      '指标完成度 {achievement}% 明显高于预算执行得分率 {execution}%（预算执行得分 {score} ÷ {weight}，相差超过 5%）',
    LOW_EXECUTION: '预算未执行比例 {share}% 超过 20%',
    NOT_CALCULATED: '{what}未计算（应为 {expected}），{recalculate}',
    NO_FORM: '工作表中没有找到绩效自评表（需要“一级指标 … 分值 得分”表头）',
    PROTECTED_SHEET: '工作表“{sheet}”受保护，无法写入；请先撤销保护',
    PROPOSED_WEIGHT: '分值 {weight} 为建议值（按标准比例分配），请确认',
  },
  /** A reason added after a message. */
  aside: '（{text}）',
  typedError: '单元格中是错误值本身（不是公式的结果，可能是粘贴数值时带入的）：请清除该单元格后重新计算',
  formulaError: '这是公式出错的结果：请检查该单元格的公式及其引用的数据',
  what: {
    name: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    budgeted: '全年预算数',
    executed: '全年执行数',
    rate: '执行率',
    total: '总分',
    grade: '评分等级',
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
    late: '实际完成日期晚于指标值的期限，请按逾期情况评分（低于分值）并填写偏差原因',
    deadlineYear:
      '期限没有写年份，标题、年度行和工作表名称中也没有年度，无法判断是否按时：请人工评分（逾期的请填写偏差原因），或在指标值中写明年份',
    negated:
      '实际完成值“{actual}”表示未（按时）达到指标值，不能得满分：请按实际情况评分（低于分值）并填写偏差原因',
    dateForCount: '指标值是数量，实际完成值却是日期，请填写实际完成的数量',
    numberForDate:
      '指标值是期限，实际完成值却是数字（可能是日期单元格没有日期格式）：请把单元格设为日期格式，或填写完成日期',
  },
  outcome: {
    achieved: '达成年度指标',
    partial: '部分达成年度指标并具有一定效果',
    notAchieved: '未达成年度指标且效果较差',
    late: '逾期完成',
    // Said in the user's own words: 未达标, 延期完成.
    negated: '{actual}',
  },
  rowScore: '“{name}”得分',
  /** A cell of a group subtotal row (小计): its 分值 or 得分. */
  subtotalCell: '“{group}”小计{what}',
  budgetScore: '预算执行得分',
  totalScore: '总分得分',
  /** SCORE_NOT_ROUNDED on a row's or the budget's 得分: what it does to the 总分. */
  sumRounded: '，总分也按各项两位小数相加',
  subRow: '“{label}”',
  reason: {
    scoreBelow: '得分 {score} 低于分值 {weight}',
    outcome: '实际完成为“{outcome}”，得分将低于分值',
  },
  waiting: {
    rows: '{names}的人工评分',
    cells: '{names}得分单元格可读的数值（见该单元格的问题）',
    inputs: '{what}（见这些单元格的问题）',
    rowInputs: '{names}的{inputs}',
    inputSeparator: '和',
    budget: '预算执行',
    name: '“{name}”',
    separator: '、',
    and: '；',
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
  hint: { rounding: '（按“{mode}”舍入则与表中一致：请检查舍入设置）' },
  // Said after the advice to recalculate on a sheet a recalculation does not write.
  blocked: {
    hidden: '（该工作表已隐藏，重新计算不写入：请先取消隐藏）',
    protected: '（该工作表受保护，重新计算无法写入：请先撤销工作表保护）',
  },
  // What SCORE_MISMATCH says was kept: a typed score, or a formula of the user's.
  kept: {
    typed: '已保留手填得分',
    formula: '得分是您的公式，已保留；如需替换，请{replace}',
  },
  summary: {
    title: '绩效自评汇总表',
    sheetName: '汇总表',
    file: '文件',
    sheet: '工作表',
    project: '项目名称',
    implementer: '实施单位',
    budgeted: '全年预算数（{unit}）',
    executed: '全年执行数（{unit}）',
    rate: '执行率(%)',
    budgetScore: '预算得分',
    indicatorScore: '指标得分',
    total: '总分',
    grade: '评分等级',
    errors: '错误',
    warnings: '警告',
    sum: '合计',
    average: '平均',
    gradeDistribution: '评分等级分布',
    count: '表数',
    ungraded: '未评级',
    leftOut: '未计入汇总的文件',
    reason: '原因',
    noFormFound: '没有找到绩效自评表',
    hiddenSheet: '{sheet}（已隐藏）',
    // The same words in every front end: the page's 汇总表 is the command line's, byte for byte.
    recalculated:
      '标色的数值与表中不同：表中的计算值（执行率、得分、总分或评分等级）尚未按规则更新，这里是重新计算后的数值，错误数按表中现状计：请重新计算这些工作簿',
  },
  ribbon: {
    group: '绩效自评',
    recalculate: '重新计算',
    validate: '检查',
    insertTemplate: '插入模板',
    showPane: '显示任务窗格',
  },
  // The small window a ribbon button opens with its outcome (src/outcome, src/commands).
  dialog: {
    recalculated: '重新计算完成',
    validated: '检查完成',
    templateInserted: '已插入模板',
    failed: '未能完成',
    problems: '问题：',
    firstProblems: '前 {count} 个问题：',
    moreProblems: '另有 {count} 个问题：点“显示任务窗格”查看全部。',
    selected: '已选中第一个错误所在的单元格 {cell}。',
    noProblems: '没有发现错误或警告。',
    templateHint: '在新表中填写后，点“重新计算”。',
    close: '关闭',
    cellEditMode: '“{command}”未能完成：Excel 正在编辑单元格。按 Enter 或 Esc 结束编辑后再点一次。',
    protectedWorkbook: '“{command}”未能完成：工作簿或工作表受保护。请先撤销保护（审阅 → 撤销工作簿保护）。',
    excelRefused: '“{command}”未能完成：Excel 拒绝了这次操作（{code}）。请再点一次；仍不行请打开任务窗格。',
    unexpected: '“{command}”未能完成：出现了意外错误。请再点一次；仍不行请打开任务窗格。',
  },
  ui: {
    title: '绩效自评助手',
    scope: '范围',
    scopeSheet: '本工作表',
    scopeWorkbook: '整个工作簿',
    recalculate: '重新计算',
    validate: '检查',
    insertTemplate: '插入模板',
    levelSet: '指标体系',
    levelSet2024: '2024 版（含成本指标）',
    levelSet2023: '2023 版',
    undo: '撤销上次计算',
    working: '正在处理…',
    errorTitle: '出错了',
    forms: '自评表',
    formSummary: '{project}：总分 {total}，等级 {grade}',
    unnamedProject: '（未填项目名称）',
    none: '—',
    issues: '问题',
    noIssues: '没有发现问题',
    notRunYet: '点击“重新计算”或“检查”查看问题',
    issueCell: '{sheet}!{cell}',
    goToCell: '转到 {cell}',
    recalculated: '已重新计算 {forms} 张自评表：{errors} 个错误，{warnings} 个警告',
    validated: '已检查 {forms} 张自评表：{errors} 个错误，{warnings} 个警告',
    templateInserted: '已插入工作表“{sheet}”',
    undone: '已恢复 {restored} 个单元格',
    settings: '设置',
    rounding: '得分舍入',
    roundingHalfUp: '四舍五入',
    roundingDown: '向下舍去',
    reverseRule: '反向指标计分',
    reverseLinear: '线性：(1 − (实际 − 目标) / 目标) × 分值',
    reverseRatio: '比值：目标 / 实际 × 分值',
    overCompletion: '超额完成提示阈值（实际 / 目标的倍数，大于 1）',
    overCompletionRule: '请填写大于 1 的数，如 1.2 或 1.5',
    force: '覆盖与规则不同的手填得分',
    saveSettings: '保存设置',
    settingsSaved: '设置已保存到工作簿',
    moreTools: '更多',
    fromTargets: '从目标申报表生成自评表',
    formsMade: '已生成 {count} 张自评表',
    noDeclarations: '工作簿中没有找到绩效目标申报表',
    insertSummary: '生成汇总表',
    summaryInserted: '已插入汇总表“{sheet}”',
    noWorkbook: '没有打开的工作簿：请先打开或新建一个工作簿',
    structureProtected: '工作簿结构受保护，无法添加工作表：请先撤销工作簿保护',
  },
  page: {
    title: '绩效自评助手（离线网页版）',
    languageName: '中文',
    intro:
      '把自评表工作簿拖到这里，或点击下面的按钮选择（.xlsx / .xlsm，可一次多个）。文件只在本机处理，不会上传。',
    pick: '选择工作簿',
    reading: '正在读取：已完成 {done} / {total} 个文件',
    outsidePicture: '单元格 {cell} 离表格太远，没有读取，无法在这里显示：请在 Excel 或 WPS 中查看它',
    fileOutcome: '{forms} 张自评表：{errors} 个错误，{warnings} 个警告',
    noForms: '没有找到自评表',
    showAllIssues: '已列出前 {shown} 条，显示全部 {count} 条',
    indicators: {
      level1: '一级指标',
      level2: '二级指标',
      name: '三级指标',
      target: '年度指标值',
      actual: '实际完成值',
      weight: '分值',
      score: '得分',
      reason: '偏差原因分析及改进措施',
    },
    downloadRecalculated: '下载重新计算后的工作簿',
    recalculatedSuffix: '-重新计算',
    recalculated: '已生成“{file}”重新计算后的工作簿：{forms} 张自评表，写入 {changes} 处改动',
    formulasReplaced: '按设置“覆盖与规则不同的手填得分”用计算值替换了 {count} 个公式',
    fromTargets: '从 {count} 张目标申报表生成自评表',
    fromTargetsSuffix: '-自评表',
    downloadSummary: '下载汇总表（全部文件）',
    summaryName: '汇总表.xlsx',
    downloadTemplate: '下载空白模板',
    templateName: '自评表模板.xlsx',
    templateMade: '已生成空白模板“{sheet}”',
    print: '打印 / 存为 PDF',
    removeFile: '移除',
    removeFileLabel: '从列表中移除“{file}”',
    settingsNote:
      '设置用于本页面的检查和下载，保存后对所有文件生效；选“各工作簿自带的设置”（或阈值留空）的项，每个工作簿按其自带的设置（没有则按默认）计算，与不带相应选项的命令行一致。',
    settingsApplied: '设置已应用到所有文件',
    failed: '处理时出错：请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试',
    problems: {
      legacy: '旧版 .xls / WPS .et 格式，浏览器无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再拖入',
      ods: 'OpenDocument .ods 格式，浏览器无法读取：请另存为 .xlsx 后再拖入',
      notWorkbook:
        '不是 Excel 工作簿（.xlsx / .xlsm）：请检查是否选错了文件；若 Excel 或 WPS 能打开它，请另存为 .xlsx 后再拖入',
      unread: '浏览器无法读取它（是文件夹，或文件已被移动或删除）：请打开文件夹，选中其中的工作簿后拖入',
    },
  },
  // What an issue tells a person to do to recalculate, by front end (messages(lang, frontEnd)).
  recalculateAction: {
    addIn: '请点击“重新计算”',
    cli: '请运行 selfeval recalc',
    page: '请下载重新计算后的工作簿',
  },
  // What an issue tells a person to do to replace a formula of theirs by the computed value.
  replaceFormulaAction: {
    addIn: '在设置中勾选“覆盖与规则不同的手填得分”后重新计算',
    cli: '用 selfeval recalc --force 以计算值替换',
    page: '在设置中勾选“覆盖与规则不同的手填得分”后下载重新计算后的工作簿',
  },
};

export type Messages = typeof zhCN;

/** The command line's and the offline page's words (files, folders, batches, usage), kept apart
 * from the rest: the add-ins' bundles, which never show them, leave them out (i18n/files.ts). */
export const zhCNFiles = {
  batch: {
    usage:
      '  selfeval from-targets 目标申报表.xlsx -o 自评表.xlsx [--unit 万元|元]\n  selfeval summary 文件或文件夹… -o 汇总表.xlsx [--rounding half-up|down]\n  selfeval check 文件夹… [--json]',
    declarationsWritten: '已从 {count} 张目标申报表生成自评表，写入 {file}{replaced}',
    formWritten: '  {sheet}：{indicators} 个指标，分值为建议值（{split}），请确认',
    /** A group of the proposed split, as formWritten lists them. */
    splitGroup: {
      产出指标: '产出 {points}',
      效益指标: '效益 {points}',
      满意度指标: '满意度 {points}',
    },
    splitSeparator: '、',
    noIndicators:
      '  {sheet}：申报表中没有绩效指标，自评表按标准格式留出空白指标行：请补填三级指标、年度指标值和分值',
    unitAssumed:
      '  {sheet}：申报表没有注明项目资金的单位（元或万元），金额按原数写入，视为{unit}；若申报表的金额以{other}为单位，{change}',
    /** How to say the amounts are in the other unit, as each front end lets the user. */
    unitChange: {
      cli: '请加 --unit {other} 重新生成',
      declaration: '请在申报表中注明（如一行“单位：{other}”）后重新生成',
    },
    unnamedIndicators:
      '  {sheet}：申报表（工作表“{source}”）第 {rows} 行没有三级指标，自评表 {cells} 已留空，请补填',
    fromHiddenSheet: '  {sheet}：申报表在隐藏的工作表“{source}”上，已一并生成',
    noDeclarations: '{file}：没有找到绩效目标申报表',
    /** A declaration's formulas the file keeps no result for: no form is written. */
    declarationUncalculated:
      '{file}：工作表“{sheet}”的 {cells} 是公式，文件中没有保存计算结果（由其他程序写出，尚未计算），读不出其内容：请先在 Excel 或 WPS 中打开并保存该文件，再生成自评表',
    summaryWritten: '已写入汇总表 {file}（{forms} 张自评表，来自 {files} 个文件{leftOut}）{replaced}',
    summaryLeftOut: '；另有 {count} 个文件未计入，原因列在表下方',
    summaryNoForms: '{where}：没有可汇总的绩效自评表，没有写出 {output}',
    skipped: '已跳过：{detail}',
    progress: '检查中 {done}/{total}',
    noFiles: '{where}：没有找到工作簿（.xlsx、.xlsm、.xls、.et、.ods）',
    forms: '表数',
    problem: '说明',
    noForm: '没有自评表',
    allClean: '所有文件都没有错误',
    folderLine: '共 {files} 个文件：{clean} 个无错误，{failed} 个有错误，{unreadable} 个无法读取',
    foldersUnopened: '；{folders} 个文件夹无法打开',
    problemSeparator: '；',
  },
  /** The offline page's words for the files it lists. */
  pageFiles: {
    sameNames: '同时选择的 {count} 个文件都名为“{name}”：都已保留，列为 {names}',
    replaced: '已替换列表中的同名文件：{files}（新拖入的副本）',
    nameSeparator: '、',
    workbookOwn: '各工作簿自带的设置',
    readingFile: '正在读取文件…',
    checkingFile: '正在检查各工作表…',
    drawing: '正在显示工作表…',
    nothingWritten: '“{file}”重新计算后的工作簿没有写入任何改动',
    notPrinted: '无法读取或没有自评表的文件',
    printWhere: '文件：{file}　工作表：{sheet}',
  },
  cli: {
    usage:
      '用法：\n  selfeval check 文件.xlsx… [--json] [--rounding half-up|down]\n  selfeval recalc 输入.xlsx -o 输出.xlsx [--json] [--rounding half-up|down] [--force]\n  selfeval recalc 输入.xls|输入.et|输入.ods [-o 输出.xlsx]\n  selfeval undo 输入.xlsx -o 输出.xlsx\n  selfeval template 输出.xlsx [--level-set 2024|2023] [--year 年份]',
    unknownCommand: '未知命令“{command}”',
    badOption: '选项 {option} 的值“{value}”无效，可用：{allowed}',
    /** Between the values a choice takes (badOption's allowed). */
    or: ' 或 ',
    overCompletionAllowed: '大于 1 的倍数，如 1.2',
    yearAllowed: '四位数的年份，如 2024',
    unknownOption: '未知选项 {option}',
    emptyName: '文件名是空的：请写出要处理的文件名',
    missingOutputName: '选项 {option} 缺少文件名：请在它后面写出输出文件名',
    missingValue: '选项 {option} 缺少取值',
    repeatedOption: '选项 {option} 只能给一次',
    notForCommand: '{command} 不接受 {option}',
    oneInput: '{command} 只能指定一个输入文件',
    oneOutput: '只能指定一个输出文件',
    usageHint: '{error}（用法见 selfeval --help）',
    missingFile: '请指定 .xlsx 文件',
    missingOutput: '请用 -o 指定输出文件',
    unreadable: '无法读取：{detail}',
    fileProblem: '{file}：{why}',
    problems: {
      missing: '找不到这个文件',
      folder: '这是一个文件夹，不是工作簿',
      folderUnopened: '无法打开这个文件夹（请检查权限），其中的工作簿没有检查',
      unreadable: '无法读取这个文件（请检查文件权限）',
      encrypted: '工作簿设有打开密码：请在 Excel 或 WPS 中取消密码后再试',
      legacy: '旧版 .xls / WPS .et 格式：请在 Excel 或 WPS 中另存为 .xlsx 后再检查（或安装 LibreOffice）',
      ods: 'OpenDocument .ods 格式：请另存为 .xlsx 后再检查（或安装 LibreOffice）',
      empty: '文件是空的（0 字节），其中没有工作簿：多半是下载或复制没有完成，请重新下载或从原处重新复制',
      notWorkbook:
        '不是工作簿（可读取 .xlsx、.xlsm、.xls、.et、.ods）：请检查是否选错了文件；若 Excel 或 WPS 能打开它，请另存为 .xlsx 后再试',
      lockFile:
        '这是 Excel 或 WPS 打开工作簿时留下的锁定文件（名字以 ~$ 或 .~ 开头），不是工作簿：请检查去掉这个前缀后同名的工作簿',
      corrupt:
        '文件已损坏或不完整：请重新下载或从原处重新复制；若 Excel 或 WPS 能打开它，另存为 .xlsx 后再试',
      noPermission: '没有写入权限：请换一个可以写入的文件夹',
      outputIsFolder: '输出路径是一个文件夹：请写出文件名，如 输出.xlsx',
      writeFailed: '无法写入（磁盘已满或路径无效？）',
      nameTooLong: '文件名或路径太长：请缩短文件名（或换一个较短的文件夹）',
      tooLarge: '文件太大（超过 2 GB），不是能读取的工作簿：请检查是否选错了文件',
      linkLoop: '这是一个指向自身的链接（链接循环），不通向任何文件：请检查或删除这个链接',
      diskFull: '磁盘已满，没有写入：请腾出空间后再试',
      noFolder: '输出文件所在的文件夹及其上一级文件夹都不存在：请检查路径',
      parentNotFolder: '输出路径中有一级是文件而不是文件夹：请检查路径',
      keepsOriginal: '这是要读取的原文件（不是 .xlsx 格式），不会被覆盖：请用 -o 另写一个 .xlsx 文件名',
      replacesForms:
        '这个文件里有自评表或目标申报表：写出的新工作簿会替换其中的全部内容，所以不覆盖它；请另写一个文件名（或先把它移走）',
      replacesUnseen:
        '这个文件无法读取（有密码、已损坏或格式无法打开），无法确认其中是否有自评表，不覆盖：请另写一个文件名',
      renamedExists:
        '这个文件已存在，但不是用 -o 指定的：SelfEval 不覆盖没有指定的文件。要覆盖它，请用 -o 直接写出它的名字；否则换一个名字',
      readOnly: '这个文件是只读的，不会被覆盖：请先取消只读，或用 -o 写到另一个文件',
      tempMissing:
        '无法用 LibreOffice 读取：临时文件夹 {folder} 不存在或不是文件夹：请把环境变量 TMPDIR（Windows 为 TEMP）设为一个存在且可以写入的文件夹后再试',
      tempNoPermission:
        '无法用 LibreOffice 读取：没有权限在临时文件夹 {folder} 中写入：请把环境变量 TMPDIR（Windows 为 TEMP）设为一个可以写入的文件夹后再试',
      tempFull:
        '无法用 LibreOffice 读取：临时文件夹 {folder} 所在的磁盘已满：请腾出空间，或把环境变量 TMPDIR（Windows 为 TEMP）设为另一个磁盘上的文件夹后再试',
      tooSlow:
        'LibreOffice 转换超过两分钟仍未完成，已停止：请稍后再试，或在 Excel 或 WPS 中另存为 .xlsx 后再检查',
    },
    convertedNote: '{file} 是 {kind} 格式：已用 LibreOffice 读取，结果另存为 .xlsx，原文件未改动',
    file: '文件',
    sheet: '工作表',
    project: '项目名称',
    budgetScore: '预算得分',
    total: '总分',
    grade: '等级',
    errors: '错误',
    warnings: '警告',
    noForms: '{file}：没有找到绩效自评表',
    noFormNotWritten: '{file} 中没有绩效自评表，无需重新计算：没有写出 {output}',
    written: '已写入 {file}（{changes} 处修改）{replaced}',
    /** selfeval undo with nothing to undo: nothing written. */
    nothingToUndo: {
      none: '{file}：没有可撤销的计算（其中没有 SelfEval 上次计算的记录），没有写出 {output}',
      unreadable:
        '{file}：SelfEval 保存在其中的记录无法读取（由更新的版本写入，或已损坏），无法撤销，没有写出 {output}',
    },
    undoneWritten: '已撤销上次计算：恢复 {restored} 个单元格，写入 {file}{replaced}',
    replacedExisting: '；原有的同名文件已被替换',
    renamedOutput: '工作簿含有宏，输出保存为 {file}（.xlsx 不能含宏）',
    stateUnreadable: 'SelfEval 保存的设置无法读取（由更新的版本写入，或已损坏）：本次按默认设置检查',
    stateNotKept: {
      taken:
        '工作簿中已有名为“_selfeval”（不区分大小写）的工作表，是您的工作表，不是 SelfEval 的：其中的自评表照常检查和计算，但 SelfEval 的设置与高亮记录没有保存在里面；把该表改名后再运行可保存',
      locked:
        '工作簿结构受保护，不能添加工作表：SelfEval 的设置与高亮记录没有保存（撤销“保护工作簿”后再运行可保存）',
      unreadable:
        '工作簿中 SelfEval 保存的设置与高亮记录无法读取（由更新的版本写入，或已损坏），保持原样未改动；本次按默认设置计算：请用最新版 SelfEval 处理该工作簿',
    },
    renamedToXlsx: '输出为 .xlsx 格式，保存为 {file}',
    formulasReplaced: '按 --force 用计算值替换了 {count} 个公式',
    templateWritten: '已生成空白自评表 {file}（工作表“{sheet}”）{replaced}',
    summaryLine: '{forms} 张表，{errors} 个错误，{warnings} 个警告',
    none: '无',
    commonOptions:
      '通用选项：\n  --rounding half-up|down      得分、执行率取两位小数：四舍五入（默认）或直接截去\n  --reverse-rule linear|ratio  反向指标计分：线性（默认）或 目标 / 实际 × 分值\n  --over-completion 倍数       实际完成达到指标值的这一倍数（大于 1 的数，默认 1.2）且未说明原因时提示\n  --lang zh-CN|en              输出语言\n  --version                    显示版本',
    missingTemplateOutput: '请指定输出文件：selfeval template 输出.xlsx',
    cwdGone: '当前文件夹已不存在：请换到一个存在的文件夹后再运行',
    unexpected: '出现意外问题，没有完成：请重试；若仍出现，请把这条命令和文件交给 SelfEval 的维护者',
    reportNotWritten: {
      diskFull: '无法写出报告：磁盘已满，报告不完整；请腾出空间后再试，或把报告写到别处',
      failed: '无法写出报告：标准输出无法写入，报告不完整；请把报告写到别处（如 > 报告.txt）',
    },
  },
};

export type FileMessages = typeof zhCNFiles;
