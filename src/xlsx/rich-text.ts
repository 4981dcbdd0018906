// The text of a string item (<si> of the shared strings, <is> of an inline string): its <t>, or
// its rich text runs' <t> joined. Phonetic runs (<rPh>, furigana) are not part of the value.

import { MAIN_NS } from './namespaces';
import { unescapeXstring } from './text';
import type { XmlTag } from './xml';

/** Collects string items; feed it every event of the part (or of the cell holding an <is>). */
export class StringItemReader {
  private inT = false;
  private phonetic = 0;
  private parts: string[] = [];

  open(tag: XmlTag): void {
    if (!MAIN_NS.includes(tag.uri)) return;
    if (tag.local === 't' && !this.phonetic) this.inT = true;
    else if (tag.local === 'rPh') this.phonetic++;
  }

  close(tag: XmlTag): void {
    if (!MAIN_NS.includes(tag.uri)) return;
    if (tag.local === 't') this.inT = false;
    else if (tag.local === 'rPh') this.phonetic--;
  }

  text(text: string): void {
    if (this.inT) this.parts.push(text);
  }

  /** The item's text so far; starts the next item. */
  take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    return unescapeXstring(s);
  }
}
