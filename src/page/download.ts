// Hands bytes built in the page to the browser as a download (a Blob URL: nothing leaves the
// machine).

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click returns; free the memory a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The recalculated workbook's name: the dropped one's with a suffix, keeping .xlsm for macros. */
export function recalculatedName(name: string, suffix: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = /\.xlsm$/i.test(name) ? '.xlsm' : '.xlsx';
  return `${stem}${suffix}${ext}`;
}
