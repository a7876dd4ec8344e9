// The one link to a country's page (issue 15, item 4: links everywhere a country is named — veto
// topics, KWIC speeches, cases, operations, the ranked list). It names the country from Concord's
// reference list (GET /api/countries, fetched once for the whole app and shared by every link) and
// links only codes the list knows: a code without a page (none in the list) stays plain text.
import { type ReactNode, useEffect, useState } from 'react';
import { getJson } from '../api.ts';
import { Link } from '../router.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Country = ApiAnswer<'/api/countries'>[number];

let names: Promise<ReadonlyMap<string, string>> | undefined;
let known: ReadonlyMap<string, string> | undefined;

/** ISO3 -> name of every entry of the reference list, loaded once (again after a failure). */
function countryNames(): Promise<ReadonlyMap<string, string>> {
  names ??= getJson<Country[]>('/api/countries').then(
    (all) => (known = new Map(all.map((c) => [c.iso3, c.name]))),
    (e: Error) => {
      names = undefined;
      throw e;
    },
  );
  return names;
}

/** The reference list's names, or undefined while they load. */
export function useCountryNames(): ReadonlyMap<string, string> | undefined {
  const [map, setMap] = useState(known);
  useEffect(() => {
    if (map) return;
    let live = true;
    countryNames().then(
      (m) => live && setMap(m),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [map]);
  return map;
}

/**
 * A link to the country page of `iso3`, showing `children`, else the country's name (the code
 * while the list loads); a code the reference list does not know is shown without a link.
 */
export function CountryLink({ iso3, children }: { iso3: string; children?: ReactNode }) {
  const all = useCountryNames();
  const code = iso3.toUpperCase();
  const name = all?.get(code);
  if (all && name === undefined) return <span title={`${code}: no country page`}>{children ?? code}</span>;
  return (
    <Link href={`/country/${code}`} title={name ? `${name}: country page` : undefined} data-country-link={code}>
      {children ?? name ?? code}
    </Link>
  );
}
