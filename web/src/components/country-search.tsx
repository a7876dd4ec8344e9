// Country search in the header of every page (issue 15 item 4): a name or ISO3 code typed (with
// suggestions from Concord's reference list, so countries outside EWP's list are reachable too)
// opens the country's page. Exact ISO3 first, then an exact name, then the one name that
// contains what was typed; several matches are listed instead of guessing.
import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api.ts';
import { Link, navigate } from '../router.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Country = ApiAnswer<'/api/countries'>[number];

/** The countries the words could mean: one when it is clear. */
export function findCountries(all: readonly Country[], typed: string): Country[] {
  const q = typed.trim();
  if (q === '') return [];
  const code = /\(([A-Za-z]{3})\)\s*$/.exec(q)?.[1] ?? (/^[A-Za-z]{3}$/.test(q) ? q : undefined);
  if (code) {
    const hit = all.find((c) => c.iso3 === code.toUpperCase());
    if (hit) return [hit];
  }
  const folded = fold(q.replace(/\s*\([A-Za-z]{3}\)\s*$/, ''));
  const exact = all.filter((c) => fold(c.name) === folded);
  if (exact.length > 0) return exact;
  const current = (cs: Country[]) => {
    const present = cs.filter((c) => c.kind !== 'historical');
    return present.length > 0 ? present : cs;
  };
  const starts = all.filter((c) => fold(c.name).startsWith(folded));
  if (starts.length > 0) return current(starts);
  return current(all.filter((c) => fold(c.name).includes(folded)));
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function CountrySearch() {
  const list = useApi<Country[]>('/api/countries');
  const id = useId();
  const [typed, setTyped] = useState('');
  const [choices, setChoices] = useState<Country[] | null>(null);
  const all = list.state === 'ok' ? list.data : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = findCountries(all, typed);
    if (found.length === 1) {
      setChoices(null);
      setTyped('');
      navigate(`/country/${found[0].iso3}`);
    } else setChoices(found);
  };
  return (
    <div className="country-search">
      <form onSubmit={submit} role="search" aria-label="Country search">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Country (name or ISO3 code)
        </label>
        <input
          id={`${id}-q`}
          type="search"
          list={`${id}-list`}
          placeholder="Country or ISO3"
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setChoices(null);
          }}
          size={18}
          data-testid="country-search"
        />
        <datalist id={`${id}-list`}>
          {all
            .filter((c) => c.kind !== 'historical')
            .map((c) => (
              <option key={c.iso3} value={`${c.name} (${c.iso3})`} />
            ))}
        </datalist>
        <button type="submit" className="secondary">
          Go
        </button>
      </form>
      {choices ? (
        <div className="search-choices" role="status">
          {choices.length === 0 ? (
            <span>No country matches “{typed}”.</span>
          ) : (
            <>
              <span>{choices.length} countries match: </span>
              {choices.slice(0, 8).map((c) => (
                <Link key={c.iso3} href={`/country/${c.iso3}`} onClick={() => setChoices(null)}>
                  {c.name} ({c.iso3}){' '}
                </Link>
              ))}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
