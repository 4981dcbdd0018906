// A small, strict XML reader for checking manifest.xml offline: elements, attributes, text,
// comments, CDATA, the XML declaration. It throws on what would make the file ill-formed
// (unclosed or mismatched tags, bad attributes, stray '<' or '&', more than one root). Enough for
// a manifest; not a general XML parser (no DTDs, no namespace resolution).

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let pos = 0;
  const fail = (what: string): never => {
    const line = source.slice(0, pos).split('\n').length;
    throw new Error(`XML: ${what} at line ${line}`);
  };
  const decode = (raw: string): string => {
    if (/[<]/.test(raw)) fail("'<' in text or attribute");
    return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);|&/gi, (whole, entity?: string) => {
      if (!entity) return fail("bare '&'");
      if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
      return ENTITIES[entity] ?? fail(`unknown entity &${entity};`);
    });
  };
  const skip = (open: string, close: string): boolean => {
    if (!source.startsWith(open, pos)) return false;
    const end = source.indexOf(close, pos + open.length);
    if (end < 0) fail(`unclosed ${open}`);
    pos = end + close.length;
    return true;
  };
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(source[pos] ?? '')) pos++;
      if (!skip('<?', '?>') && !skip('<!--', '-->')) return;
    }
  };
  const readName = (): string => {
    const match = NAME.exec(source.slice(pos));
    if (!match) return fail('expected a name');
    pos += match[0].length;
    return match[0];
  };

  const readElement = (): XmlElement => {
    if (source[pos] !== '<') fail("expected '<'");
    pos++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const space = /^\s*/.exec(source.slice(pos))![0].length;
      pos += space;
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return element;
      }
      if (source[pos] === '>') break;
      if (!space) fail('expected a space between attributes');
      const name = readName();
      const match = /^\s*=\s*("[^"]*"|'[^']*')/.exec(source.slice(pos));
      if (!match) fail(`attribute ${name} has no quoted value`);
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      element.attributes[name] = decode(match![1].slice(1, -1));
      pos += match![0].length;
    }
    pos++;
    for (;;) {
      const next = source.indexOf('<', pos);
      if (next < 0) fail(`<${element.name}> is never closed`);
      element.text += decode(source.slice(pos, next));
      pos = next;
      if (skip('<!--', '-->')) continue;
      if (source.startsWith('<![CDATA[', pos)) {
        const end = source.indexOf(']]>', pos);
        if (end < 0) fail('unclosed CDATA');
        element.text += source.slice(pos + 9, end);
        pos = end + 3;
        continue;
      }
      if (source.startsWith('</', pos)) {
        pos += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        if (!/^\s*>/.test(source.slice(pos))) fail("expected '>'");
        pos = source.indexOf('>', pos) + 1;
        return element;
      }
      element.children.push(readElement());
    }
  };

  skipMisc();
  const root = readElement();
  skipMisc();
  if (pos < source.length) fail('content after the root element');
  return root;
}

/** Every element below (and including) `root`, depth first. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

/** The name without its namespace prefix: 'bt:Image' → 'Image'. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}
