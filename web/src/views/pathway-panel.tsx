// The right-authority pathway (ICISS 2001) for the ballot set in the vote simulator: choose the
// state concerned, the crimes alleged and the draft's measures, optionally the expected General
// Assembly votes and a regional organisation; the council core walks Council, Uniting for Peace
// and Chapter VIII and says who, if anyone, gives right authority.
import { useEffect, useMemo, useState } from 'react';
import { sendJson, useApi } from '../api.ts';
import type { SimulatedBallot } from './vote-simulator.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Pathway = ApiAnswer<'/api/council/pathway', 'POST'>;

type Measures = ApiAnswer<'/api/council/measures'>;

const authorityNames: Record<string, string> = {
  'security-council': 'Security Council',
  'general-assembly': 'General Assembly (Uniting for Peace)',
  'regional-organisation': 'Regional organisation (Chapter VIII)',
};

function toggle(list: string[], v: string): string[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export function PathwayPanel({ ballot }: { ballot: SimulatedBallot | null }) {
  const options = useApi<Measures>('/api/council/measures');
  const countries = useApi<ApiAnswer<'/api/countries'>>('/api/countries?kind=state');
  const [state, setState] = useState('SYR');
  const [crimes, setCrimes] = useState<string[]>(['crimes against humanity', 'war crimes']);
  const [measures, setMeasures] = useState<string[]>(['protection-mandate']);
  const [ga, setGa] = useState({ on: true, yes: 100, no: 15, abstain: 45 });
  const [regional, setRegional] = useState({
    on: false,
    name: 'League of Arab States',
    stateIsMember: true,
    willing: true,
  });
  // The answer is kept with the situation it was computed for: while the answer for a changed
  // ballot or form is on its way, the previous one is marked as out of date (aria-busy), never
  // shown as if it concluded on what is now on screen.
  const [result, setResult] = useState<{ key: string; pathway: Pathway } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const situation = useMemo(() => {
    if (!ballot || ballot.procedural) return null;
    return {
      state,
      year: ballot.year,
      crimesAlleged: crimes,
      draftMeasures: measures,
      positions: ballot.positions,
      ...(ga.on ? { generalAssembly: { yes: ga.yes, no: ga.no, abstain: ga.abstain } } : {}),
      ...(regional.on
        ? {
            regionalOrganisation: {
              name: regional.name,
              stateIsMember: regional.stateIsMember,
              willing: regional.willing,
            },
          }
        : {}),
    };
  }, [ballot, state, crimes, measures, ga, regional]);
  const key = situation ? JSON.stringify(situation) : null;

  useEffect(() => {
    if (!key) return;
    let live = true;
    sendJson<Pathway>('POST', '/api/council/pathway', JSON.parse(key)).then(
      (p) => {
        if (live) {
          setResult({ key, pathway: p });
          setError(null);
        }
      },
      (e: Error) => {
        if (live) {
          setResult(null);
          setError(e.message);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  const stale = result !== null && result.key !== key;

  return (
    <section aria-labelledby="pathway-title">
      <h2 id="pathway-title">Right-authority pathway</h2>
      <p className="lede">
        The draft voted on above, for a situation you describe: the Council first (Art. 24, Art. 27), then the General
        Assembly under Uniting for Peace (res. 377 A (V), res. 76/262), then a regional organisation under Chapter VIII
        (Arts. 52–53).
      </p>
      {ballot?.procedural ? (
        <p className="note">Set the matter to a substantive decision to walk the pathway.</p>
      ) : null}
      <form className="inline" onSubmit={(e) => e.preventDefault()}>
        <label>
          State concerned
          <select value={state} onChange={(e) => setState(e.target.value)}>
            {countries.state === 'ok' ? (
              countries.data.map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name}
                </option>
              ))
            ) : (
              <option value={state}>{state}</option>
            )}
          </select>
        </label>
        {options.state === 'ok' ? (
          <>
            <fieldset>
              <legend>Crimes alleged</legend>
              {options.data.crimes.map((c) => (
                <label key={c} style={{ flexDirection: 'row', gap: '.3rem' }}>
                  <input type="checkbox" checked={crimes.includes(c)} onChange={() => setCrimes(toggle(crimes, c))} />
                  {c}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Draft measures</legend>
              {options.data.measures.map((m) => (
                <label key={m.measure} style={{ flexDirection: 'row', gap: '.3rem' }} title={m.source}>
                  <input
                    type="checkbox"
                    checked={measures.includes(m.measure)}
                    onChange={() => setMeasures(toggle(measures, m.measure))}
                  />
                  {m.measure}
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        <fieldset>
          <legend>
            <label style={{ flexDirection: 'row', gap: '.3rem' }}>
              <input type="checkbox" checked={ga.on} onChange={() => setGa({ ...ga, on: !ga.on })} />
              Expected General Assembly vote
            </label>
          </legend>
          {(['yes', 'no', 'abstain'] as const).map((k) => (
            <label key={k}>
              {k}
              <input
                type="number"
                min={0}
                max={193}
                disabled={!ga.on}
                value={ga[k]}
                onChange={(e) => setGa({ ...ga, [k]: Number(e.target.value) })}
                style={{ width: '5rem' }}
              />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>
            <label style={{ flexDirection: 'row', gap: '.3rem' }}>
              <input
                type="checkbox"
                checked={regional.on}
                onChange={() => setRegional({ ...regional, on: !regional.on })}
              />
              Regional organisation
            </label>
          </legend>
          <label>
            name
            <input
              disabled={!regional.on}
              value={regional.name}
              onChange={(e) => setRegional({ ...regional, name: e.target.value })}
            />
          </label>
          <label style={{ flexDirection: 'row', gap: '.3rem' }}>
            <input
              type="checkbox"
              disabled={!regional.on}
              checked={regional.stateIsMember}
              onChange={() => setRegional({ ...regional, stateIsMember: !regional.stateIsMember })}
            />
            state is a member
          </label>
          <label style={{ flexDirection: 'row', gap: '.3rem' }}>
            <input
              type="checkbox"
              disabled={!regional.on}
              checked={regional.willing}
              onChange={() => setRegional({ ...regional, willing: !regional.willing })}
            />
            willing to act
          </label>
        </fieldset>
      </form>
      {error ? (
        <p className="failure" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <div data-testid="pathway" aria-busy={stale} className={stale ? 'stale' : undefined}>
          {stale ? <p className="note">Recomputing for the ballot and situation above…</p> : null}
          <ol>
            {result.pathway.steps.map((s, i) => (
              <li key={i}>
                <strong>{authorityNames[s.authority] ?? s.authority}</strong>: {s.outcome.replace(/-/g, ' ')}
                <ul>
                  {s.findings.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                  {s.rules.map((r) => (
                    <li key={r.rule} className="note">
                      {r.rule} [{r.source}]
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <div className={`outcome ${result.pathway.authority ? 'adopted' : 'veto'}`}>
            <strong>Conclusion:</strong> {result.pathway.conclusion}
          </div>
          {result.pathway.notes.map((n) => (
            <p key={n} className="note">
              {n}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
