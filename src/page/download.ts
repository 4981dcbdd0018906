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

/** Most file systems take names of at most 255 bytes (UTF-8): a Chinese character is 3. */
const NAME_BYTES = 255;
const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** The recalculated workbook's name: the dropped one's with a suffix, keeping .xlsm for macros;
 * the stem shortened (by whole characters) where the suffix would take the name past 255 bytes. */
export function recalculatedName(name: string, suffix: string): string {
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = /\.xlsm$/i.test(name) ? '.xlsm' : '.xlsx';
  const room = NAME_BYTES - bytesOf(`${suffix}${ext}`);
  while (stem && bytesOf(stem) > room) stem = Array.from(stem).slice(0, -1).join('');
  return `${stem}${suffix}${ext}`;
}
