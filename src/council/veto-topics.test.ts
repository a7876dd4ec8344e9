// The countries a veto's topic names: the veto list's crisis topics (one country, two joined by a
// hyphen, an event named after a country, the list's own spellings) and, for the UN XML drafts of
// 2023-2025, the agenda item's "situation in X"; topics naming no single country name none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vetoTopicCountries } from './veto-topics.ts';

const topic = (crisisTopic: string) => vetoTopicCountries({ crisisTopic, agendaItem: 'ignored: the topic is given' });
const agenda = (agendaItem: string) => vetoTopicCountries({ crisisTopic: null, agendaItem });

test("a veto list topic names its countries, in the topic's order", () => {
  assert.deepEqual(topic('Syria'), ['SYR']);
  assert.deepEqual(topic('Israel-Palestine'), ['ISR', 'PSE']);
  assert.deepEqual(topic('India-Pakistan'), ['IND', 'PAK']);
  assert.deepEqual(topic('US-USSR'), ['USA', 'SUN']);
  assert.deepEqual(topic('Greek Civil War'), ['GRC']);
  assert.deepEqual(topic('Panama Canal'), ['PAN']);
  assert.deepEqual(topic('Rhodesia'), ['ZWE']);
});

test("the list's own spellings: Bosnia, the 1960 Congo (today's DR Congo), Malasyia, Falklands-Malvinas once", () => {
  assert.deepEqual(topic('Bosnia'), ['BIH']);
  assert.deepEqual(topic('Congo'), ['COD']);
  assert.deepEqual(topic('Malasyia'), ['MYS']);
  assert.deepEqual(topic('Falklands-Malvinas'), ['FLK']);
});

test('topics that name no single country name none rather than a guess', () => {
  for (const t of ['Admission', 'Disarmament', 'Korean War', 'Southern Africa', 'Terrorism', 'Climate and Security'])
    assert.deepEqual(topic(t), [], t);
});

test('without a topic, the agenda item\'s "situation in X" names the country; the Middle East names none', () => {
  assert.deepEqual(agenda('The situation in Ukraine'), ['UKR']);
  assert.deepEqual(agenda('The situation in the Middle East'), []);
  assert.deepEqual(agenda('Maintenance of international peace and security'), []);
});
