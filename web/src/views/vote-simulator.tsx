// The vote simulator: one card per seat, each set yes / no / abstain / absent with a click; the
// Art. 27 decision (adopted, veto, short of votes) and its explanation update on every change,
// computed by the server's council core (POST /api/council/vote). Elected seats start as the
// actual elected members of the chosen year (DPPA membership, GET /api/council/seats); a state
// that did not sit that year makes the ballot invalid, and the server's error lists the members.
// Where the store holds no membership for the year, any Member State can be chosen.
import { useEffect, useMemo, useState } from 'react';
import { sendJson, useApi } from '../api.ts';
import { Show } from '../components/status.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Cast = 'yes' | 'no' | 'abstain' | 'absent';
const casts: Cast[] = ['yes', 'no', 'abstain', 'absent'];

type Seats = ApiAnswer<'/api/council/seats'>;

export type Decision = ApiAnswer<'/api/council/vote', 'POST'>;

/** The elected members of the Council in 2024 (GA elections of 2022 and 2023), used only until the year's membership is known. */
const elected2024 = ['DZA', 'ECU', 'GUY', 'JPN', 'MLT', 'MOZ', 'KOR', 'SLE', 'SVN', 'CHE'];

interface Seat {
  key: string;
  /** Permanent seat name or ISO3 of the elected member ('' when not chosen). */
  member: string;
  permanent: boolean;
}

/** The ballot as the simulator holds it: year, matter, and each named member's vote. */
export interface SimulatedBallot {
  year: number;
  procedural: boolean;
  chapter: '' | 'VI' | 'VII';
  positions: Record<string, Cast>;
}

export function VoteSimulator({ onBallot }: { onBallot?: (b: SimulatedBallot, d: Decision) => void }) {
  const [year, setYear] = useState(2024);
  const [procedural, setProcedural] = useState(false);
  const [chapter, setChapter] = useState<'' | 'VI' | 'VII'>('VII');
  const seatsInfo = useApi<Seats>(`/api/council/seats?year=${year}`);
  const [elected, setElected] = useState<string[]>(elected2024);
  const [cast, setCast] = useState<Record<string, Cast>>({});
  const [decision, setDecision] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The actual Council of the year: its elected members fill the elected seats (keyed by the
  // members' ids, so that the seats are set once per year and not on every render).
  const electedKey =
    seatsInfo.state === 'ok' && seatsInfo.data.members
      ? seatsInfo.data.members
          .filter((m) => m.seat === 'elected')
          .map((m) => m.iso3)
          .join(',')
      : '';
  useEffect(() => {
    if (electedKey) setElected(electedKey.split(','));
  }, [electedKey]);

  const seats: Seat[] = useMemo(() => {
    if (seatsInfo.state !== 'ok') return [];
    const s = seatsInfo.data;
    return [
      ...s.permanent.map((p) => ({ key: p.seat, member: p.seat, permanent: true })),
      ...Array.from({ length: s.electedSeats }, (_, i) => ({
        key: `e${i}`,
        member: elected[i] ?? '',
        permanent: false,
      })),
    ];
  }, [seatsInfo, elected]);

  useEffect(() => {
    if (seats.length === 0) return;
    const ballot = {
      year,
      yes: [] as string[],
      no: [] as string[],
      abstain: [] as string[],
      absent: [] as string[],
      procedural,
      ...(procedural || !chapter ? {} : { chapter }),
    };
    for (const s of seats) if (s.member) ballot[cast[s.key] ?? 'yes'].push(s.member);
    let live = true;
    sendJson<Decision>('POST', '/api/council/vote', ballot).then(
      (d) => {
        if (!live) return;
        setDecision(d);
        setError(null);
        const positions: Record<string, Cast> = {};
        for (const seat of seats) if (seat.member) positions[seat.member] = cast[seat.key] ?? 'yes';
        onBallot?.({ year, procedural, chapter, positions }, d);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [seats, cast, year, procedural, chapter]);

  return (
    <section aria-labelledby="sim-title">
      <h2 id="sim-title">Vote simulator</h2>
      <p className="lede">
        Set each seat's vote; the decision follows Art. 27 as the Council has applied it since 1946 (a permanent
        member's abstention or absence is not a veto; before 1966 the Council had 11 members and needed 7 votes).
        Elected seats start as the actual elected members of the year (DPPA membership); a state that did not sit on the
        Council that year makes the ballot invalid.
      </p>
      <form className="inline" onSubmit={(e) => e.preventDefault()}>
        <label>
          Year
          <input
            type="number"
            min={1946}
            max={2100}
            value={year}
            onChange={(e) => setYear(Number(e.target.value) || 2024)}
            style={{ width: '6rem' }}
          />
        </label>
        <label>
          Matter
          <select
            value={procedural ? 'procedural' : chapter}
            onChange={(e) => {
              const v = e.target.value;
              setProcedural(v === 'procedural');
              setChapter(v === 'procedural' ? '' : (v as '' | 'VI' | 'VII'));
            }}
          >
            <option value="VII">substantive, Chapter VII</option>
            <option value="VI">substantive, Chapter VI</option>
            <option value="">substantive, other</option>
            <option value="procedural">procedural (Art. 27(2))</option>
          </select>
        </label>
        <button type="button" className="secondary" onClick={() => setCast({})}>
          All yes
        </button>
      </form>
      <Show loaded={seatsInfo} what="the Council's seats">
        {(info) => (
          <div className="seats">
            {seats.map((s, i) => {
              const current = cast[s.key] ?? 'yes';
              const name = s.permanent ? info.permanent.find((p) => p.seat === s.key)!.name : null;
              return (
                <div className="seat" key={s.key} data-seat={s.permanent ? s.key : `elected-${i - 5}`}>
                  <div className="who">
                    {name ? (
                      <span>
                        {name} <small>(permanent)</small>
                      </span>
                    ) : (
                      <select
                        aria-label={`Elected seat ${i - 4}`}
                        value={s.member}
                        onChange={(e) =>
                          setElected((old) => {
                            const next = [...old];
                            next[i - 5] = e.target.value;
                            return next;
                          })
                        }
                      >
                        <option value="">(seat not named: not voting)</option>
                        {!info.eligible.some((c) => c.iso3 === s.member) && s.member ? (
                          <option value={s.member}>
                            {s.member} (not a Member in {info.year})
                          </option>
                        ) : null}
                        {info.eligible.map((c) => (
                          <option key={c.iso3} value={c.iso3}>
                            {c.name}
                            {info.members && !info.members.some((m) => m.iso3 === c.iso3)
                              ? ` (did not sit in ${info.year})`
                              : ''}
                          </option>
                        ))}
                      </select>
                    )}
                  </div>
                  <div className="casts" role="group" aria-label={`Vote of ${name ?? (s.member || 'elected seat')}`}>
                    {casts.map((c) => (
                      <button
                        key={c}
                        type="button"
                        className={c}
                        aria-pressed={current === c}
                        onClick={() => setCast((old) => ({ ...old, [s.key]: c }))}
                      >
                        {c}
                      </button>
                    ))}
                  </div>
                </div>
              );
            })}
          </div>
        )}
      </Show>
      {error ? (
        <p className="failure" role="alert">
          {error}
        </p>
      ) : null}
      {decision ? (
        <div className={`outcome ${decision.reason}`} aria-live="polite" data-testid="vote-outcome">
          <div className="big">
            {decision.reason === 'adopted'
              ? 'Adopted'
              : decision.reason === 'veto'
                ? `Vetoed by ${decision.vetoedBy.join(', ')}`
                : decision.reason === 'invalid'
                  ? 'Invalid ballot'
                  : 'Not adopted'}
          </div>
          <p>{decision.explanation}</p>
          <p className="note">Members checked against {decision.checkedAgainst}.</p>
          <p className="note">
            {decision.count.yes} yes, {decision.count.no} no, {decision.count.abstain} abstaining,{' '}
            {decision.count.absent} absent
            {decision.count.notListed ? `, ${decision.count.notListed} seats not named` : ''}; {decision.threshold} of{' '}
            {decision.councilSize} required. Rules: {decision.rules.join('; ')}.
          </p>
          {decision.errors.length > 0 ? (
            <ul>
              {decision.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
