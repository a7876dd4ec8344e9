// The ICC jurisdiction panel of the case workbench: for the case's situation (its state, the
// crimes alleged, from when), whether the International Criminal Court has jurisdiction and on
// which basis - Art. 12(2)(a), 12(2)(b), 12(3), 13(b) - or why not, with the sources, from
// GET /api/icc/jurisdiction (the rule of src/sovereignty/icc.ts over the seeded participation
// data). The analyst may change the date of the conduct, the accused's nationality and the
// region (a referral may cover a region only: Darfur, not South Kordofan).
import { useState } from 'react';
import { useApi } from '../api.ts';
import { Show } from '../components/status.tsx';

interface Citation {
  citation: string;
  date: string;
  supports: string;
  url?: string;
}
interface JurisdictionAnswer {
  question: {
    territory: string;
    territoryName: string;
    region: string | null;
    nationality: string;
    nationalityName: string;
    date: string;
    crime: string | null;
  };
  jurisdiction: boolean;
  basis: string[];
  reasons: string[];
  sources: Citation[];
}

export interface IccSituation {
  iso3: string;
  crimesAlleged: string[];
  since: string;
}

function query(s: {
  territory: string;
  nationality: string;
  date: string;
  region: string;
  crime: string | null;
}): string {
  const p = new URLSearchParams({ territory: s.territory, nationality: s.nationality, date: s.date });
  if (s.region.trim()) p.set('region', s.region.trim());
  if (s.crime) p.set('crime', s.crime);
  return `/api/icc/jurisdiction?${p.toString()}`;
}

function Finding({ path, crime }: { path: string; crime: string | null }) {
  const a = useApi<JurisdictionAnswer>(path);
  return (
    <Show loaded={a} what="the ICC jurisdiction finding">
      {(f) => (
        <div className="icc-finding" data-testid={`icc-${crime ?? 'any'}`}>
          <p>
            <strong>{crime ? crime.replace(/-/g, ' ') : 'any crime'}:</strong>{' '}
            <span data-testid="icc-answer">
              {f.jurisdiction ? `jurisdiction - ${f.basis.join(', ')}` : 'no jurisdiction'}
            </span>
          </p>
          <ul>
            {f.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
          <details>
            <summary>Sources ({f.sources.length})</summary>
            <ul>
              {f.sources.map((s, i) => (
                <li key={i}>
                  {s.url ? <a href={s.url}>{s.citation}</a> : s.citation}, {s.date} ({s.supports})
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </Show>
  );
}

export function IccPanel({ situation }: { situation: IccSituation }) {
  const [form, setForm] = useState({ date: situation.since, nationality: situation.iso3, region: '' });
  const [asked, setAsked] = useState(form);
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(form.date);
  const nationalityOk = /^[A-Za-z]{3}$/.test(form.nationality.trim());
  const crimes = situation.crimesAlleged.length > 0 ? situation.crimesAlleged : [null];
  return (
    <section aria-labelledby="icc-title">
      <h2 id="icc-title">ICC jurisdiction</h2>
      <p className="note">
        Whether the International Criminal Court has jurisdiction over conduct in {situation.iso3}, for each crime
        alleged, from the Rome Statute participation data (parties, withdrawals, Art. 12(3) and 124 declarations,
        Security Council referrals), each with its source.
      </p>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (dateOk && nationalityOk) setAsked({ ...form, nationality: form.nationality.trim().toUpperCase() });
        }}
      >
        <label>
          Date of the conduct
          <input
            type="date"
            value={form.date}
            onChange={(x) => setForm({ ...form, date: x.target.value })}
            aria-invalid={!dateOk}
            aria-describedby="icc-date-help"
          />
        </label>
        {!dateOk ? (
          <span className="field-error" id="icc-date-help" role="alert">
            Give the day of the conduct (YYYY-MM-DD).
          </span>
        ) : null}
        <label>
          Nationality of the accused (ISO3)
          <input
            value={form.nationality}
            onChange={(x) => setForm({ ...form, nationality: x.target.value })}
            size={4}
            aria-invalid={!nationalityOk}
            aria-describedby="icc-nationality-help"
          />
        </label>
        {!nationalityOk ? (
          <span className="field-error" id="icc-nationality-help" role="alert">
            A three-letter country code, such as SDN.
          </span>
        ) : null}
        <label>
          Region (optional)
          <input
            value={form.region}
            onChange={(x) => setForm({ ...form, region: x.target.value })}
            size={16}
            placeholder="e.g. Darfur"
          />
        </label>
        <button type="submit" disabled={!dateOk || !nationalityOk}>
          Check jurisdiction
        </button>
      </form>
      {crimes.map((crime) => (
        <Finding
          key={crime ?? 'any'}
          crime={crime}
          path={query({
            territory: situation.iso3,
            nationality: asked.nationality,
            date: asked.date,
            region: asked.region,
            crime,
          })}
        />
      ))}
    </section>
  );
}
