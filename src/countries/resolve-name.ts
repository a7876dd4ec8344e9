// The country-name resolver: iso3ForName maps a name as OWID, EWP or UCDP write it to the ISO3
// of the reference list, or undefined for aggregates ("World") and unknown names. It matches
// normalised names (name-normalise.ts) against every English spelling world-countries gives,
// the former states' names, and the alias table; a spelling two countries share is dropped
// unless an alias decides it. Organisations (the EU) are not resolved by name.
import { formerEntities } from './historical-states.ts';
import { aggregateNames, nameAliases } from './name-aliases.ts';
import { nameVariants, normaliseName } from './name-normalise.ts';
import { presentEntities } from './world-countries.ts';

interface NameIndex {
  names: Map<string, string>;
  /** Normalised spellings claimed by more than one country (left unresolved). */
  ambiguous: Map<string, Set<string>>;
  aggregates: Set<string>;
}

function buildIndex(): NameIndex {
  const claims = new Map<string, Set<string>>();
  const claim = (name: string, iso3: string) => {
    const key = normaliseName(name);
    if (key === '') return;
    let set = claims.get(key);
    if (!set) claims.set(key, (set = new Set()));
    set.add(iso3);
  };
  for (const p of presentEntities()) for (const s of p.spellings) claim(s, p.iso3);
  for (const f of formerEntities) {
    if (f.kind !== 'historical') continue;
    for (const s of [f.name, f.officialName, ...f.aliases]) claim(s, f.iso3);
  }
  const names = new Map<string, string>();
  const ambiguous = new Map<string, Set<string>>();
  for (const [key, set] of claims) {
    if (set.size === 1) names.set(key, [...set][0]);
    else ambiguous.set(key, set);
  }
  for (const [alias, iso3] of Object.entries(nameAliases)) {
    const key = normaliseName(alias);
    names.set(key, iso3);
    ambiguous.delete(key);
  }
  return { names, ambiguous, aggregates: new Set(aggregateNames.map(normaliseName)) };
}

let built: NameIndex | undefined;
/** The index, built on first use (issue 18: start-up pays nothing for it). */
const nameIndex = (): NameIndex => (built ??= buildIndex());

/** ISO3 of the country a name denotes, or undefined (aggregates, unknown or ambiguous names). */
export function iso3ForName(name: string): string | undefined {
  const variants = nameVariants(name);
  if (variants.length === 0 || nameIndex().aggregates.has(variants[0])) return undefined;
  for (const v of variants) {
    const iso3 = nameIndex().names.get(v);
    if (iso3) return iso3;
  }
  return undefined;
}

/** Normalised spellings that more than one country claims, with the claimants (for tests). */
export function ambiguousSpellings(): ReadonlyMap<string, ReadonlySet<string>> {
  return nameIndex().ambiguous;
}
