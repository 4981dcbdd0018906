// Reading cells: every way a workbook stores a value reads as the core expects it.

import { readWorkbook } from '../../src/xlsx';
import { MAIN, REL, rel, STYLES, workbook } from './helpers/package';

function gridOf(sheetData: string, extra: Parameters<typeof workbook>[1] = {}) {
  return readWorkbook(workbook([{ name: 'S', xml: sheetData }], { styles: STYLES, ...extra })).sheets[0].grid;
}

it('reads shared strings, rich text without its phonetic runs, inline strings and _xHHHH_ escapes', () => {
  const grid = gridOf(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="inlineStr"><is><r><t>合</t></r><r><rPr><b/></rPr><t xml:space="preserve">计 </t></r></is></c>' +
      '<c r="D1" t="s"><v>2</v></c></row>',
    {
      sharedStrings: [
        '项目名称',
        '<r><t>总</t></r><r><rPr><b/></rPr><t>分</t></r><rPh sb="0" eb="1"><t>ソウ</t></rPh>',
        'a_x000D_b',
      ],
    },
  );
  expect(grid.values).toEqual([['项目名称', '总分', '合计 ', 'a\rb']]);
  expect(grid.text).toEqual([['项目名称', '总分', '合计 ', 'a\rb']]);
});

it('reads numbers, booleans, errors (keeping their text) and ISO dates as serial numbers', () => {
  const grid = gridOf(
    '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#DIV/0!</v></c>' +
      '<c r="D1" t="d" s="3"><v>2024-06-30</v></c><c r="E1" t="n"><v>-0.25</v></c></row>',
  );
  expect(grid.values).toEqual([[1.5, true, '#DIV/0!', 45473, -0.25]]);
  expect(grid.formats[0][3]).toBe('yyyy/m/d');
  expect(grid.text[0][3]).toBe('2024/6/30');
});

it('reads the dates of a 1904 workbook (old Mac Excel) as the dates Excel shows, other numbers as stored', () => {
  // 2024-06-30 is serial 45473 in the 1900 system and 44011 in the 1904 system.
  const sheet =
    '<row r="1"><c r="A1" s="3"><v>44011</v></c><c r="B1"><v>44011</v></c>' +
    '<c r="C1" t="d" s="3"><v>2024-06-30</v></c></row>';
  const date1904 = `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const grid = gridOf(sheet, { workbookXml: date1904 });
  expect(grid.values).toEqual([[45473, 44011, 45473]]);
  expect(grid.text).toEqual([['2024/6/30', '44011', '2024/6/30']]);
  // The same cells in a 1900 workbook: the number is that system's serial.
  expect(gridOf(sheet).text[0][0]).toBe('2020/6/29');
});

it('shows numbers under their formats: built-in ids mapped to codes, custom codes', () => {
  const grid = gridOf(
    '<row r="1"><c r="A1" s="1"><v>0.9636</v></c><c r="B1" s="2"><v>3</v></c><c r="C1" s="4"><v>9.8</v></c><c r="D1"><v>7</v></c></row>',
  );
  expect(grid.formats).toEqual([['0.00%', '0.0', '0.00', 'General']]);
  expect(grid.text).toEqual([['96.36%', '3.0', '9.80', '7']]);
});

it('reads solid fills as #RRGGBB: rgb, theme with tint, legacy palette index', () => {
  const styles = STYLES.replace(
    '</fills>',
    '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.3999755851924192"/></patternFill></fill>' +
      '<fill><patternFill patternType="solid"><fgColor indexed="10"/></patternFill></fill>' +
      '<fill><patternFill patternType="darkGray"><fgColor rgb="FF123456"/></patternFill></fill></fills>',
  ).replace(
    '</cellXfs>',
    '<xf numFmtId="0" fontId="0" fillId="3" borderId="0"/><xf numFmtId="0" fontId="0" fillId="4" borderId="0"/><xf numFmtId="0" fontId="0" fillId="5" borderId="0"/></cellXfs>',
  );
  const theme =
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="Office">' +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>' +
    '</a:clrScheme></a:themeElements></a:theme>';
  const bytes = workbook(
    [
      {
        name: 'S',
        xml: '<row r="1"><c r="A1" s="2"/><c r="B1" s="5"/><c r="C1" s="6"/><c r="D1" s="7"/><c r="E1"/></row>',
      },
    ],
    { styles, parts: { 'xl/theme/theme1.xml': theme }, rels: [rel('rIdH', 'theme', 'theme/theme1.xml')] },
  );
  expect(readWorkbook(bytes).sheets[0].grid.fills).toEqual([['#FFFF00', '#8EA9DB', '#FF0000', null, null]]);
});

it('keeps formulas: a missing cached result reads null, shared formulas are expanded per cell', () => {
  const grid = gridOf(
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>SUM(A1:A3)</f></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2+$A$1</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>5</v></c></row>' +
      '<row r="3"><c r="C3"><f t="shared" si="0"/><v>1</v></c><c r="D3" t="str"><f>"合"&amp;"计"</f><v>合计</v></c></row>',
  );
  expect(grid.values[0].slice(0, 3)).toEqual([1, null, 3]);
  expect(grid.formulas!.map((r) => r.slice(1, 4))).toEqual([
    ['=SUM(A1:A3)', '=A1*2+$A$1', null],
    [null, '=A2*2+$A$1', null],
    [null, '=A3*2+$A$1', '="合"&"计"'],
  ]);
  expect(grid.values[2][3]).toBe('合计');
});

it('reads a formula whose result is empty text as calculated: "" (showing nothing), not null (no result)', () => {
  const grid = gridOf(
    '<row r="1"><c r="A1" t="str"><f>IF(B1="","",1)</f><v></v></c><c r="B1" t="str"><f>""</f><v/></c><c r="C1"><f>1+1</f></c></row>',
  );
  expect(grid.values[0]).toEqual(['', '', null]);
  expect(grid.formulas![0]).toEqual(['=IF(B1="","",1)', '=""', '=1+1']);
});

it('puts a merged area value in its top-left cell only and reads rows and cells without r', () => {
  const grid = gridOf(
    '<row><c t="inlineStr"><is><t>标题</t></is></c><c t="inlineStr"><is><t>stray</t></is></c></row><row><c/><c><v>2</v></c></row>',
    {},
  );
  expect(grid.values).toEqual([
    ['标题', 'stray'],
    [null, 2],
  ]);
  const merged = readWorkbook(
    workbook([
      {
        name: 'S',
        xml: '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>标题</t></is></c><c r="C2" t="inlineStr"><is><t>stray</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells></worksheet>',
      },
    ]),
  ).sheets[0].grid;
  expect(merged.top).toBe(1);
  expect(merged.left).toBe(1);
  expect(merged.values).toEqual([['标题', null]]);
  expect(merged.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
});

it('gives cells the file does not hold their row or column style', () => {
  const sheet =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="2" max="2" width="9" style="2"/></cols>' +
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>1</v></c></row><row r="2" s="1" customFormat="1"><c r="A2"><v>1</v></c></row></sheetData></worksheet>';
  const grid = readWorkbook(workbook([{ name: 'S', xml: sheet }], { styles: STYLES })).sheets[0].grid;
  expect(grid.fills).toEqual([
    [null, '#FFFF00', null],
    [null, null, null],
  ]);
  expect(grid.formats[1]).toEqual(['General', '0.00%', '0.00%']);
});
