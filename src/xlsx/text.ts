// Bytes ↔ text of XML parts, and escaping for the XML SelfEval writes. TextDecoder/TextEncoder
// exist in Node and in browsers alike.

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const encoder = new TextEncoder();

/** A decoded part: its text (without byte order mark) and whether the bytes began with a UTF-8 one. */
export interface PartText {
  text: string;
  bom: boolean;
}

/** Decodes an XML part: UTF-8, or UTF-16 when it starts with that byte order mark. */
export function decodePart(bytes: Uint8Array): PartText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes), bom: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes), bom: false };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a leading UTF-8 byte order mark by itself.
  return { text: utf8.decode(bytes), bom };
}

/**
 * Encodes a part SelfEval rewrote, as UTF-8 (with its byte order mark when the original had one).
 * A UTF-16 part comes back as UTF-8, its declaration saying so.
 */
export function encodePart(part: PartText): Uint8Array {
  const text = part.text.replace(
    /^(<\?xml[^>]*encoding\s*=\s*["'])utf-16(["'])/i,
    (_, a: string, b: string) => `${a}UTF-8${b}`,
  );
  return encoder.encode(part.bom ? `\ufeff${text}` : text);
}

// Characters XML 1.0 cannot hold even escaped; SpreadsheetML writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text content: & < > escaped, CR kept as a reference, forbidden characters as _xHHHH_. */
export function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** An attribute value in double quotes: also " and the whitespace XML would normalise. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Undoes SpreadsheetML's _xHHHH_ escapes in a string value (Excel writes CR as _x000D_). */
export function unescapeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
