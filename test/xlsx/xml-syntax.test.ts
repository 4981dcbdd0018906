// Every way XML may spell the same cells reads alike: references, CDATA, line ends, comments,
// prefixes declared anywhere in scope. A part that is not well-formed XML is refused, naming it,
// rather than read in part.

import { readWorkbook } from '../../src/xlsx';
import { MAIN, workbook } from './helpers/package';

const sheet = (xml: string, sharedStrings?: string[]) =>
  readWorkbook(workbook([{ name: 'S', xml }], sharedStrings ? { sharedStrings } : {})).sheets[0].grid;

it('decodes character and entity references in text and attribute values, and reads CDATA as text', () => {
  const grid = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c>' +
      '<c r="&#67;1" t="s"><v>1</v></c><c r="D1" t="str"><f>"&lt;"&amp;"&gt;"</f><v>&lt;&gt;</v></c></row>',
    ['R&amp;D &#x8D39;&#29992; &quot;&apos;', '第一行&#10;第二行'],
  );
  expect(grid.values).toEqual([['R&D 费用 "\'', 'a<b & c', '第一行\n第二行', '<>']]);
  expect(grid.formulas?.[0][3]).toBe('="<"&">"');
});

it('ends a processing instruction at ?> only, and reads C1 control references as those characters', () => {
  const grid = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3<?calc note="x>y"?>00</v></c><c r="C1" t="s"><v>1</v></c></row>',
    ['<t>体检<?mso hint="a>b"?></t>', '<t>&#150;&#x80;</t>'],
  );
  // Not the dash and euro sign HTML's Windows-1252 rule makes of them.
  expect(grid.values).toEqual([['体检', 300, '\u0096\u0080']]);
});

it('reads line ends as XML does: CR LF and CR in text become LF, a referenced CR stays', () => {
  const grid = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', [
    '<t>一\r\n二\r三</t>',
    '<t>一&#13;二</t>',
  ]);
  expect(grid.values).toEqual([['一\n二\n三', '一\r二']]);
});

it('skips comments and processing instructions, and resolves prefixes declared on the element itself', () => {
  const xml =
    `<?xml version="1.0"?><!-- made by hand --><x:worksheet xmlns:x="${MAIN}"><?app hint?>` +
    '<x:sheetData><!-- row 1 --><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>总分</x:t></x:is></x:c>' +
    `<c xmlns="${MAIN}" r="B1"><v>98</v></c><y:c xmlns:y="${MAIN}" r="C1"><y:v>1</y:v></y:c>` +
    // Another namespace's <c> is not a cell.
    '<c xmlns="urn:other" r="D1"><v>5</v></c></x:row></x:sheetData></x:worksheet>';
  expect(sheet(xml).values).toEqual([['总分', 98, 1]]);
});

it('refuses a part whose tags do not match, are left open, or that has no single root element', () => {
  const broken = (xml: string) => () => readWorkbook(workbook([{ name: 'S', xml }]));
  const part = /sheet1\.xml: not well-formed XML/;
  expect(broken('<row r="1"><c r="A1"><v>1</c></row>')).toThrow(part);
  expect(broken('<row r="1"><c r="A1"><v>1</v></c>')).toThrow(part);
  expect(broken(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/>`)).toThrow(part);
  expect(broken(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"/><worksheet xmlns="${MAIN}"/>`)).toThrow(
    part,
  );
  expect(broken('<?xml version="1.0"?>')).toThrow(part);
});

it('refuses text and attributes that XML does not allow, rather than reading around them', () => {
  const broken = (xml: string) => () => readWorkbook(workbook([{ name: 'S', xml }]));
  const part = /sheet1\.xml: not well-formed XML/;
  const cell = (inner: string) => `<row r="1"><c r="A1" t="inlineStr"><is><t>${inner}</t></is></c></row>`;
  expect(broken(cell('a < b'))).toThrow(part);
  expect(broken(cell('R & D'))).toThrow(part);
  expect(broken(cell('&nbsp;'))).toThrow(part);
  expect(broken(cell('\u0001'))).toThrow(part);
  expect(broken('<row r="1"><c r=A1><v>1</v></c></row>')).toThrow(part);
  expect(broken('<row r="1"><c r="A1" r="B1"><v>1</v></c></row>')).toThrow(part);
  expect(broken('<row r="1" hidden><c r="A1"><v>1</v></c></row>')).toThrow(part);
  expect(broken(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>trailing`)).toThrow(
    part,
  );
});
