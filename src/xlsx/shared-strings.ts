// xl/sharedStrings.xml: the strings cells of type "s" point to by index.

import { MAIN_NS } from './namespaces';
import { StringItemReader } from './rich-text';
import { scanXml } from './xml';

export function readSharedStrings(text: string, part: string): string[] {
  const strings: string[] = [];
  const item = new StringItemReader();
  scanXml(text, part, {
    open: (tag) => item.open(tag),
    close(tag) {
      item.close(tag);
      if (tag.local === 'si' && MAIN_NS.includes(tag.uri)) strings.push(item.take());
    },
    text: (t) => item.text(t),
  });
  return strings;
}
