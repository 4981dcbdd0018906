// Small workbook packages made in memory for the file layer's unit tests: the parts are written
// out as text, so each test shows exactly the XML it reads or patches.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type Parts = Record<string, string | Uint8Array>;

/** A workbook relationship line of `kind` ('theme', 'calcChain', …) to `target` (from xl/). */
export function rel(id: string, kind: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${target}"/>`;
}

/** A zip of the parts (text parts UTF-8). */
export function zip(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, p] of Object.entries(parts)) files[name] = typeof p === 'string' ? strToU8(p) : p;
  return zipSync(files);
}

/** Every part of a package as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, b] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(b);
  return out;
}

export interface SheetSpec {
  name: string;
  /** The worksheet part's whole text, or just the inside of <sheetData>. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

/** A worksheet part around `sheetData` content (and anything to put after it). */
export function worksheet(sheetData: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyFill="1"><alignment horizontal="center"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** A workbook package of the sheets (parts sheet1.xml…), with the given extra parts. */
export function workbook(
  sheets: SheetSpec[],
  extra: {
    sharedStrings?: string[];
    styles?: string;
    parts?: Parts;
    rels?: string[];
    workbookXml?: string;
  } = {},
): Uint8Array {
  const parts: Parts = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    parts[name] = s.xml.startsWith('<?xml') ? s.xml : worksheet(s.xml);
    overrides.push(
      `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
  });
  if (extra.sharedStrings) {
    const items = extra.sharedStrings
      .map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${s}</t></si>`))
      .join('');
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN}" count="${extra.sharedStrings.length}">${items}</sst>`;
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (extra.styles !== undefined) {
    parts['xl/styles.xml'] = extra.styles;
    overrides.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  }
  rels.push(...(extra.rels ?? []));
  const sheetEntries = sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      extra.workbookXml ??
      `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEntries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
    ...parts,
    ...extra.parts,
  });
}
