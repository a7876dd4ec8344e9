// The Store contract, run on this pass's dialect (SQLite, and PostgreSQL on npm test's second pass).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore, testDialect } from '../../test/support.ts';
import { latestVersion } from './migrations.ts';
import { type ImportMeta, StoreQueryError } from './store.ts';

const meta = (tables: string[], id = 't'): ImportMeta => ({
  id,
  title: id,
  licence: '',
  attribution: '',
  upstream: '',
  tables,
  fromDir: '/',
  fingerprint: 'f',
  loaderVersion: 1,
});

test('a fresh store is migrated to the latest version, is sound, and migrating again changes nothing', async () => {
  const store = await tempStore();
  assert.equal(await store.schemaVersion(), latestVersion);
  assert.equal(await store.migrate(), latestVersion);
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
});

test('corpus search matches phrases across line breaks, filters, and reports bad raw syntax as a query error', async () => {
  const store = await tempStore();
  const speeches = [
    {
      doc_id: 'AAA_60_2005',
      country: 'AAA',
      session: 60,
      year: 2005,
      text: 'We accept the responsibility\nto protect populations.',
    },
    {
      doc_id: 'BBB_60_2005',
      country: 'BBB',
      session: 60,
      year: 2005,
      text: 'Sovereignty is responsibility. To protect is a duty.',
    },
    {
      doc_id: 'AAA_70_2015',
      country: 'AAA',
      session: 70,
      year: 2015,
      text: 'The Responsibility to Protect must be implemented.',
    },
  ];
  await store.importSource(meta(['speeches']), async (sink) => {
    for (const s of speeches) await sink.insert('speeches', s);
  });
  const phrases = ['responsibility to protect'];
  const all = await store.searchCorpus({ corpus: 'ungdc', phrases, limit: 10 });
  assert.deepEqual(
    all.map((h) => h.docId),
    ['AAA_60_2005', 'BBB_60_2005', 'AAA_70_2015'],
  );
  assert.match(all[0].snippet, /\[responsibility\nto protect\]/);
  assert.deepEqual(
    (await store.searchCorpus({ corpus: 'ungdc', phrases, from: 2010, limit: 10 })).map((h) => h.docId),
    ['AAA_70_2015'],
  );
  assert.deepEqual(
    (await store.searchCorpus({ corpus: 'ungdc', phrases, country: 'BBB', limit: 10 })).map((h) => h.docId),
    ['BBB_60_2005'],
  );
  assert.equal((await store.searchCorpus({ corpus: 'ungdc', phrases, limit: 1 })).length, 1);
  // any of several phrases; words out of order do not match
  assert.deepEqual(
    (await store.searchCorpus({ corpus: 'ungdc', phrases: ['protect must', 'a duty'], limit: 10 })).map((h) => h.docId),
    ['BBB_60_2005', 'AAA_70_2015'],
  );
  assert.equal(await store.countCorpus({ corpus: 'ungdc', phrases: ['protect responsibility'] }), 0);
  await assert.rejects(store.searchCorpus({ corpus: 'ungdc', phrases: [' ', '--'], limit: 5 }), StoreQueryError);
  // a raw query in the dialect's own syntax, and its syntax errors
  const raw = testDialect === 'sqlite' ? 'duty OR implemented' : 'duty | implemented';
  assert.deepEqual(
    (await store.searchCorpus({ corpus: 'ungdc', raw, limit: 10 })).map((h) => h.docId),
    ['BBB_60_2005', 'AAA_70_2015'],
  );
  for (const bad of testDialect === 'sqlite' ? ['"unbalanced', 'AND OR'] : ['a & (b', '& |']) {
    await assert.rejects(store.searchCorpus({ corpus: 'ungdc', raw: bad, limit: 5 }), StoreQueryError, bad);
    await assert.rejects(store.countCorpus({ corpus: 'ungdc', raw: bad }), StoreQueryError, bad);
  }
  await store.close();
});

test('phrases ignore case, diacritics and punctuation between words, as SQLite unicode61 does', async () => {
  const store = await tempStore();
  const texts = [
    "Côte d'Ivoire welcomes the post-conflict peacebuilding; São Tomé agrees.",
    'COTE D IVOIRE and the post conflict Peacebuilding Commission.',
    'Resolution S/RES/678 (1990) authorised all necessary means.',
  ];
  await store.importSource(meta(['speeches']), async (sink) => {
    for (const [i, text] of texts.entries())
      await sink.insert('speeches', { doc_id: `X${i}_1_2000`, country: 'XXX', session: 1, year: 2000, text });
  });
  const docs = async (...phrases: string[]) =>
    (await store.searchCorpus({ corpus: 'ungdc', phrases, limit: 10 })).map((h) => h.docId);
  assert.deepEqual(await docs("cote d'ivoire"), ['X0_1_2000', 'X1_1_2000']);
  assert.deepEqual(await docs('Côte d’Ivoire'), ['X0_1_2000', 'X1_1_2000']);
  assert.deepEqual(await docs('post-conflict peacebuilding'), ['X0_1_2000', 'X1_1_2000']);
  assert.deepEqual(await docs('conflict peacebuilding'), ['X0_1_2000', 'X1_1_2000']);
  assert.deepEqual(await docs('sao tome agrees'), ['X0_1_2000']);
  assert.deepEqual(await docs('S/RES/678'), ['X2_1_2000']);
  assert.deepEqual(await docs('res 678 1990'), ['X2_1_2000']);
  await store.close();
});

test('countCorpus counts every matching document under the same filters as search', async () => {
  const store = await tempStore();
  await store.importSource(meta(['speeches']), async (sink) => {
    for (let i = 0; i < 30; i++) {
      await sink.insert('speeches', {
        doc_id: `C${i}_1_${1990 + i}`,
        country: i % 2 ? 'AAA' : 'BBB',
        session: 1,
        year: 1990 + i,
        text: i % 3 ? 'human\nsecurity matters' : 'security of humans',
      });
    }
  });
  assert.equal(await store.countCorpus({ corpus: 'ungdc', phrases: ['human security'] }), 20);
  assert.equal(
    await store.countCorpus({ corpus: 'ungdc', phrases: ['human security'], country: 'AAA', from: 2000 }),
    7,
  );
  await store.close();
});

test('an import replaces only its own rows of a shared table, in batches, and a failed one changes nothing', async () => {
  const store = await tempStore();
  const rows =
    (source: string, n: number, value: number) =>
    async (sink: { insert(t: string, r: Record<string, string | number | null>): unknown }) => {
      for (let i = 0; i < n; i++)
        await sink.insert('indicators', {
          source,
          indicator: 'x',
          entity: `E${i % 7}`,
          iso3: null,
          ccode: null,
          year: 1900 + i,
          value,
        });
    };
  const a = await store.importSource(meta(['indicators'], 'a'), rows('a', 1234, 1));
  assert.deepEqual([a.rowCounts, a.yearMin, a.yearMax], [{ indicators: 1234 }, 1900, 3133]);
  await store.importSource(meta(['indicators'], 'b'), rows('b', 3, 2));
  await store.importSource(meta(['indicators'], 'a'), rows('a', 501, 3));
  assert.deepEqual(
    await store.sql.all(
      'SELECT source, COUNT(*) AS n, MIN(value) AS v FROM indicators GROUP BY source ORDER BY source',
    ),
    [
      { source: 'a', n: 501, v: 3 },
      { source: 'b', n: 3, v: 2 },
    ],
  );
  await assert.rejects(
    store.importSource(meta(['indicators'], 'b'), async (sink) => {
      await rows('b', 900, 9)(sink);
      throw new Error('bad line 901');
    }),
    /bad line 901/,
  );
  await assert.rejects(store.importSource(meta(['indicators'], 'b'), rows('a', 1, 9)), /must have source = "b"/);
  assert.equal(await store.countRows('indicators'), 504);
  assert.deepEqual(
    (await store.sources()).map((s) => [s.id, s.rowCounts.indicators]),
    [
      ['a', 501],
      ['b', 3],
    ],
  );
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
});

test('rows of one table with different columns keep their values and their load order', async () => {
  const store = await tempStore();
  await store.importSource(meta(['speeches']), async (sink) => {
    await sink.insert('speeches', { doc_id: 'A_1_1990', country: 'AAA', session: 1, year: 1990, text: 'one' });
    await sink.insert('speeches', {
      doc_id: 'B_1_1990',
      country: 'BBB',
      session: 1,
      year: 1990,
      speaker: 'Ms B',
      text: 'two',
    });
    await sink.insert('speeches', {
      doc_id: 'C_1_1990',
      country: 'CCC',
      session: 1,
      year: 1990,
      text: 'three',
      post: 'Minister',
    });
  });
  assert.deepEqual(await store.sql.all('SELECT doc_id, speaker, post, text FROM speeches ORDER BY id'), [
    { doc_id: 'A_1_1990', speaker: null, post: null, text: 'one' },
    { doc_id: 'B_1_1990', speaker: 'Ms B', post: null, text: 'two' },
    { doc_id: 'C_1_1990', speaker: null, post: 'Minister', text: 'three' },
  ]);
  await store.close();
});
