// One case in the workbench: the situation and its version, the Framework of Analysis assessment
// (each factor's rating, indicators and evidence, and the form that changes one), the ICISS
// criteria of each proposed response, the ledger of measures with the warning-action gap, the
// version history with the differences between two versions, and the report export.
import { useState } from 'react';
import { useApi } from '../api.ts';
import { CountryLink } from '../components/country-link.tsx';
import { LabelledSelect } from '../components/labelled-select.tsx';
import { Show } from '../components/status.tsx';
import { Link } from '../router.tsx';
import { RightAuthorityForm } from './case-authority.tsx';
import { CaseChange } from './case-change.tsx';
import { IccPanel } from './icc-panel.tsx';
import type {
  CaseAnswer,
  CaseHistory as History,
  CaseVocabulary as Vocabulary,
} from '../../../src/server/api/cases.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function CaseView({ id }: { id: string }) {
  const [reload, setReload] = useState(0);
  const c = useApi<CaseAnswer>(`/api/cases/${id}${reload ? `?r=${reload}` : ''}`);
  const vocabulary = useApi<Vocabulary>('/api/cases/vocabulary');
  const saved = () => setReload(reload + 1);
  return (
    <Show loaded={c} what="the case">
      {(k) => (
        <article>
          <p>
            <Link href="/cases">All cases</Link>
          </p>
          <h1>{k.document.situation.title}</h1>
          <dl className="facts">
            <dt>Country</dt>
            <dd>
              <CountryLink iso3={k.document.situation.iso3} /> ({k.document.situation.iso3} ·{' '}
              <Link href={`/brief/${k.document.situation.iso3}`}>country brief</Link>)
            </dd>
            <dt>Status</dt>
            <dd>{k.document.situation.statusHistory.map((s) => `${s.status} from ${s.from}`).join('; ')}</dd>
            <dt>Populations at risk</dt>
            <dd>{k.document.situation.populationsAtRisk.join('; ')}</dd>
            <dt>Crimes alleged</dt>
            <dd>{k.document.situation.crimesAlleged.join(', ') || 'none stated'}</dd>
            <dt>Since</dt>
            <dd>
              {k.document.situation.since}
              {k.document.situation.until ? ` until ${k.document.situation.until}` : ''}
            </dd>
            <dt>Version</dt>
            <dd data-testid="case-version">
              {k.version.version} of {k.summary.currentVersion}, by {k.version.author} on{' '}
              {k.version.recordedAt.replace('T', ' ').slice(0, 16)}: {k.version.reason}
            </dd>
            <dt>Export</dt>
            <dd>
              <a href={`/api/cases/${id}/export?as=html`} download>
                assessment report (HTML)
              </a>{' '}
              ·{' '}
              <a href={`/api/cases/${id}/export?as=md`} download>
                Markdown
              </a>{' '}
              ·{' '}
              <a href={`/api/cases/${id}/export?as=json`} download>
                JSON, every version
              </a>
            </dd>
          </dl>
          {vocabulary.state === 'ok' ? (
            <>
              <AssessmentPanel k={k} v={vocabulary.data} onSaved={saved} />
              <IcissPanel k={k} v={vocabulary.data} onSaved={saved} />
              <LedgerPanel k={k} v={vocabulary.data} onSaved={saved} />
            </>
          ) : null}
          <IccPanel situation={k.document.situation} />
          <HistoryPanel id={id} current={k.summary.currentVersion} />
        </article>
      )}
    </Show>
  );
}

type EvidenceForm = { source: string; date: string; quote: string; note: string };
const noEvidence: EvidenceForm = { source: '', date: '', quote: '', note: '' };

/** An evidence item: optional as a whole, but an item given needs its source, its date and a quote or a note (the case schema). */
function EvidenceFields({ e, set }: { e: EvidenceForm; set: (e: EvidenceForm) => void }) {
  const any = Boolean(e.source || e.date || e.quote || e.note);
  return (
    <fieldset>
      <legend>Evidence (optional; an item needs its source, its date and a quote or a note)</legend>
      <label>
        Source
        <input required={any} value={e.source} onChange={(x) => set({ ...e, source: x.target.value })} size={22} />
      </label>
      <label>
        Date
        <input required={any} type="date" value={e.date} onChange={(x) => set({ ...e, date: x.target.value })} />
      </label>
      <label>
        Quote
        <input
          required={any && !e.note}
          value={e.quote}
          onChange={(x) => set({ ...e, quote: x.target.value })}
          size={26}
        />
      </label>
      <label>
        Evidence note
        <input
          required={any && !e.quote}
          value={e.note}
          onChange={(x) => set({ ...e, note: x.target.value })}
          size={20}
        />
      </label>
    </fieldset>
  );
}

const evidenceOf = (e: EvidenceForm) =>
  e.source || e.date || e.quote || e.note
    ? { evidence: { source: e.source, date: e.date, quote: e.quote || undefined, note: e.note || undefined } }
    : {};

type Factor = CaseAnswer['document']['assessments'][number]['factors'][number];
const unconfirmed = (f: Factor) =>
  (f.origin === 'machine' && f.confirmedBy === null) ||
  f.evidence.some((e) => e.origin === 'machine' && e.confirmedBy === null);

/** Pre-fill an assessment from data, and confirm or reject each factor's machine suggestions. */
function SuggestionsPanel({ k, date, onSaved }: { k: CaseAnswer; date: string; onSaved: () => void }) {
  const shown = k.document.assessments.find((a) => a.date === date);
  const pending = shown?.factors.filter(unconfirmed) ?? [];
  const [factors, setFactors] = useState<number[]>([]);
  const [decision, setDecision] = useState<'confirm' | 'reject'>('confirm');
  const chosen = factors.filter((f) => pending.some((p) => p.factor === f));
  return (
    <>
      <h3>Suggestions from data</h3>
      <CaseChange
        url={`/api/cases/${k.summary.id}/suggestions`}
        basedOn={k.summary.currentVersion}
        label="Pre-fill from data"
        onSaved={onSaved}
        build={() => ({ date })}
      >
        <span className="note">
          The country's factor evidence for {date.slice(0, 4)} (UCDP, EWP/V-Dem, WDI, UN IGME, coups, OWID), added to
          the assessment of {date} as machine suggestions; no rating is suggested.
        </span>
      </CaseChange>
      {pending.length ? (
        <CaseChange
          url={`/api/cases/${k.summary.id}/suggestions/review`}
          basedOn={k.summary.currentVersion}
          label="Review suggestions"
          onSaved={() => {
            setFactors([]);
            onSaved();
          }}
          build={() => ({ date, factors: chosen, decision })}
        >
          <fieldset data-testid="suggested-factors">
            <legend>Factors with suggestions not yet confirmed</legend>
            {pending.map((f, i) => (
              <label key={f.factor} style={{ flexDirection: 'row', gap: '.3rem' }}>
                <input
                  type="checkbox"
                  checked={chosen.includes(f.factor)}
                  onChange={() =>
                    setFactors(chosen.includes(f.factor) ? chosen.filter((x) => x !== f.factor) : [...chosen, f.factor])
                  }
                  ref={
                    i === 0
                      ? (el) =>
                          el?.setCustomValidity(chosen.length === 0 ? 'Choose the factors to confirm or reject.' : '')
                      : undefined
                  }
                />
                factor {f.factor}
              </label>
            ))}
          </fieldset>
          <LabelledSelect
            label="Decision"
            value={decision}
            options={['confirm', 'reject'] as const}
            onChange={(d) => setDecision(d as 'confirm' | 'reject')}
            optionLabel={(d) => (d === 'confirm' ? 'confirm (keep under my name)' : 'reject (remove)')}
          />
        </CaseChange>
      ) : (
        <p className="note">No suggestion awaits confirmation in the assessment of {date}.</p>
      )}
    </>
  );
}

function AssessmentPanel({ k, v, onSaved }: { k: CaseAnswer; v: Vocabulary; onSaved: () => void }) {
  const latest = k.document.assessments[k.document.assessments.length - 1];
  const [date, setDate] = useState(latest?.date ?? today());
  const shown = k.document.assessments.find((a) => a.date === date) ?? latest;
  const [form, setForm] = useState({ factor: 1, rating: 'unknown', indicators: '', note: '' });
  const [ev, setEv] = useState<EvidenceForm>(noEvidence);
  return (
    <section aria-labelledby="assess-title">
      <h2 id="assess-title">Framework of Analysis assessment</h2>
      <p className="note">
        {k.document.assessments.length
          ? `Assessments dated ${k.document.assessments.map((a) => a.date).join(', ')}; shown: ${shown?.date}.`
          : 'No assessment yet: rate a factor below to start one.'}
      </p>
      {shown ? (
        <table>
          <caption>Risk factors at {shown.date}</caption>
          <thead>
            <tr>
              <th scope="col">factor</th>
              <th scope="col">rating</th>
              <th scope="col">indicators</th>
              <th scope="col">evidence</th>
              <th scope="col">note</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.factors.map((f) => (
              <tr key={f.factor}>
                <td>
                  {f.factor}. {v.factorNames[String(f.factor)]}
                </td>
                <td>
                  <strong>{f.rating}</strong>
                  {f.origin === 'machine' ? <small> (suggested)</small> : null}
                </td>
                <td>{f.indicators.join(', ')}</td>
                <td>
                  {f.evidence
                    .map(
                      (e) =>
                        `${e.source} (${e.date})${e.quote ? `: “${e.quote}”` : e.note ? `: ${e.note}` : ''}${
                          e.origin === 'machine'
                            ? e.confirmedBy
                              ? ` [suggested, confirmed by ${e.confirmedBy}]`
                              : ' [suggested]'
                            : ''
                        }`,
                    )
                    .join('; ')}
                </td>
                <td>{f.note}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      setForm({
                        factor: f.factor,
                        rating: f.rating,
                        indicators: f.indicators.join(', '),
                        note: f.note ?? '',
                      })
                    }
                  >
                    edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>Rate a factor</h3>
      <CaseChange
        url={`/api/cases/${k.summary.id}/assessment`}
        basedOn={k.summary.currentVersion}
        label="Save rating"
        onSaved={onSaved}
        build={() => ({
          date,
          factor: form.factor,
          rating: form.rating,
          indicators: form.indicators
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          ...(form.note ? { note: form.note } : {}),
          ...evidenceOf(ev),
        })}
      >
        <label>
          Assessment date
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <LabelledSelect
          label="Factor"
          value={form.factor}
          options={v.factors}
          onChange={(n) => setForm({ ...form, factor: Number(n) })}
          optionLabel={(n) => `${n}. ${v.factorNames[String(n)]}`}
        />
        <LabelledSelect
          label="Rating"
          value={form.rating}
          options={v.ratings}
          onChange={(r) => setForm({ ...form, rating: r })}
        />
        <label>
          Indicators present
          <input
            value={form.indicators}
            onChange={(e) => setForm({ ...form, indicators: e.target.value })}
            placeholder="e.g. 10.1, 10.3"
            size={12}
          />
        </label>
        <label>
          Note
          <input value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} size={20} />
        </label>
        <EvidenceFields e={ev} set={setEv} />
      </CaseChange>
      <SuggestionsPanel k={k} date={date} onSaved={onSaved} />
    </section>
  );
}

/** The R2P pillar and the responsibility of a proposed response or a measure (the same two selects in both forms). */
function PillarAndResponsibility<T extends { pillar: string; responsibility: string }>({
  v,
  value,
  set,
}: {
  v: Vocabulary;
  value: T;
  set: (value: T) => void;
}) {
  return (
    <>
      <LabelledSelect
        label="Pillar"
        value={value.pillar}
        options={v.pillars}
        onChange={(p) => set({ ...value, pillar: p })}
      />
      <LabelledSelect
        label="Responsibility"
        value={value.responsibility}
        options={v.responsibilities}
        onChange={(p) => set({ ...value, responsibility: p })}
      />
    </>
  );
}

function IcissPanel({ k, v, onSaved }: { k: CaseAnswer; v: Vocabulary; onSaved: () => void }) {
  const [proposal, setProposal] = useState({
    description: '',
    pillar: 'III',
    responsibility: 'react',
    military: false,
  });
  const [judge, setJudge] = useState({
    response: k.document.responses[0]?.id ?? 'r1',
    criterion: 'just-cause',
    judgement: 'met',
    reasoning: '',
  });
  const [ev, setEv] = useState<EvidenceForm>(noEvidence);
  const [jc, setJc] = useState<{ thresholds: string[]; harm: string }>({ thresholds: [], harm: '' });
  const justCause = judge.criterion === 'just-cause';
  const jcMet = justCause && judge.judgement === 'met';
  const justCauseFields = justCause ? { thresholds: jc.thresholds, harm: jc.harm === '' ? null : jc.harm } : {};
  return (
    <section aria-labelledby="iciss-title">
      <h2 id="iciss-title">ICISS criteria</h2>
      {k.document.responses.length === 0 ? <p>No response proposed yet.</p> : null}
      {k.document.responses.map((r) => {
        const ev = k.evaluations.find((e) => e.response === r.id);
        return (
          <div key={r.id}>
            <h3>
              {r.id}: {r.description}{' '}
              <small>
                (Pillar {r.pillar}, {r.responsibility}
                {r.military ? ', military' : ''})
              </small>
            </h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">criterion</th>
                  <th scope="col">finding</th>
                  <th scope="col">why</th>
                </tr>
              </thead>
              <tbody>
                {ev?.findings.map((f) => (
                  <tr key={f.criterion}>
                    <td>{f.criterion}</td>
                    <td>
                      <strong>{f.status}</strong>
                    </td>
                    <td>{f.reasons.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <h3>Propose a response</h3>
      <CaseChange
        url={`/api/cases/${k.summary.id}/responses`}
        basedOn={k.summary.currentVersion}
        label="Propose"
        onSaved={onSaved}
        build={() => proposal}
      >
        <label>
          Description
          <input
            required
            value={proposal.description}
            onChange={(e) => setProposal({ ...proposal, description: e.target.value })}
            size={26}
          />
        </label>
        <PillarAndResponsibility v={v} value={proposal} set={setProposal} />
        <label style={{ flexDirection: 'row', gap: '.3rem' }}>
          <input
            type="checkbox"
            checked={proposal.military}
            onChange={() => setProposal({ ...proposal, military: !proposal.military })}
          />
          military force
        </label>
      </CaseChange>
      {k.document.responses.length > 0 ? (
        <>
          <h3>Judge a criterion</h3>
          <CaseChange
            url={`/api/cases/${k.summary.id}/responses/${judge.response}/criteria`}
            basedOn={k.summary.currentVersion}
            label="Record judgement"
            onSaved={onSaved}
            build={() => ({
              criterion: judge.criterion,
              judgement: judge.judgement,
              reasoning: judge.reasoning,
              ...justCauseFields,
              ...evidenceOf(ev),
            })}
          >
            <LabelledSelect
              label="Response"
              value={judge.response}
              options={k.document.responses}
              onChange={(r) => setJudge({ ...judge, response: r })}
              optionValue={(r) => r.id}
            />
            <LabelledSelect
              label="Criterion"
              value={judge.criterion}
              options={v.criteria}
              onChange={(c) => setJudge({ ...judge, criterion: c })}
              optionValue={(c) => c.criterion}
              optionLabel={(c) => c.label}
              optionTitle={(c) => c.question}
            />
            <LabelledSelect
              label="Judgement"
              value={judge.judgement}
              options={v.judgements}
              onChange={(j) => setJudge({ ...judge, judgement: j })}
            />
            <label>
              Reasoning
              <input
                required
                value={judge.reasoning}
                onChange={(e) => setJudge({ ...judge, reasoning: e.target.value })}
                size={26}
              />
            </label>
            {justCause ? (
              <fieldset data-testid="just-cause-fields">
                <legend>Just cause: the harm{jcMet ? ' (required when met)' : ''}</legend>
                {v.thresholds.map((t, i) => (
                  <label key={t} style={{ flexDirection: 'row', gap: '.3rem' }}>
                    <input
                      type="checkbox"
                      checked={jc.thresholds.includes(t)}
                      onChange={() =>
                        setJc({
                          ...jc,
                          thresholds: jc.thresholds.includes(t)
                            ? jc.thresholds.filter((x) => x !== t)
                            : [...jc.thresholds, t],
                        })
                      }
                      ref={
                        i === 0
                          ? (el) =>
                              el?.setCustomValidity(
                                jcMet && jc.thresholds.length === 0
                                  ? 'Say which threshold the harm reaches: large-scale loss of life or large-scale ethnic cleansing.'
                                  : '',
                              )
                          : undefined
                      }
                    />
                    {t.replace(/-/g, ' ').replace('ethnic cleansing', '"ethnic cleansing"')}
                  </label>
                ))}
                {(['actual', 'apprehended'] as const).map((h) => (
                  <label key={h} style={{ flexDirection: 'row', gap: '.3rem' }}>
                    <input
                      type="radio"
                      name="harm"
                      value={h}
                      checked={jc.harm === h}
                      onChange={() => setJc({ ...jc, harm: h })}
                      required={jcMet}
                    />
                    {h}
                  </label>
                ))}
              </fieldset>
            ) : null}
            <EvidenceFields e={ev} set={setEv} />
          </CaseChange>
          <RightAuthorityForm k={k} onSaved={onSaved} />
        </>
      ) : null}
    </section>
  );
}

function LedgerPanel({ k, v, onSaved }: { k: CaseAnswer; v: Vocabulary; onSaved: () => void }) {
  const [m, setM] = useState({ pillar: 'II', responsibility: 'prevent', description: '', actor: '', date: '' });
  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">Response ledger</h2>
      {k.document.ledger.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">id</th>
              <th scope="col">date</th>
              <th scope="col">pillar</th>
              <th scope="col">responsibility</th>
              <th scope="col">measure</th>
              <th scope="col">actor</th>
              <th scope="col">outcome</th>
            </tr>
          </thead>
          <tbody>
            {k.document.ledger.map((x) => (
              <tr key={x.id}>
                <td>{x.id}</td>
                <td>{x.date}</td>
                <td>{x.pillar}</td>
                <td>{x.responsibility}</td>
                <td>{x.description}</td>
                <td>{x.actor}</td>
                <td>{x.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No measure recorded yet.</p>
      )}
      <p className="note">
        {k.gap.warning
          ? `First warning ${k.gap.warning.date}; `
          : 'No warning yet (a factor rated high or a status of imminent risk or worse); '}
        {Object.entries(k.gap.byPillar)
          .map(([p, g]) => `Pillar ${p}: ${g ? `${g.measure} after ${g.days} days` : 'no measure since'}`)
          .join('; ')}
        .
      </p>
      <CaseChange
        url={`/api/cases/${k.summary.id}/ledger`}
        basedOn={k.summary.currentVersion}
        label="Add measure"
        onSaved={onSaved}
        build={() => m}
      >
        <PillarAndResponsibility v={v} value={m} set={setM} />
        <label>
          Measure
          <input
            required
            value={m.description}
            onChange={(e) => setM({ ...m, description: e.target.value })}
            size={22}
          />
        </label>
        <label>
          Actor
          <input required value={m.actor} onChange={(e) => setM({ ...m, actor: e.target.value })} size={14} />
        </label>
        <label>
          Date
          <input type="date" required value={m.date} onChange={(e) => setM({ ...m, date: e.target.value })} />
        </label>
      </CaseChange>
    </section>
  );
}

function HistoryPanel({ id, current }: { id: string; current: number }) {
  const [range, setRange] = useState({ from: Math.max(1, current - 1), to: current });
  const history = useApi<History>(
    `/api/cases/${id}/history?from=${Math.min(range.from, current)}&to=${Math.min(range.to, current)}`,
  );
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Version history</h2>
      <Show loaded={history} what="the history">
        {(h) => (
          <>
            <ol>
              {h.versions.map((x) => (
                <li key={x.version}>
                  version {x.version}: {x.author}, {x.recordedAt.replace('T', ' ').slice(0, 16)}: {x.reason}
                </li>
              ))}
            </ol>
            <form className="inline" onSubmit={(e) => e.preventDefault()}>
              <LabelledSelect
                label="Compare version"
                value={h.from}
                options={h.versions}
                onChange={(n) => setRange({ ...range, from: Number(n) })}
                optionValue={(x) => x.version}
              />
              <LabelledSelect
                label="with version"
                value={h.to}
                options={h.versions}
                onChange={(n) => setRange({ ...range, to: Number(n) })}
                optionValue={(x) => x.version}
              />
            </form>
            <p className="note">
              What changed from version {h.from} to version {h.to}:
            </p>
            <ul data-testid="case-diff">
              {h.inWords.length ? h.inWords.map((c, i) => <li key={i}>{c}</li>) : <li>no differences</li>}
            </ul>
            {h.changes.length ? (
              <details>
                <summary>The same changes, field by field</summary>
                <ul className="kwic">
                  {h.changes.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </Show>
    </section>
  );
}
