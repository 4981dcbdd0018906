// A1 addresses as Office.js speaks them: cells and areas ('B3', 'A1:I16'), whole columns ('B:B')
// and rows ('3:5'), optionally prefixed by a (quoted) sheet name, which Office.js accepts and we ignore.

import { areaAddress, columnName, parseArea, type Area } from '../../src/core/model/grid';
import { FakeOfficeError } from './errors';

/** The last row and column of a worksheet (0-based), as in Excel 2007 and later. */
export const LAST_ROW = 1048575;
export const LAST_COLUMN = 16383;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function parseRangeAddress(address: string): Area {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (columns)
    return { top: 0, bottom: LAST_ROW, left: columnIndex(columns[1]), right: columnIndex(columns[2]) };
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: LAST_COLUMN };
  if (!/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(local)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The argument is invalid or missing: ${address}`,
      'getRange',
    );
  }
  const area = parseArea(local);
  return {
    top: Math.min(area.top, area.bottom),
    bottom: Math.max(area.top, area.bottom),
    left: Math.min(area.left, area.right),
    right: Math.max(area.left, area.right),
  };
}

/** 'B:B' for whole columns, '3:3' for whole rows, 'A1:C4' otherwise, as Excel prints them. */
export function localAddress(area: Area): string {
  if (area.top === 0 && area.bottom === LAST_ROW) return `${columnName(area.left)}:${columnName(area.right)}`;
  if (area.left === 0 && area.right === LAST_COLUMN) return `${area.top + 1}:${area.bottom + 1}`;
  return areaAddress(area);
}

/** Excel quotes a sheet name unless it is a plain word that cannot be read as a reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, area: Area): string {
  return `${quoteSheetName(sheet)}!${localAddress(area)}`;
}

export function cellsOf(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}
