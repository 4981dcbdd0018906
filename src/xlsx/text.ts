// Bytes ↔ text of XML parts, and escaping for the XML SelfEval writes. TextDecoder/TextEncoder
// exist in Node and in browsers alike.

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const encoder = new TextEncoder();

/** A decoded part: its text (without byte order mark) and how its bytes were encoded, so that
 * rewriting it keeps the bytes it does not change. */
export interface PartText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** The bytes began with a byte order mark. */
  bom: boolean;
}

/**
 * Decodes an XML part: UTF-8, or UTF-16 told by its byte order mark or, without one, by how '<'
 * is spelled (XML 1.0 appendix F).
 */
export function decodePart(bytes: Uint8Array): PartText {
  const [a, b, c] = bytes;
  // TextDecoder drops a leading byte order mark by itself.
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00))
    return { text: utf16le.decode(bytes), encoding: 'utf-16le', bom: a === 0xff };
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c))
    return { text: utf16be.decode(bytes), encoding: 'utf-16be', bom: a === 0xfe };
  return { text: utf8.decode(bytes), encoding: 'utf-8', bom: a === 0xef && b === 0xbb && c === 0xbf };
}

/** UTF-16 code units as bytes. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** Encodes a part SelfEval rewrote as the original was encoded, byte order mark included. */
export function encodePart(part: PartText): Uint8Array {
  const text = part.bom ? `\ufeff${part.text}` : part.text;
  if (part.encoding === 'utf-16le') return utf16(text, true);
  if (part.encoding === 'utf-16be') return utf16(text, false);
  return encoder.encode(text);
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
