// The theme part's colour scheme, in the order SpreadsheetML's `theme="n"` counts it: lt1, dk1,
// lt2, dk2 (the first two pairs swapped against the scheme's own order), accent1–6, hlink, folHlink.

import { DRAWING_NS } from './namespaces';
import { attr, scanXml } from './xml';

const THEME_ORDER = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];

/** The theme colours as 'RRGGBB', indexed as a cell's `theme` attribute counts them. */
export function readThemeColors(text: string, part: string): string[] {
  const byName = new Map<string, string>();
  let inScheme = false;
  let slot: string | null = null;
  scanXml(text, part, {
    open(tag) {
      if (!DRAWING_NS.includes(tag.uri)) return;
      if (tag.local === 'clrScheme') inScheme = true;
      else if (inScheme && THEME_ORDER.includes(tag.local)) slot = tag.local;
      else if (slot && tag.local === 'srgbClr') byName.set(slot, attr(tag, 'val') ?? '');
      else if (slot && tag.local === 'sysClr') byName.set(slot, attr(tag, 'lastClr') ?? '');
    },
    close(tag) {
      if (!DRAWING_NS.includes(tag.uri)) return;
      if (tag.local === 'clrScheme') inScheme = false;
      else if (tag.local === slot) slot = null;
    },
  });
  return THEME_ORDER.map((name) => byName.get(name) ?? '');
}
