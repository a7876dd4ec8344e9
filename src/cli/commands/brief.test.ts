// Tests of `concord brief` through the CLI on a fresh store (nothing imported): the brief still
// renders, with each missing section said once as a gap (never zeros that read as "nothing
// happened"), in Markdown and HTML; bad input is refused with one line naming what was wrong.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { cliSession } from '../../../test/cli-session.ts';
import { tempDir } from '../../../test/support.ts';

const home = tempDir();
const session = cliSession({ CONCORD_HOME: home });
after(() => session.close());

test('a brief over an empty store names its gaps once and claims no absence of conflict', async () => {
  const r = await session.run(['brief', 'SDN', '--format', 'md']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# Sudan: country brief$/m);
  assert.match(r.stdout, /^## Gaps$/m);
  assert.match(r.stdout, /Forecast: no risk forecast/);
  assert.match(r.stdout, /Sources not imported: ewp, /);
  assert.doesNotMatch(r.stdout, /no state-based armed conflict/);
  assert.equal(r.stdout.match(/Sources not imported/g)?.length, 1);
  const html = await session.run(['brief', 'sdn']);
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.match(html.stdout, /<h1>Sudan: country brief<\/h1>/);
  assert.match(html.stdout, /@media print/);
});

test('bad input: an unknown country, a format, a year', async () => {
  for (const [args, message] of [
    [['brief', 'XYZ'], /unknown country or territory "XYZ"/],
    [['brief', 'SDN', '--format', 'pdf'], /--format must be/],
    [['brief', 'SDN', '--year', 'last'], /--year must be a whole number/],
  ] as const) {
    const r = await session.run([...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
