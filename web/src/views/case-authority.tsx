// Right authority of a proposed response (ICISS 2001; docs/cases.md "Right authority"): a guided
// form for the pathway situation the council core's engine walks (src/cases/right-authority.ts):
// the draft's measures, the expected vote of each member of the Council of that year (the members
// read from the DPPA membership, GET /api/council/members, or typed when it is not imported), the
// General Assembly's expected vote and a regional organisation, each optional where the engine
// allows it. The state and the crimes are the case's own; the uncommon fields (parties, host
// consent, chapter) are left to the engine's defaults. Saved through
// POST /api/cases/:id/responses/:response/authority; refusals in words beside the form.
import { useEffect, useState } from 'react';
import { getJson, useApi } from '../api.ts';
import { CaseChange } from './case-change.tsx';
import type { CaseAnswer } from '../../../src/server/api/cases.ts';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Measures = ApiAnswer<'/api/council/measures'>;
/** GET /api/council/members (src/server/routes/council-members.ts). */
type Members = { year: number; iso3: string; name: string; seat: 'permanent' | 'elected' }[];
const casts = ['yes', 'no', 'abstain', 'absent'] as const;

interface Recorded {
  year?: number;
  draftMeasures?: string[];
  positions?: Record<string, string>;
  generalAssembly?: { yes: number; no: number; abstain: number } | null;
  regionalOrganisation?: { name: string; stateIsMember: boolean; willing: boolean } | null;
}

function toggle(list: string[], v: string): string[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export function RightAuthorityForm({ k, onSaved }: { k: CaseAnswer; onSaved: () => void }) {
  const [response, setResponse] = useState(k.document.responses[0]?.id ?? 'r1');
  const recorded = (k.document.responses.find((r) => r.id === response) as { authority?: Recorded } | undefined)
    ?.authority;
  const sinceYear = Number(k.document.situation.since.slice(0, 4));
  const [year, setYear] = useState<number>(recorded?.year ?? sinceYear);
  const [measures, setMeasures] = useState<string[]>(recorded?.draftMeasures ?? []);
  const [positions, setPositions] = useState<Record<string, string>>(recorded?.positions ?? {});
  const [membersText, setMembersText] = useState(Object.keys(recorded?.positions ?? {}).join(', '));
  const [membersNote, setMembersNote] = useState<string | null>(null);
  const [ga, setGa] = useState({
    on: Boolean(recorded?.generalAssembly),
    yes: recorded?.generalAssembly?.yes ?? 0,
    no: recorded?.generalAssembly?.no ?? 0,
    abstain: recorded?.generalAssembly?.abstain ?? 0,
  });
  const [regional, setRegional] = useState({
    on: Boolean(recorded?.regionalOrganisation),
    name: recorded?.regionalOrganisation?.name ?? '',
    stateIsMember: recorded?.regionalOrganisation?.stateIsMember ?? true,
    willing: recorded?.regionalOrganisation?.willing ?? true,
  });
  const options = useApi<Measures>('/api/council/measures');

  // The Council of that year, from the DPPA membership when it is in the store.
  useEffect(() => {
    if (!Number.isInteger(year) || year < 1946 || year > 2100) return;
    let live = true;
    getJson<Members>(`/api/council/members?year=${year}`).then(
      (rows) => {
        if (!live) return;
        setMembersText(rows.map((r) => r.iso3).join(', '));
        setMembersNote(`The ${rows.length} members of the Security Council in ${year} (DPPA membership).`);
      },
      () => {
        if (live)
          setMembersNote(
            `The Council's membership for ${year} is not in the store: type the members (ISO3 codes, separated by commas).`,
          );
      },
    );
    return () => {
      live = false;
    };
  }, [year]);

  const members = membersText
    .split(/[,\s]+/)
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean);
  const situation = () => ({
    state: k.document.situation.iso3,
    year,
    crimesAlleged: k.document.situation.crimesAlleged.map((c) => c.replace(/-/g, ' ')),
    draftMeasures: measures,
    positions: Object.fromEntries(members.map((m) => [m, positions[m] ?? 'yes'])),
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
  });

  return (
    <>
      <h3>Right authority: the pathway situation</h3>
      <p className="note">
        Right authority is not judged: the Council's pathway engine computes it from the situation set here - the
        draft's measures, the expected vote of each member of the Council that year, the General Assembly's vote
        (Uniting for Peace) and a regional organisation (Chapter VIII). State: {k.document.situation.iso3}; crimes: the
        case's.
      </p>
      <CaseChange
        url={`/api/cases/${k.summary.id}/responses/${response}/authority`}
        basedOn={k.summary.currentVersion}
        label="Record the pathway situation"
        onSaved={onSaved}
        build={() => ({ situation: situation() })}
      >
        <label>
          Response
          <select value={response} onChange={(e) => setResponse(e.target.value)}>
            {k.document.responses.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Year of the Council vote
          <input
            type="number"
            required
            min={1946}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            style={{ width: '6rem' }}
          />
        </label>
        <fieldset data-testid="authority-measures">
          <legend>Draft measures (at least one)</legend>
          {options.state === 'ok'
            ? options.data.measures.map((m, i) => (
                <label key={m.measure} style={{ flexDirection: 'row', gap: '.3rem' }} title={m.source}>
                  <input
                    type="checkbox"
                    checked={measures.includes(m.measure)}
                    onChange={() => setMeasures(toggle(measures, m.measure))}
                    ref={
                      i === 0
                        ? (el) =>
                            el?.setCustomValidity(
                              measures.length === 0 ? 'Choose at least one measure the draft would decide.' : '',
                            )
                        : undefined
                    }
                  />
                  {m.measure.replace(/-/g, ' ')}
                </label>
              ))
            : null}
        </fieldset>
        <fieldset data-testid="authority-positions">
          <legend>Expected votes in the Council of {year}</legend>
          {membersNote ? <p className="note">{membersNote}</p> : null}
          <label>
            Members
            <input
              value={membersText}
              onChange={(e) => setMembersText(e.target.value)}
              size={40}
              placeholder="e.g. USA, GBR, FRA, RUS, CHN, ..."
            />
          </label>
          {members.map((m) => (
            <label key={m}>
              {m}
              <select
                aria-label={`Vote of ${m}`}
                value={positions[m] ?? 'yes'}
                onChange={(e) => setPositions({ ...positions, [m]: e.target.value })}
              >
                {casts.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>
            <label style={{ flexDirection: 'row', gap: '.3rem' }}>
              <input type="checkbox" checked={ga.on} onChange={() => setGa({ ...ga, on: !ga.on })} />
              Expected General Assembly vote (optional)
            </label>
          </legend>
          {(['yes', 'no', 'abstain'] as const).map((key) => (
            <label key={key}>
              Assembly {key}
              <input
                type="number"
                min={0}
                max={193}
                disabled={!ga.on}
                value={ga[key]}
                onChange={(e) => setGa({ ...ga, [key]: Number(e.target.value) })}
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
              Regional organisation (optional)
            </label>
          </legend>
          <label>
            Organisation
            <input
              disabled={!regional.on}
              required={regional.on}
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
            the state is a member
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
      </CaseChange>
    </>
  );
}
