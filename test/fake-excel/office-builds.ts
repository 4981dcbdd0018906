// The requirement sets each Office build reports through isSetSupported, so a test can run the
// add-in "on" Office 2019 or Microsoft 365 and meet the same yes and no. Sources (Microsoft Learn):
// Excel JavaScript API requirement sets, Dialog API requirement sets, Shared runtime requirement sets.

export type OfficeBuild = 'microsoft365' | 'office2024' | 'office2021' | 'office2019' | 'office2016';

export type RequirementSets = Record<string, string>;

/** Highest version of each set per build; a set not listed is not supported at all. */
export const OFFICE_BUILDS: Record<OfficeBuild, RequirementSets> = {
  microsoft365: { ExcelApi: '1.20', DialogApi: '1.2', SharedRuntime: '1.1' },
  office2024: { ExcelApi: '1.17', DialogApi: '1.2', SharedRuntime: '1.1' },
  office2021: { ExcelApi: '1.14', DialogApi: '1.2', SharedRuntime: '1.1' },
  // Volume-licensed Office 2019: ExcelApi 1.7, DialogApi 1.1, no shared runtime (Trident webview).
  office2019: { ExcelApi: '1.7', DialogApi: '1.1' },
  // Volume-licensed Office 2016: ExcelApi 1.1 only.
  office2016: { ExcelApi: '1.1', DialogApi: '1.1' },
};
