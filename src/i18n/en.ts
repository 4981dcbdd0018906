// English UI text, used when Office's display language is not Chinese. Keys mirror zh-CN.ts.

import type { FileMessages, Messages } from './zh-CN';

export const en: Messages = {
  issue: {
    MISSING_REASON: '"{name}" {why}: fill in the deviation reason (偏差原因分析)',
    FORMULA_NOT_CALCULATED:
      'The formula {formula} has no result in the file (Excel or WPS has not calculated it yet): open and save the workbook in Excel or WPS, then check again',
    FORMULA_CIRCULAR:
      'The formula {formula} reads its own cell (a circular reference): neither Excel nor WPS can compute it; change the formula to leave this cell out',
    MERGED_SCORE:
      'One 得分 cell is merged over {count} indicators ({names}) and cannot score each: unmerge it, one score cell per indicator',
    FUNDS_MISSING:
      'No funds block (项目资金, a header with 全年预算数 and 全年执行数) was found: the budget score and the total cannot be computed; add the funds block as the form has it',
    FUNDS_COLUMN_MISSING:
      'The funds header has no {column} column: the {column} of 年度资金总额 has nowhere to go; add the column as the form has it',
    REASON_COLUMN_MISSING:
      'The indicator header has no deviation reason (偏差原因分析) column, yet {names} score below their weight and need a reason: add the column and fill it in',
    INDICATOR_COLUMN_MISSING:
      'The indicator header has no {column} column: no indicator can be scored by the rules (another column is never read in its place); add the column as the form has it',
    RESULT_ROW_MISSING:
      'No {what} row was found below the indicators: the {what} has nowhere to go; add the row as the form has it',
    FORMULA_BLANK:
      'The {what} holds your formula {formula}, whose result shows no number (the rules give {expected}): SelfEval never changes your formulas; correct it, or {replace}',
    WAITING_FOR_SCORES: '{what} cannot be computed: waiting for {waiting}',
    ABOVE_RANGE:
      '"{name}" achieved {actual}, above the upper end of the range {target}: explain it in the deviation reason',
    HIDDEN_SHEET:
      'Sheet "{sheet}" is hidden: its forms were checked, but Recalculate does not write hidden sheets (unhide it to recalculate)',
    FAR_CELLS:
      'Sheet "{sheet}" is too large to read whole: {count} {count:cell|cells} (from {first}) {count:was|were} not read; if a form is there, move it next to the others',
    WEIGHT_SUM:
      'The weights of the budget and the indicators add up to {sum} (budget {budget} + indicator weights {indicators}), not 100: check each row’s weight (分值)',
    MISSING_WEIGHT: '"{name}" has no weight (分值)',
    NEGATIVE_VALUE: '{what} is negative: {value}',
    SCORE_OVER_WEIGHT: '"{name}" scores {score}, more than its weight {weight}',
    BUDGET_SCORE_MISMATCH:
      'Budget score is {found}; from the execution rate {rate}% it should be {expected}{hint}',
    BUDGET_RATE_MISMATCH: 'Execution rate is {found}; executed / budgeted gives {expected}{hint}',
    SCORE_NOT_ROUNDED:
      '{what} is {value}, more than 2 decimals: the system counts it as {rounded}{sum}; round it with ROUND(…,2) or type 2 decimals',
    SUBTOTAL_MISMATCH:
      'The "{group}" subtotal score is {found}; the scores of its indicators add up to {expected}',
    SUBTOTAL_WEIGHT_MISMATCH:
      'The "{group}" subtotal weight is {found}; the weights of its indicators add up to {expected}',
    TOTAL_MISMATCH: 'Total score is {found}; budget score plus indicator scores gives {expected}',
    TOTAL_WEIGHT_MISMATCH: 'Total weight is {found}; budget {budget} + indicator weights gives {expected}',
    GRADE_MISMATCH: 'Grade is "{found}"; a total of {total} gives "{expected}"',
    SCORE_MISMATCH: '"{name}" has the score {found}; the rules give {expected} ({kept})',
    SCORE_STALE:
      '"{name}" has the score {found} from an earlier recalculation; as the form is filled now it is {expected}: {recalculate}',
    MANUAL_SCORE_NEEDED: '"{name}" needs a manual score: {why}',
    MANUAL_SCORE_OUT_OF_BAND:
      '"{name}" is "{outcome}": its score must be from {low} to {high}, it is {score}',
    UNREADABLE_VALUE: 'Cannot read the {what}: "{value}"{aside}',
    FRACTION_FOR_PERCENT:
      '“{name}”: the target is a percentage but the actual {actual} has no percent sign and is scored as {value}%; if {percent}% is meant, type “{percent}%” or format the cell as a percentage',
    UNIT_MISMATCH:
      '"{name}": the actual\'s unit "{actualUnit}" differs from the target\'s unit "{targetUnit}"',
    OVER_COMPLETION:
      '"{name}": actual {actual} is {ratio} times the target {target}; explain the over-completion',
    MISSING_FIELD: '{field} is empty',
    BUDGET_OVERRUN: '{row}executed {executed} exceeds the budget {budgeted}',
    NO_BUDGET: 'The full-year budget (全年预算数) is 0 or empty: no execution rate can be computed',
    ACHIEVEMENT_GAP:
      'Indicator achievement {achievement}% is far above the budget score rate {execution}% (the budget score {score} out of {weight}; more than 5% apart)',
    LOW_EXECUTION: 'Unexecuted share of the budget is {share}%, more than 20%',
    NOT_CALCULATED: 'The {what} is not calculated (it should be {expected}): {recalculate}',
    NO_FORM: 'No self-evaluation form found on this sheet (needs a "一级指标 … 分值 得分" header)',
    PROTECTED_SHEET: 'Sheet "{sheet}" is protected and cannot be written; unprotect it first',
    PROPOSED_WEIGHT: 'Weight {weight} is a proposal (standard split); please confirm it',
  },
  /** A reason added after a message. */
  aside: ' ({text})',
  typedError:
    'the cell holds the error itself as a value (not a formula’s result; pasted values can bring it): clear the cell, then recalculate',
  formulaError: 'the result of a formula that failed: check the cell’s formula and the data it uses',
  what: {
    name: 'indicator name (三级指标)',
    target: 'target (年度指标值)',
    actual: 'actual (实际完成值)',
    weight: 'weight (分值)',
    score: 'score (得分)',
    budgeted: 'full-year budget (全年预算数)',
    executed: 'executed amount (全年执行数)',
    rate: 'execution rate (执行率)',
    total: 'total score (总分)',
    grade: 'grade (评分等级)',
  },
  field: {
    projectName: 'Project name (项目名称)',
    department: 'Supervising department (主管部门)',
    implementer: 'Implementing unit (实施单位)',
    expectedGoal: 'Expected goal (预期目标)',
    actualGoal: 'Actual completion (实际完成情况)',
  },
  why: {
    qualitative: 'the actual is a description; judge achieved / partly / not achieved and type the score',
    partial: 'partly achieved: the score must lie between 60% and 80% of the weight',
    notAchieved: 'not achieved: the score must be below 60% of the weight',
    unreadable: 'the target or the actual cannot be read',
    late: 'the actual date is after the deadline: score it below the weight for the delay and give the reason',
    deadlineYear:
      'the deadline names no year, nor do the title, a year line or the sheet name, so whether it was met cannot be told: score it by hand (giving the reason if late), or write the year in the target',
    negated:
      'the actual "{actual}" says the target was not met (or not on time), so it cannot score full marks: score it below the weight and give the reason',
    dateForCount: 'the target is a quantity but the actual is a date: type the quantity achieved',
    numberForDate:
      'the target is a deadline but the actual is a number (perhaps a date cell without a date format): format the cell as a date or type the completion date',
  },
  outcome: {
    achieved: 'achieved',
    partial: 'partly achieved',
    notAchieved: 'not achieved',
    late: 'late',
    negated: '{actual}',
  },
  rowScore: '"{name}" score',
  /** A cell of a group subtotal row (小计): its 分值 or 得分. */
  subtotalCell: '"{group}" subtotal {what}',
  budgetScore: 'The budget execution score',
  totalScore: 'The total score',
  sumRounded: ', and the total adds the scores to 2 decimals',
  subRow: '"{label}": ',
  reason: {
    scoreBelow: 'scores {score} below its weight {weight}',
    outcome: 'is "{outcome}", so it will score below its weight',
  },
  waiting: {
    rows: "a person's score for {names}",
    cells: 'a readable number in the score cell of {names} (see the issue on that cell)',
    inputs: '{what} (see the issues on those cells)',
    rowInputs: 'the {inputs} of {names}',
    inputSeparator: ' and ',
    budget: 'the budget execution',
    name: '"{name}"',
    separator: ', ',
    and: '; ',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  hint: { rounding: ' ("{mode}" gives the value in the sheet: check the rounding setting)' },
  blocked: {
    hidden: ' (the sheet is hidden, and a recalculation never writes it: unhide it first)',
    protected: ' (the sheet is protected, and a recalculation cannot write it: unprotect it first)',
  },
  kept: {
    typed: 'typed score kept',
    formula: 'your formula, kept; {replace}',
  },
  summary: {
    title: 'Performance self-evaluation summary',
    sheetName: 'Summary',
    file: 'File',
    sheet: 'Sheet',
    project: 'Project',
    implementer: 'Implementing unit',
    budgeted: 'Full-year budget ({unit})',
    executed: 'Full-year spending ({unit})',
    rate: 'Execution rate (%)',
    budgetScore: 'Budget score',
    indicatorScore: 'Indicator score',
    total: 'Total score',
    grade: 'Grade',
    errors: 'Errors',
    warnings: 'Warnings',
    sum: 'Total',
    average: 'Average',
    gradeDistribution: 'Grades',
    count: 'Forms',
    ungraded: 'No grade',
    leftOut: 'Files not in the summary',
    reason: 'Why',
    noFormFound: 'no self-evaluation form found',
    hiddenSheet: '{sheet} (hidden)',
    recalculated:
      'Shaded figures differ from the form: its computed cells (rate, scores, total or grade) are stale, and shown here as recalculated; the error counts are the form’s as it is: recalculate those workbooks',
  },
  ribbon: {
    group: 'SelfEval',
    recalculate: 'Recalculate',
    validate: 'Validate',
    insertTemplate: 'Insert template',
    showPane: 'Show pane',
  },
  // The small window a ribbon button opens with its outcome (src/outcome, src/commands).
  dialog: {
    recalculated: 'Recalculated',
    validated: 'Checked',
    templateInserted: 'Template inserted',
    failed: 'Not done',
    problems: 'Problems:',
    firstProblems: 'The first {count} problem(s):',
    moreProblems: '{count} more problem(s): click Show pane to see them all.',
    selected: "The first error's cell, {cell}, is selected.",
    noProblems: 'No errors or warnings found.',
    templateHint: 'Fill in the new sheet, then click Recalculate.',
    close: 'Close',
    cellEditMode:
      '{command} was not done: Excel is editing a cell. Press Enter or Esc to finish editing, then click again.',
    protectedWorkbook:
      '{command} was not done: the workbook or sheet is protected. Unprotect it first (Review → Unprotect).',
    excelRefused:
      '{command} was not done: Excel refused it ({code}). Click again; if it still fails, open the pane.',
    unexpected:
      '{command} was not done: something unexpected went wrong. Click again; if it still fails, open the pane.',
  },
  ui: {
    title: 'SelfEval',
    scope: 'Scope',
    scopeSheet: 'This sheet',
    scopeWorkbook: 'Whole workbook',
    recalculate: 'Recalculate',
    validate: 'Validate',
    insertTemplate: 'Insert template',
    levelSet: 'Indicator set',
    levelSet2024: '2024 (with cost indicators)',
    levelSet2023: '2023',
    undo: 'Undo last recalculation',
    working: 'Working…',
    errorTitle: 'Something went wrong',
    forms: 'Forms',
    formSummary: '{project}: total {total}, grade {grade}',
    unnamedProject: '(no project name)',
    none: '—',
    issues: 'Issues',
    noIssues: 'No issues found',
    notRunYet: 'Click Recalculate or Validate to see the issues',
    issueCell: '{sheet}!{cell}',
    goToCell: 'Go to {cell}',
    recalculated: 'Recalculated {forms} form(s): {errors} error(s), {warnings} warning(s)',
    validated: 'Checked {forms} form(s): {errors} error(s), {warnings} warning(s)',
    templateInserted: 'Inserted the sheet "{sheet}"',
    undone: 'Restored {restored} cell(s)',
    settings: 'Settings',
    rounding: 'Score rounding',
    roundingHalfUp: 'Round half up',
    roundingDown: 'Round down',
    reverseRule: 'Reverse indicators (lower is better)',
    reverseLinear: 'Linear: (1 − (actual − target) / target) × weight',
    reverseRatio: 'Ratio: target / actual × weight',
    overCompletion: 'Over-completion warning at (actual / target, above 1)',
    overCompletionRule: 'Type a number above 1, such as 1.2 or 1.5',
    force: 'Overwrite typed scores that differ from the rules',
    saveSettings: 'Save settings',
    settingsSaved: 'Settings saved in the workbook',
    moreTools: 'More',
    fromTargets: 'Forms from target declarations',
    formsMade: 'Made {count} form(s)',
    noDeclarations: 'No target declaration (绩效目标申报表) found in this workbook',
    insertSummary: 'Insert summary sheet',
    summaryInserted: 'Inserted the summary sheet "{sheet}"',
    noWorkbook: 'No workbook is open: open or create one first',
    structureProtected:
      'The workbook structure is protected, so no sheet can be added: unprotect the workbook first',
  },
  page: {
    title: 'SelfEval (offline page)',
    languageName: 'English',
    intro:
      'Drop self-evaluation workbooks here, or pick them with the button below (.xlsx / .xlsm, several at once). Files are processed on this computer only; nothing is uploaded.',
    pick: 'Choose workbooks',
    reading: 'Reading: {done} of {total} {total:file|files} done',
    outsidePicture:
      'Cell {cell} lies too far from the forms to be read, so it cannot be shown here: look at it in Excel or WPS',
    fileOutcome:
      '{forms} {forms:form|forms}: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}',
    noForms: 'No self-evaluation form found',
    showAllIssues: 'The first {shown} listed: show all {count}',
    indicators: {
      level1: 'Level 1',
      level2: 'Level 2',
      name: 'Indicator',
      target: 'Target',
      actual: 'Actual',
      weight: 'Weight',
      score: 'Score',
      reason: 'Reasons for deviation and improvements',
    },
    downloadRecalculated: 'Download the recalculated workbook',
    recalculatedSuffix: '-recalculated',
    recalculated:
      'Recalculated workbook of “{file}” made: {forms} {forms:form|forms}, {changes} {changes:change|changes} written',
    formulasReplaced:
      'replaced {count} {count:formula|formulas} with computed values (setting “Overwrite typed scores that differ from the rules”)',
    fromTargets: 'Make forms from {count} target {count:declaration|declarations}',
    fromTargetsSuffix: '-forms',
    downloadSummary: 'Download the summary (all files)',
    summaryName: 'summary.xlsx',
    downloadTemplate: 'Download a blank template',
    templateName: 'self-evaluation-template.xlsx',
    templateMade: 'Blank template “{sheet}” made',
    print: 'Print / save as PDF',
    removeFile: 'Remove',
    removeFileLabel: 'Remove "{file}" from the list',
    settingsNote:
      'Settings apply to this page’s checks and downloads, to every file once saved; where “Each workbook’s own” is chosen (or the threshold left empty), each workbook is scored with its own stored setting (or the default), as on the command line without that option.',
    settingsApplied: 'Settings applied to every file',
    failed: 'Something went wrong processing it: open it in Excel or WPS, save it as .xlsx and try again',
    problems: {
      legacy:
        'legacy .xls / WPS .et format, which a browser cannot read: save it as .xlsx in Excel or WPS, then drop it again',
      ods: 'OpenDocument .ods format, which a browser cannot read: save it as .xlsx, then drop it again',
      notWorkbook:
        'not an Excel workbook (.xlsx / .xlsm): check that it is the right file; if Excel or WPS opens it, save it as .xlsx and drop it again',
      unread:
        'the browser cannot read it (a folder, or a file moved or deleted since): open the folder and drop the workbooks in it',
    },
  },
  // What an issue tells a person to do to recalculate, by front end (messages(lang, frontEnd)).
  recalculateAction: {
    addIn: 'click Recalculate',
    cli: 'run selfeval recalc',
    page: 'download the recalculated workbook',
  },
  // What an issue tells a person to do to replace a formula of theirs by the computed value.
  replaceFormulaAction: {
    addIn: 'tick “Overwrite typed scores that differ from the rules” in Settings and recalculate',
    cli: 'run selfeval recalc --force to replace it by the computed value',
    page: 'tick “Overwrite typed scores that differ from the rules” in Settings and download the recalculated workbook',
  },
};

/** The command line's and the offline page's words (see zh-CN.ts). */
export const enFiles: FileMessages = {
  batch: {
    usage:
      '  selfeval from-targets DECLARATIONS.xlsx -o FORMS.xlsx [--unit 万元|元]\n  selfeval summary FILES-OR-FOLDERS... -o SUMMARY.xlsx [--rounding half-up|down]\n  selfeval check FOLDER... [--json]',
    declarationsWritten:
      'Made {count} self-evaluation {count:form|forms} from target declarations into {file}{replaced}',
    formWritten:
      '  {sheet}: {indicators} {indicators:indicator|indicators}, weights proposed ({split}), please confirm',
    splitGroup: {
      产出指标: 'output {points}',
      效益指标: 'benefit {points}',
      满意度指标: 'satisfaction {points}',
    },
    splitSeparator: ', ',
    noIndicators:
      '  {sheet}: the declaration lists no indicators; the form has the standard blank indicator rows: fill in the 三级指标, their 年度指标值 and weights',
    unitAssumed:
      '  {sheet}: the declaration does not say whether its amounts are in 元 or 万元; they are copied as they stand, taken as {unit}; if they are in {other}, {change}',
    unitChange: {
      cli: 'run again with --unit {other}',
      declaration: 'say so in the declaration (a line “单位：{other}”) and make the forms again',
    },
    unnamedIndicators:
      '  {sheet}: {count:row|rows} {rows} of the declaration (sheet "{source}") {count:has|have} no 三级指标; {cells} {count:is|are} left empty, please fill {count:it|them} in',
    fromHiddenSheet: '  {sheet}: its declaration is on the hidden sheet "{source}", made all the same',
    noDeclarations: '{file}: no target declaration (绩效目标申报表) found',
    declarationUncalculated:
      '{file}: on sheet "{sheet}", {cells} {count:is a formula|are formulas} whose result the file does not hold (written by another program, never calculated), so {count:its|their} content cannot be read: open and save the file in Excel or WPS first, then make the forms again',
    summaryWritten:
      'Wrote the summary {file} ({forms} {forms:form|forms} from {files} {files:file|files}{leftOut}){replaced}',
    summaryLeftOut: '; {count} more {count:file|files} not counted, listed under the table with why',
    summaryNoForms: '{where}: no self-evaluation form to summarise, so {output} was not written',
    skipped: 'Skipped: {detail}',
    progress: 'Checking {done}/{total}',
    noFiles: '{where}: no workbook found (.xlsx, .xlsm, .xls, .et, .ods)',
    forms: 'Forms',
    problem: 'Problem',
    noForm: 'no self-evaluation form',
    allClean: 'No file has errors',
    folderLine:
      '{files} {files:file|files}: {clean} without errors, {failed} with errors, {unreadable} unreadable',
    foldersUnopened: '; {folders} {folders:folder|folders} could not be opened',
    problemSeparator: '; ',
  },
  pageFiles: {
    sameNames: 'The {count} files chosen together are all named “{name}”: all kept, listed as {names}',
    replaced: 'Replaced {files} in the list by the {count:copy|copies} just dropped',
    nameSeparator: ', ',
    workbookOwn: 'Each workbook’s own',
    readingFile: 'Reading the file…',
    checkingFile: 'Checking its sheets…',
    drawing: 'Drawing the sheet…',
    nothingWritten: 'Nothing was written to the recalculated workbook of “{file}”',
    notPrinted: 'Files that could not be read or hold no form',
    printWhere: 'File: {file}  Sheet: {sheet}',
  },
  cli: {
    usage:
      'Usage:\n  selfeval check FILE.xlsx... [--json] [--rounding half-up|down]\n  selfeval recalc IN.xlsx -o OUT.xlsx [--json] [--rounding half-up|down] [--force]\n  selfeval recalc IN.xls|IN.et|IN.ods [-o OUT.xlsx]\n  selfeval undo IN.xlsx -o OUT.xlsx\n  selfeval template OUT.xlsx [--level-set 2024|2023] [--year YYYY]',
    unknownCommand: 'Unknown command "{command}"',
    badOption: 'Invalid value "{value}" for {option}: use {allowed}',
    or: ' or ',
    overCompletionAllowed: 'a factor above 1, such as 1.2',
    yearAllowed: 'a four-digit year, such as 2024',
    unknownOption: 'Unknown option {option}',
    emptyName: 'a file name is empty: give the name of the file to work on',
    missingOutputName: 'option {option} has no file name: write the output file name after it',
    missingValue: 'option {option} has no value',
    repeatedOption: 'option {option} can be given only once',
    notForCommand: '{command} does not take {option}',
    oneInput: '{command} takes one input file',
    oneOutput: 'name one output file only',
    usageHint: '{error} (see selfeval --help)',
    missingFile: 'Name an .xlsx file',
    missingOutput: 'Name the output file with -o',
    unreadable: 'Cannot read: {detail}',
    fileProblem: '{file}: {why}',
    problems: {
      missing: 'no such file',
      folder: 'this is a folder, not a workbook',
      folderUnopened: 'cannot open this folder (check its permissions); its workbooks were not checked',
      unreadable: 'cannot read this file (check its permissions)',
      encrypted: 'password-protected: remove the opening password in Excel or WPS, then try again',
      legacy:
        'legacy .xls / WPS .et format: save it as .xlsx in Excel or WPS, then check again (or install LibreOffice)',
      ods: 'OpenDocument .ods format: save it as .xlsx, then check again (or install LibreOffice)',
      empty:
        'the file is empty (0 bytes) and holds no workbook: most likely a download or copy that did not finish; download or copy it again from where it came from',
      notWorkbook:
        'not a workbook (SelfEval reads .xlsx, .xlsm, .xls, .et and .ods): check that it is the right file; if Excel or WPS opens it, save it as .xlsx and try again',
      lockFile:
        'this is the lock file Excel or WPS leaves while a workbook is open (its name starts with ~$ or .~), not a workbook: check the workbook named without that prefix',
      corrupt:
        'damaged or incomplete: download or copy it again from where it came from; if Excel or WPS can open it, save it as .xlsx and try again',
      noPermission: 'no permission to write here: choose a folder you can write to',
      outputIsFolder: 'the output path is a folder: give a file name such as out.xlsx',
      writeFailed: 'cannot write (disk full or an invalid path?)',
      nameTooLong: 'the file name or path is too long: shorten the name (or choose a shorter folder)',
      tooLarge:
        'the file is too large (over 2 GB) to be a workbook that can be read: check that it is the right file',
      linkLoop:
        'this link points back to itself (a loop of links) and leads to no file: check or remove the link',
      diskFull: 'the disk is full; nothing was written: free some space and try again',
      noFolder: 'neither the output folder nor the folder above it exists: check the path',
      parentNotFolder: 'a part of the output path is a file, not a folder: check the path',
      keepsOriginal:
        'this is the original being read (not an .xlsx) and is never overwritten: give another .xlsx name with -o',
      replacesForms:
        'this file holds self-evaluation or target forms, and the new workbook would replace all of it, so it is not overwritten: give another name (or move it away first)',
      replacesUnseen:
        'this file cannot be read (a password, damaged, or a format that cannot be opened), so whether it holds forms cannot be told and it is not overwritten: give another name',
      renamedExists:
        'this file exists but was not named with -o, and SelfEval never overwrites a file it was not told to: name it with -o to overwrite it, or give another name',
      readOnly:
        'this file is read-only and is not overwritten: make it writable first, or write another file with -o',
      tempMissing:
        'cannot be read through LibreOffice: the temporary folder {folder} does not exist or is not a folder: set the environment variable TMPDIR (TEMP on Windows) to a folder that exists and can be written, then try again',
      tempNoPermission:
        'cannot be read through LibreOffice: no permission to write in the temporary folder {folder}: set the environment variable TMPDIR (TEMP on Windows) to a folder you can write to, then try again',
      tempFull:
        'cannot be read through LibreOffice: the disk of the temporary folder {folder} is full: free some space, or set the environment variable TMPDIR (TEMP on Windows) to a folder on another disk, then try again',
      tooSlow:
        'LibreOffice took over two minutes to convert it and was stopped: try again later, or save it as .xlsx in Excel or WPS and check that',
    },
    convertedNote:
      '{file} is {kind}: read through LibreOffice; the result is saved as .xlsx, the original is untouched',
    file: 'File',
    sheet: 'Sheet',
    project: 'Project',
    budgetScore: 'Budget',
    total: 'Total',
    grade: 'Grade',
    errors: 'Errors',
    warnings: 'Warnings',
    noForms: '{file}: no self-evaluation form found',
    noFormNotWritten:
      '{file} holds no self-evaluation form, so there is nothing to recalculate: {output} was not written',
    written: 'Wrote {file} ({changes} {changes:change|changes}){replaced}',
    nothingToUndo: {
      none: '{file}: there is no recalculation to undo (it holds no record of SelfEval’s last one), so {output} was not written',
      unreadable:
        '{file}: the record SelfEval keeps in it cannot be read (written by a newer version, or damaged), so nothing can be undone and {output} was not written',
    },
    undoneWritten:
      'Undid the last recalculation: restored {restored} {restored:cell|cells}, wrote {file}{replaced}',
    replacedExisting: '; the file that was there is replaced',
    renamedOutput: 'The workbook has macros: saved as {file} (an .xlsx cannot hold macros)',
    stateUnreadable:
      'SelfEval’s settings saved in this workbook cannot be read (written by a newer version, or damaged): checked with the default settings',
    stateNotKept: {
      taken:
        'the workbook has a sheet of its own named “_selfeval” (in any case): it is yours, not SelfEval’s, so its forms are checked and recalculated as any, but SelfEval’s settings and highlight record were not saved in it: rename that sheet and run again to save them',
      locked:
        'the workbook’s structure is protected, so no sheet can be added: SelfEval’s settings and highlight record were not saved (unprotect the workbook and run again to save them)',
      unreadable:
        'SelfEval’s settings and highlight record in this workbook cannot be read (written by a newer version, or damaged) and were left as they are; default settings were used: work on this workbook with the latest SelfEval',
    },
    renamedToXlsx: 'The output is an .xlsx workbook: saved as {file}',
    formulasReplaced: 'Replaced {count} {count:formula|formulas} with computed values (--force)',
    templateWritten: 'Wrote a blank form to {file} (sheet "{sheet}"){replaced}',
    summaryLine:
      '{forms} {forms:form|forms}, {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}',
    none: 'none',
    commonOptions:
      'Common options:\n  --rounding half-up|down      scores and rates to 2 decimals: rounded half up (default) or cut\n  --reverse-rule linear|ratio  reverse indicators: linear (default) or target / actual × weight\n  --over-completion FACTOR     warn when an actual reaches this many times its target (a number above 1, default 1.2) with no reason given\n  --lang zh-CN|en              the language of the output\n  --version                    print the version',
    missingTemplateOutput: 'Name the output file: selfeval template OUT.xlsx',
    cwdGone: 'the current folder no longer exists: change to a folder that exists and run again',
    unexpected:
      "something unexpected went wrong and the command did not finish: try again; if it happens again, send the command and the file to SelfEval's maintainers",
    reportNotWritten: {
      diskFull:
        'cannot write the report: the disk is full and the report is incomplete; free some space and try again, or write it elsewhere',
      failed:
        'cannot write the report: standard output cannot be written to and the report is incomplete; write it elsewhere (such as > report.txt)',
    },
  },
};
