// Part of a sheet drawn in the page with one cell marked: the rows of the form the cell is on (or
// a window around it), merged areas and fills as the workbook has them. A picture to find the
// cell by, not a spreadsheet.

import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { parseAddress, type SheetReport } from '../core';
import { format } from '../i18n';
import { useMessages } from '../taskpane/messages-context';
import type { SheetPicture } from './protocol';

const useStyles = makeStyles({
  frame: { overflow: 'auto', maxHeight: '420px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: '12px' },
  cell: {
    border: '1px solid #d0d0d0',
    padding: '2px 4px',
    maxWidth: '220px',
    verticalAlign: 'top',
    whiteSpace: 'pre-wrap',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  marked: { outline: `3px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px' },
});

/** Rows (0-based, absolute) drawn around a cell outside any form. */
const AROUND = 8;

interface Props {
  picture: SheetPicture;
  report: SheetReport | undefined;
  /** A1 address; '' marks nothing (an issue about the whole sheet). */
  cell: string;
}

export function SheetPart({ picture, report, cell }: Props) {
  const styles = useStyles();
  const m = useMessages();
  const marked = useRef<HTMLTableCellElement>(null);
  // A block body: an effect's return value is its cleanup, and newer Chromium's scrollIntoView
  // returns a Promise, which React would call on the next issue clicked.
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [cell, picture]);

  const at = cell ? parseAddress(cell) : null;
  const lastRow = picture.top + picture.text.length - 1;
  const form = at && report?.forms.find((f) => at.row + 1 >= f.rows.first && at.row + 1 <= f.rows.last);
  const first = form ? form.rows.first - 1 : Math.max(picture.top, (at?.row ?? 0) - AROUND);
  const last = form ? form.rows.last - 1 : Math.min(lastRow, (at?.row ?? 0) + AROUND * 2);
  // reduce, not Math.max(...rows): a sheet of 130,000 rows is more arguments than a call takes.
  const width = picture.text.reduce((w, row) => Math.max(w, row.length), 0);
  const columns = Array.from({ length: width }, (_, i) => picture.left + i);

  // Merged areas: the top-left cell spans, the others are not drawn.
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const area of picture.merges) {
    const top = Math.max(area.top, first);
    if (top > Math.min(area.bottom, last)) continue;
    spans.set(`${top},${area.left}`, {
      rows: Math.min(area.bottom, last) - top + 1,
      cols: area.right - area.left + 1,
    });
    for (let r = top; r <= Math.min(area.bottom, last); r++)
      for (let c = area.left; c <= area.right; c++)
        if (r !== top || c !== area.left) covered.add(`${r},${c}`);
  }
  const rows = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  // A cell the reading left out (FAR_CELLS: a note at XFD1048576) has no picture to mark it on.
  const outside =
    at !== null &&
    (at.row < picture.top || at.row > lastRow || at.col < picture.left || at.col >= picture.left + width);
  if (outside) return <p data-testid="sheet-part">{format(m.page.outsidePicture, { cell })}</p>;
  return (
    <div className={styles.frame} data-testid="sheet-part">
      <table className={styles.table}>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th className={`${styles.cell} ${styles.head}`}>{row + 1}</th>
              {columns.map((col) => {
                if (covered.has(`${row},${col}`)) return null;
                const span = spans.get(`${row},${col}`);
                const isMarked = at !== null && at.row === row && at.col === col;
                const fill = picture.fills?.[row - picture.top]?.[col - picture.left];
                return (
                  <td
                    key={col}
                    ref={isMarked ? marked : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    className={isMarked ? `${styles.cell} ${styles.marked}` : styles.cell}
                    style={fill ? { backgroundColor: fill } : undefined}
                    data-marked={isMarked ? cell : undefined}
                  >
                    {picture.text[row - picture.top]?.[col - picture.left] ?? ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
