// Tests of the XML reader (./xml.ts): documents are read whole into a DOM; malformed ones are an
// XmlError naming file and line; and xmldom's per-end-tag regular expressions are compiled once
// per pattern (the memoised grammar.reg), with every end tag still checked.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { parseXml, XmlError } from './xml.ts';

const grammar = createRequire(import.meta.url)('@xmldom/xmldom/lib/grammar.js') as {
  reg: (...parts: (RegExp | string)[]) => RegExp;
  QName_group: RegExp;
  S_OPT: RegExp;
};

test('end-tag expressions are compiled once per pattern and shared', () => {
  const a = grammar.reg('^', grammar.QName_group, grammar.S_OPT, '$');
  const b = grammar.reg('^', grammar.QName_group, grammar.S_OPT, '$');
  assert.equal(a, b);
  assert.notEqual(grammar.reg('^', grammar.QName_group), a);
  assert.ok(a.test('akn:p') && !a.test('a b'));
});

test('a document with many elements is read whole; a bad end tag is an XmlError with its line', () => {
  const body = Array.from({ length: 500 }, (_, i) => `<p n="${i}">x</p>`).join('\n');
  const doc = parseXml(`<doc>\n${body}\n</doc>`, 'many.xml');
  assert.equal(doc.getElementsByTagName('p').length, 500);
  for (const bad of ['<doc>\n<p>x</p >\n<q>y</q 1>\n</doc>', '<doc>\n<p>x</q>\n</doc>']) {
    assert.throws(
      () => parseXml(bad, 'bad.xml'),
      (e: unknown) => e instanceof XmlError && e.file === 'bad.xml' && e.line !== undefined,
    );
  }
});
