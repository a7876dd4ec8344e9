// Tests of placing operations in their country of deployment: by the country the name gives,
// and by the acronym table where the name gives none, several, or a misleading one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announcedParts } from './composite.ts';
import { countryInName, deploymentOf } from './deployment.ts';

test('the country named after the last "in", "for" or "to"', () => {
  assert.equal(countryInName('United Nations Mission for Justice Support in Haiti'), 'HTI');
  assert.equal(countryInName('United Nations Mission for the Referendum in Western Sahara'), 'ESH');
  assert.equal(countryInName('United Nations Mission in the Republic of South Sudan'), 'SSD');
  assert.equal(countryInName('United Nations Organization Mission in the Democratic Republic of the Congo'), 'COD');
  assert.equal(countryInName('United Nations Operation in Côte d’Ivoire'), 'CIV');
  assert.equal(countryInName('United Nations Operation in Somalia (I & II)'), 'SOM');
  assert.equal(countryInName('United Nations Operation in Somalia II'), 'SOM');
  assert.equal(countryInName('United Nations Assistance Mission for Rwanda'), 'RWA');
  assert.equal(countryInName('United Nations Special Mission to Afghanistan'), 'AFG');
  assert.equal(countryInName('United Nations Transitional Administration in East Timor'), 'TLS');
  assert.equal(countryInName('United Nations Interim Administration Mission in Kosovo'), 'XKX');
  assert.equal(countryInName('United Nations Mission in Ethiopia and Eritrea'), undefined);
  assert.equal(countryInName('United Nations Security Force in West New Guinea'), undefined);
  assert.equal(countryInName('United Nations Disengagement Observer Force'), undefined);
});

test('the acronym table decides where the name cannot, numbered missions included', () => {
  assert.deepEqual(deploymentOf('ONUC', 'The United Nations Organization in the Congo')!.iso3, 'COD');
  assert.deepEqual(deploymentOf('UNEF II', 'United Nations Emergency Force II')!.area, ['EGY', 'PSE']);
  assert.equal(deploymentOf('UNAVEM III', 'United Nations Angola Verification Mission III')!.iso3, 'AGO');
  assert.equal(deploymentOf('UNSF', 'United Nations Security Force in West New Guinea')!.iso3, 'IDN');
  assert.equal(deploymentOf('UNTSO', 'United Nations Truce Supervision Organization')!.iso3, null);
  assert.equal(deploymentOf('UNXYZ', 'United Nations Mission in Atlantis'), undefined);
});

test('composite names announce their numbered parts', () => {
  assert.deepEqual(announcedParts('United Nations Operation in Somalia (I & II)'), ['I', 'II']);
  assert.deepEqual(announcedParts('United Nations Emergency Force (I and II)'), ['I', 'II']);
  assert.deepEqual(announcedParts('United Nations Emergency Force II'), []);
  assert.deepEqual(announcedParts('United Nations Mission (Haiti)'), []);
});
