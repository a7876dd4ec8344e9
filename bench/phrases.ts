// The 20 phrases the search and norms benchmarks time: the vocabulary of the source papers
// (Charter, R2P, human security, Krause's optics).
export const benchPhrases = [
  'responsibility to protect',
  'human security',
  'humanitarian intervention',
  'international peace and security',
  'threat to the peace',
  'ethnic cleansing',
  'crimes against humanity',
  'genocide',
  'sovereignty',
  'peacekeeping operations',
  'self-determination',
  'collective security',
  'protection of civilians',
  'war crimes',
  'non-interference in the internal affairs',
  'early warning',
  'rule of law',
  'weapons of mass destruction',
  'nuclear disarmament',
  'climate change',
];
