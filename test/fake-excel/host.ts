// What one fake Excel session knows besides the document: the requirement sets it supports, the
// active sheet and selection, and how many round trips (syncs that carried work) it served.

import type { Workbook, Worksheet } from 'exceljs';
import { apiNotFound, FakeOfficeError } from './errors';
import { OFFICE_BUILDS, type OfficeBuild, type RequirementSets } from './office-builds';

export interface FakeExcelOptions {
  /** The Office build whose requirement sets isSetSupported reports; default Microsoft 365. */
  build?: OfficeBuild;
  /** Highest ExcelApi requirement set supported, e.g. '1.7' (Office 2019); default the build's,
   * or '1.17' when no build is named. */
  excelApi?: string;
  /** The manifest declares a shared runtime (<Runtimes>): only then Office.addin.showAsTaskpane
   * works. Tests read manifest.xml to decide; default false. */
  sharedRuntime?: boolean;
  /** The page the add-in's code runs in (dialogs must be on its origin); default
   * https://localhost:3000/commands.html. */
  pageUrl?: string;
  /** Office.context.displayLanguage; default 'zh-CN'. */
  displayLanguage?: string;
  /** Sheet active when the session starts; default the workbook's active tab or first visible sheet. */
  activeSheet?: string;
  /** Fail the batch when a method is called on a null object, instead of giving a null object. */
  failOnNullObjectCalls?: boolean;
  /** The workbook's structure is protected: no sheet can be added (ExcelJS does not keep this). */
  structureProtected?: boolean;
}

export interface Selection {
  sheet: string;
  address: string;
}

/** Compares requirement-set versions part by part: '1.13' > '1.9'. */
export function versionAtLeast(available: string, wanted: string): boolean {
  const a = available.split('.').map(Number);
  const b = wanted.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

export class FakeExcelHost {
  readonly excelApi: string;
  readonly sets: RequirementSets;
  readonly sharedRuntime: boolean;
  readonly pageUrl: string;
  readonly displayLanguage: string;
  readonly failOnNullObjectCalls: boolean;
  readonly structureProtected: boolean;
  syncs = 0;
  selection: Selection | null = null;
  private activeName: string;

  constructor(
    readonly workbook: Workbook,
    options: FakeExcelOptions = {},
  ) {
    const build = OFFICE_BUILDS[options.build ?? 'microsoft365'];
    this.excelApi = options.excelApi ?? (options.build ? build.ExcelApi : '1.17');
    this.sets = { ...build, ExcelApi: this.excelApi };
    this.sharedRuntime = options.sharedRuntime ?? false;
    this.pageUrl = options.pageUrl ?? 'https://localhost:3000/commands.html';
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.failOnNullObjectCalls = options.failOnNullObjectCalls ?? false;
    this.structureProtected = options.structureProtected ?? false;
    this.activeName = options.activeSheet ?? this.initialSheet();
  }

  private initialSheet(): string {
    const sheets = this.workbook.worksheets;
    const tab = this.workbook.views?.[0]?.activeTab;
    const candidate = tab !== undefined ? sheets[tab] : undefined;
    const visible = sheets.find((s) => s.state === 'visible');
    return (candidate?.state === 'visible' ? candidate : visible)?.name ?? '';
  }

  /** Throws ApiNotFound, synchronously as Office.js does, when `api` needs a newer set. */
  requires(version: string, api: string): void {
    if (!versionAtLeast(this.excelApi, version)) throw apiNotFound(api, version);
  }

  supports(version: string): boolean {
    return versionAtLeast(this.excelApi, version);
  }

  /** Office.context.requirements.isSetSupported: set names compare without case. */
  setSupported(name: string, version = '1.1'): boolean {
    const set = Object.keys(this.sets).find((key) => key.toLowerCase() === name.toLowerCase());
    return set !== undefined && versionAtLeast(this.sets[set], version);
  }

  sheet(name: string): Worksheet | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.worksheets.find((s) => s.name.toLowerCase() === wanted);
  }

  get activeSheet(): Worksheet {
    const sheet = this.sheet(this.activeName) ?? this.workbook.worksheets.find((s) => s.state === 'visible');
    if (!sheet)
      throw new FakeOfficeError('ItemNotFound', 'The workbook has no visible sheet.', 'getActiveWorksheet');
    return sheet;
  }

  activate(sheet: Worksheet): void {
    if (sheet.state !== 'visible') {
      throw new FakeOfficeError(
        'InvalidOperation',
        `Cannot activate hidden sheet ${sheet.name}.`,
        'activate',
      );
    }
    this.activeName = sheet.name;
  }
}
