// Reading of upstream XML files (the UN's Akoma Ntoso texts) into a DOM with @xmldom/xmldom, a
// small, maintained, dependency-free DOM parser (chosen over a streaming parser because a document
// of at most a few MB is read whole and walked by element names). Limits: a file larger than
// CONCORD_MAX_XML_BYTES (default 16 MiB; the largest real file is 1.5 MB) is refused before it is
// read; text must be strict UTF-8 (./text.ts); a document type declaration is refused (no entity
// expansion of any kind); a document that is not well-formed is an XmlError naming file and line.
// No regular expressions are applied to XML: callers walk the DOM.
// xmldom 0.9 compiles a Unicode regular expression for every end tag it reads (sax.js calls
// grammar.reg per closing tag): about 3 s of CPU, and more in garbage collection, of the Council's
// ~2,300 XML files. Its expressions carry no g or y flag, so they keep no state between uses and
// one compiled expression per pattern can serve every call: grammar.reg is memoised below.
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatBytes } from './limits.ts';
import { decodeUtf8Text } from './text.ts';

export const DEFAULT_MAX_XML_BYTES = 16 * 1024 ** 2;

type Part = RegExp | string;
const grammar = createRequire(import.meta.url)('@xmldom/xmldom/lib/grammar.js') as {
  reg: (this: unknown, ...parts: Part[]) => RegExp;
};
if (typeof grammar.reg === 'function' && !(grammar.reg as { memoised?: true }).memoised) {
  const compile = grammar.reg;
  // keyed by the parts themselves (the same RegExp objects and strings on every call), as a trie
  interface Node {
    next: Map<Part, Node>;
    re?: RegExp;
  }
  const root: Node = { next: new Map() };
  const memoised = function (this: unknown, ...parts: Part[]): RegExp {
    let node = root;
    for (const p of parts) {
      let child = node.next.get(p);
      if (!child) node.next.set(p, (child = { next: new Map() }));
      node = child;
    }
    if (node.re) return node.re;
    const re = compile.apply(this, parts);
    if (!re.global && !re.sticky) node.re = re;
    return re;
  };
  grammar.reg = Object.assign(memoised, { memoised: true as const });
}

/** A file that is not acceptable XML: why, and the line when the parser gives one. */
export class XmlError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'XmlError';
  }
}

export function maxXmlBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CONCORD_MAX_XML_BYTES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_XML_BYTES;
  const n = Number(raw.trim());
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new Error(`CONCORD_MAX_XML_BYTES must be a positive whole number of bytes, got "${raw}"`);
  return n;
}

/** Parses XML text; `file` names it in errors. */
export function parseXml(text: string, file: string): Document {
  let problem: { line: number | undefined; reason: string } | undefined;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' || problem) return;
      const at = /@#\[line:(\d+),col:\d+\]/.exec(message);
      problem = {
        line: at ? Number(at[1]) : undefined,
        reason: `not well-formed XML: ${
          message
            .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/s, '')
            .replace(/^\[xmldom [a-z]+\]\s*/i, '')
            .split('\n')[0]
        }`,
      };
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (e) {
    const line = (e as { locator?: { lineNumber?: number } }).locator?.lineNumber;
    if (problem) throw new XmlError(file, problem.line ?? line, problem.reason);
    throw new XmlError(file, line, `not well-formed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (problem) throw new XmlError(file, problem.line, problem.reason);
  if (doc.doctype)
    throw new XmlError(
      file,
      undefined,
      'has a document type declaration (<!DOCTYPE>): refused, no entities are expanded',
    );
  if (!doc.documentElement) throw new XmlError(file, undefined, 'has no root element');
  return doc;
}

/** Reads and parses an XML file within the size limit; `displayName` names it in errors. */
export function readXmlFile(path: string, displayName: string, maxBytes = maxXmlBytes()): Document {
  const size = statSync(path).size;
  if (size > maxBytes)
    throw new XmlError(
      displayName,
      undefined,
      `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one XML file (CONCORD_MAX_XML_BYTES)`,
    );
  const text = decodeUtf8Text(readFileSync(path), displayName);
  return parseXml(text, displayName);
}

/** The element children of `el`. */
export function childElements(el: Element | Document): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** The local name of an element (without namespace prefix). */
export const localName = (el: Element): string => el.localName ?? el.nodeName.replace(/^.*:/, '');

/** The first descendant element named `name` (local name), depth first. */
export function firstElement(root: Element | Document, name: string): Element | undefined {
  const stack: Element[] = childElements(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (localName(el) === name) return el;
    stack.push(...childElements(el).reverse());
  }
  return undefined;
}

/** Every descendant element named `name`, in document order. */
export function allElements(root: Element | Document, name: string): Element[] {
  const out: Element[] = [];
  const stack: Element[] = childElements(root).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (localName(el) === name) out.push(el);
    stack.push(...childElements(el).reverse());
  }
  return out;
}

/** Elements whose end separates words (a paragraph, a cell, a number, a line break). */
const blocks = new Set([
  'p',
  'num',
  'heading',
  'subheading',
  'td',
  'th',
  'tr',
  'li',
  'br',
  'content',
  'paragraph',
  'subparagraph',
  'point',
  'list',
  'intro',
  'wrapUp',
  'container',
  'blockList',
  'item',
  'docTitle',
  'docNumber',
  'docDate',
]);

/** The text of a node with blocks separated by spaces and whitespace collapsed; `skip` drops elements by name. */
export function textOf(node: Node, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3 || n.nodeType === 4) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const name = localName(n as Element);
      if (skip.has(name)) return;
      const block = blocks.has(name);
      if (block) parts.push(' ');
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (block) parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
