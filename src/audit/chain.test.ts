// Tests of the hash chain core: a well-formed chain verifies; an edited entry, a missing middle
// entry, a replaced entry, a deleted tail and a wrong anchor are each reported at their seq.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AuditEntry, ChainVerifier, entryHash, genesisHash, parseAnchor } from './chain.ts';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = genesisHash;
  for (let seq = 1; seq <= n; seq++) {
    const f = {
      seq,
      at: `2026-01-01T00:00:0${seq}.000Z`,
      actor: 'user:a',
      action: 'case.append',
      subject: 'case:c',
      before: JSON.stringify({ v: seq - 1 }),
      after: JSON.stringify({ v: seq }),
      prevHash: prev,
    };
    const e = { ...f, hash: entryHash(f) };
    out.push(e);
    prev = e.hash;
  }
  return out;
}

function verify(
  entries: AuditEntry[],
  head = entries.length ? { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash } : { seq: 0, hash: genesisHash },
  anchor?: { seq: number; hash: string },
) {
  const v = new ChainVerifier(anchor);
  for (const e of entries) v.push(e);
  return v.finish(head);
}

test('an intact chain verifies', () => {
  const c = chain(5);
  assert.equal(verify(c).broken, undefined);
  assert.equal(verify([]).broken, undefined);
  assert.equal(verify(c, undefined, { seq: 3, hash: c[2].hash }).broken, undefined);
});

test('edits, deletions and rewrites are reported at the first broken seq', () => {
  const c = chain(5);
  const head = { seq: 5, hash: c[4].hash };
  const edited = c.map((e) => (e.seq === 3 ? { ...e, after: JSON.stringify({ v: 99 }) } : e));
  assert.deepEqual(verify(edited, head).broken?.seq, 3);
  assert.match(verify(edited, head).broken!.problem, /edited/);
  // Edited and re-hashed: the next entry no longer follows it.
  const rehashed = edited.map((e) => (e.seq === 3 ? { ...e, hash: entryHash(e) } : e));
  assert.equal(verify(rehashed, head).broken?.seq, 4);
  const gap = c.filter((e) => e.seq !== 2);
  assert.equal(verify(gap, head).broken?.seq, 2);
  assert.match(verify(gap, head).broken!.problem, /missing/);
  const tail = c.slice(0, 4);
  assert.equal(verify(tail, head).broken?.seq, 5);
  assert.match(verify(tail, head).broken!.problem, /deleted from the end/);
  const noHead = new ChainVerifier();
  for (const e of c) noHead.push(e);
  assert.match(noHead.finish(undefined).broken?.problem ?? '', /head record is missing/);
  // A whole chain rewritten consistently passes on its own, but not against an anchor kept elsewhere.
  const forged = chain(5).map((e) => ({ ...e }));
  forged[0] = { ...forged[0], actor: 'user:b' };
  let prev = genesisHash;
  for (const e of forged) {
    e.prevHash = prev;
    e.hash = entryHash(e);
    prev = e.hash;
  }
  assert.equal(verify(forged).broken, undefined);
  assert.equal(verify(forged, undefined, { seq: 3, hash: c[2].hash }).broken?.seq, 3);
  assert.equal(verify(c, undefined, { seq: 9, hash: c[2].hash }).broken?.seq, 9);
  assert.deepEqual(parseAnchor(`3:${c[2].hash}`), { seq: 3, hash: c[2].hash });
  assert.equal(parseAnchor('3:xyz'), undefined);
});
