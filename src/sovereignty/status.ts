// The sovereignty statuses of the registry, in Saxer's typology (DOMAIN.md section 4): from
// Westphalian sovereignty to observer entity, each with what it means for formal sovereignty
// (legal independence, recognition) and material sovereignty (real autonomy, self-government).
// One status lies outside the typology and says so: contested statehood, for a territory that
// governs itself and claims statehood without general recognition (Somaliland; Kosovo after
// supervised independence ended), which Saxer's types do not cover.

export const sovereigntyStatuses = [
  'westphalian',
  'sovereignty-as-responsibility',
  'supervised-sovereignty',
  'international-protectorate',
  'bilateral-protectorate',
  'un-trust-territory',
  'transitional-sovereignty',
  'observer-entity',
  'contested-statehood',
] as const;
export type SovereigntyStatus = (typeof sovereigntyStatuses)[number];

export interface StatusDefinition {
  label: string;
  meaning: string;
  /** False only for contested statehood, which the registry adds to Saxer's types. */
  inSaxerTypology: boolean;
}

export const statusDefinitions: Readonly<Record<SovereigntyStatus, StatusDefinition>> = {
  westphalian: {
    label: 'Westphalian',
    meaning: 'full formal and material sovereignty; non-intervention',
    inSaxerTypology: true,
  },
  'sovereignty-as-responsibility': {
    label: 'sovereignty as responsibility',
    meaning: 'formal sovereignty conditional on protecting the population (R2P)',
    inSaxerTypology: true,
  },
  'supervised-sovereignty': {
    label: 'supervised sovereignty',
    meaning: 'formally sovereign, but an international authority holds fundamental powers (suzerainty)',
    inSaxerTypology: true,
  },
  'international-protectorate': {
    label: 'international protectorate',
    meaning:
      'sovereign or non-sovereign territory under international administration, usually after military intervention',
    inSaxerTypology: true,
  },
  'bilateral-protectorate': {
    label: 'bilateral protectorate',
    meaning: 'protected by treaty with a stronger power',
    inSaxerTypology: true,
  },
  'un-trust-territory': {
    label: 'UN trust territory',
    meaning: 'not sovereign; administered under the Trusteeship Council (suspended 1 November 1994)',
    inSaxerTypology: true,
  },
  'transitional-sovereignty': {
    label: 'transitional sovereignty',
    meaning:
      'formally sovereign but failing; international actors provide public goods and influence decisions after formal sovereignty is restored (subsidiarity)',
    inSaxerTypology: true,
  },
  'observer-entity': {
    label: 'observer entity',
    meaning: 'recognised as an entity with observer status; partial sovereign rights',
    inSaxerTypology: true,
  },
  'contested-statehood': {
    label: 'contested statehood (outside the typology)',
    meaning: "governs itself and claims statehood without general recognition; not one of Saxer's types",
    inSaxerTypology: false,
  },
};
