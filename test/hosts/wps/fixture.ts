// Opens a fixture workbook under the fake ET, with the WPS operations over it.

import type ExcelJS from 'exceljs';
import { wpsOperations, type WpsOperations } from '../../../src/hosts/wps/operations';
import { openFixture } from '../../fake-excel/node';
import { installFakeEt, type FakeEtHandle, type FakeEtOptions } from '../../fake-et';

/** Every fixture workbook: the two published self-evaluations, blank and filled, and the declarations. */
export const WORKBOOKS = [
  '2022-district-blank.xlsx',
  '2023-city-centre-blank.xlsx',
  '2022-district.xlsx',
  '2023-city-centre.xlsx',
  '2024-target-declarations.xlsx',
];

export interface WpsFixture {
  et: FakeEtHandle;
  workbook: ExcelJS.Workbook;
  ops: WpsOperations;
}

export function wpsOver(
  workbook: ExcelJS.Workbook,
  options: FakeEtOptions & { lang?: string } = {},
): WpsFixture {
  const et = installFakeEt(workbook, options);
  const ops = wpsOperations({ app: () => et.app, displayLanguage: () => options.lang ?? 'zh-CN' });
  return { et, workbook, ops };
}

export async function wpsWith(
  fixture: string,
  options: FakeEtOptions & { lang?: string } = {},
): Promise<WpsFixture> {
  return wpsOver(await openFixture(fixture), options);
}
