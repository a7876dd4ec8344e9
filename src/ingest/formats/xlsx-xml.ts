// A minimal XML tokenizer for the parts of an .xlsx package (SpreadsheetML is plain XML 1.0 with
// namespaces, no DTDs): start/end tags with attributes, text with the predefined and numeric
// character references decoded, CDATA; comments and processing instructions are skipped.
// Element and attribute names are reduced to their local part (`x:c` -> `c`, `r:id` -> `id`).

export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;`; other text is kept. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (src.length === 0) return attrs;
  for (const m of src.matchAll(ATTR)) attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3]);
  return attrs;
}

/** Tokenizes XML text; throws an Error naming the offset on an unterminated construct. */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  let i = 0;
  const n = xml.length;
  const until = (end: string, from: number, what: string): number => {
    const k = xml.indexOf(end, from);
    if (k === -1) throw new Error(`unterminated ${what} at offset ${from}`);
    return k;
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      yield { kind: 'text', text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      i = until('-->', lt + 4, 'comment') + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = until(']]>', lt + 9, 'CDATA section');
      yield { kind: 'text', text: xml.slice(lt + 9, end) };
      i = end + 3;
    } else if (xml[lt + 1] === '?') {
      i = until('?>', lt + 2, 'processing instruction') + 2;
    } else if (xml[lt + 1] === '!') {
      i = until('>', lt + 2, 'declaration') + 1;
    } else if (xml[lt + 1] === '/') {
      const gt = until('>', lt + 2, 'end tag');
      yield { kind: 'close', name: localName(xml.slice(lt + 2, gt).trim()) };
      i = gt + 1;
    } else {
      // a start tag: find its end outside quoted attribute values
      let k = lt + 1;
      let quote = '';
      for (; k < n; k++) {
        const c = xml[k];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (k >= n) throw new Error(`unterminated start tag at offset ${lt}`);
      const selfClosing = xml[k - 1] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? k - 1 : k);
      const space = inner.search(/\s/);
      const qname = space === -1 ? inner : inner.slice(0, space);
      yield {
        kind: 'open',
        name: localName(qname),
        attrs: parseAttrs(space === -1 ? '' : inner.slice(space)),
        selfClosing,
      };
      i = k + 1;
    }
  }
}
