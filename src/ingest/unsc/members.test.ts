// Tests of the permanent-member vocabulary (members.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMembers, memberName, parseMemberList } from './members.ts';

test('names the sources use map to one vocabulary', () => {
  assert.equal(memberName('the Russian Federation'), 'Russia');
  assert.equal(memberName('Russian  Federation'), 'Russia');
  assert.equal(memberName('United States'), 'USA');
  assert.equal(memberName('USSR'), 'USSR');
  assert.equal(memberName('United Kingdom'), 'UK');
  assert.equal(memberName('Germany'), undefined);
});

test('lists are split on commas and "and", sorted and without repeats', () => {
  assert.deepEqual(parseMemberList('USA, France and UK'), ['France', 'UK', 'USA']);
  assert.deepEqual(parseMemberList('Russian Federation and China'), ['China', 'Russia']);
  assert.deepEqual(parseMemberList('China, Russian Federation'), ['China', 'Russia']);
  assert.deepEqual(parseMemberList('UK, UK'), ['UK']);
  assert.equal(parseMemberList('USA and Japan'), undefined);
  assert.equal(parseMemberList(''), undefined);
  assert.equal(formatMembers(['USA', 'France', 'UK']), 'France, UK, USA');
});
