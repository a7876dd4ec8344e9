// The cases: every case with its country, status and version, and the form that opens a new one
// (the situation: country, title, populations at risk, crimes alleged, since when, status), pre-
// filled with the country's factor evidence from data as suggestions (POST
// /api/cases/:id/suggestions, at the situation's start) when the data are imported; and the form
// that imports a case from JSON (the CLI's export format or a bare case document).
import { type FormEvent, useState } from 'react';
import { sendJson, useApi } from '../api.ts';
import { CountryLink } from '../components/country-link.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import { Link, navigate } from '../router.tsx';
import { useCanEdit, useSession } from '../session.ts';
import { useAuthor } from './case-author.tsx';
import { readableRefusal } from './readable-refusal.ts';

import type { CaseSummary, CaseVocabulary as Vocabulary } from '../../../src/server/api/cases.ts';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

export function CasesList() {
  const [reload, setReload] = useState(0);
  const cases = useApi<CaseSummary[]>(`/api/cases?r=${reload}`.replace('?r=0', ''));
  return (
    <section>
      <h1>Cases</h1>
      <p className="lede">
        The R2P case workbench: a situation assessed against the 14 risk factors of the UN Framework of Analysis with
        evidence, proposed responses judged against the ICISS criteria (right authority computed by the Council
        pathway), and the ledger of measures taken. Every change is a new version with its author, time and reason.
      </p>
      <Show loaded={cases} what="the cases">
        {(rows) =>
          rows.length === 0 ? (
            <p>No cases yet: open one below.</p>
          ) : (
            <DataTable
              caption="Cases, most recently changed first"
              source="/api/cases"
              rows={rows}
              columns={[
                { key: 'title', label: 'Case', render: (c) => <Link href={`/cases/${c.id}`}>{c.title}</Link> },
                { key: 'iso3', label: 'Country', render: (c) => <CountryLink iso3={c.iso3} /> },
                { key: 'status', label: 'Status' },
                { key: 'currentVersion', label: 'Version', numeric: true },
                { key: 'updatedAt', label: 'Changed', render: (c) => c.updatedAt.replace('T', ' ').slice(0, 16) },
              ]}
            />
          )
        }
      </Show>
      <NewCase onCreated={() => setReload(reload + 1)} />
      <ImportCase onCreated={() => setReload(reload + 1)} />
    </section>
  );
}

function ImportCase({ onCreated }: { onCreated: () => void }) {
  const [author, setAuthor] = useAuthor();
  const accounts = useSession().mode === 'accounts';
  const canEdit = useCanEdit();
  const [text, setText] = useState('');
  const [id, setId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      setError(`Case JSON: not valid JSON (${(err as Error).message})`);
      return;
    }
    try {
      const s = await sendJson<ApiAnswer<'/api/cases', 'POST'>>('POST', '/api/cases/import', {
        case: json,
        ...(id ? { id } : {}),
        ...(accounts ? {} : { author }),
        reason,
      });
      onCreated();
      navigate(`/cases/${s.id}`);
    } catch (err) {
      setError(readableRefusal((err as Error).message).replace(/^Case: /, 'Case JSON: '));
    }
  };
  return (
    <section aria-labelledby="import-case">
      <h2 id="import-case">Import a case from JSON</h2>
      <p className="note">
        The JSON a case export writes (every version; one more records the import) or a bare case document.
      </p>
      <form className="inline" onSubmit={submit} aria-label="Import case">
        <fieldset className="plain" disabled={!canEdit}>
          <label>
            JSON file
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) f.text().then(setText);
              }}
            />
          </label>
          <label>
            Case JSON
            <textarea
              required
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={4}
              cols={50}
              spellCheck={false}
            />
          </label>
          <label>
            New id (optional)
            <input value={id} onChange={(e) => setId(e.target.value)} size={20} />
          </label>
          {accounts ? null : (
            <label>
              Your name
              <input required value={author} onChange={(e) => setAuthor(e.target.value)} size={14} />
            </label>
          )}
          <label>
            Reason
            <input required value={reason} onChange={(e) => setReason(e.target.value)} size={20} />
          </label>
          <button type="submit">Import case</button>
        </fieldset>
      </form>
      {error ? (
        <p className="failure" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function NewCase({ onCreated }: { onCreated: () => void }) {
  const vocabulary = useApi<Vocabulary>('/api/cases/vocabulary');
  const countries = useApi<ApiAnswer<'/api/countries'>>('/api/countries?kind=state');
  const [author, setAuthor] = useAuthor();
  const accounts = useSession().mode === 'accounts';
  const canEdit = useCanEdit();
  const [form, setForm] = useState({
    country: 'MMR',
    title: '',
    populations: '',
    crimes: [] as string[],
    since: '',
    status: 'monitoring',
    reason: 'case opened',
  });
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const s = await sendJson<ApiAnswer<'/api/cases', 'POST'>>('POST', '/api/cases', {
        ...form,
        populations: form.populations
          .split(';')
          .map((p) => p.trim())
          .filter(Boolean),
        ...(accounts ? {} : { author }),
        reason: form.reason,
      });
      // The country's factor evidence as suggestions; without the data the case opens without them
      // and its page offers the pre-fill with the reason it is refused.
      await sendJson('POST', `/api/cases/${s.id}/suggestions`, {
        date: form.since,
        ...(accounts ? {} : { author }),
        reason: "the country's factor evidence from data, as suggestions",
      }).catch(() => undefined);
      onCreated();
      navigate(`/cases/${s.id}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section aria-labelledby="new-case">
      <h2 id="new-case">Open a case</h2>
      <form className="inline" onSubmit={submit}>
        <fieldset className="plain" disabled={!canEdit}>
          <label>
            Country
            <select value={form.country} onChange={(e) => setForm({ ...form, country: e.target.value })}>
              {countries.state === 'ok' ? (
                countries.data.map((c) => (
                  <option key={c.iso3} value={c.iso3}>
                    {c.name}
                  </option>
                ))
              ) : (
                <option value={form.country}>{form.country}</option>
              )}
            </select>
          </label>
          <label>
            Title
            <input
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
              size={28}
            />
          </label>
          <label>
            Populations at risk (separate with ;)
            <input
              required
              value={form.populations}
              onChange={(e) => setForm({ ...form, populations: e.target.value })}
              size={28}
            />
          </label>
          <label>
            Since
            <input
              type="date"
              required
              value={form.since}
              onChange={(e) => setForm({ ...form, since: e.target.value })}
            />
          </label>
          <label>
            Status
            <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value })}>
              {(vocabulary.state === 'ok' ? vocabulary.data.statuses : ['monitoring']).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          {vocabulary.state === 'ok' ? (
            <fieldset>
              <legend>Crimes alleged</legend>
              {vocabulary.data.crimes.map((c) => (
                <label key={c} style={{ flexDirection: 'row', gap: '.3rem' }}>
                  <input
                    type="checkbox"
                    checked={form.crimes.includes(c)}
                    onChange={() =>
                      setForm({
                        ...form,
                        crimes: form.crimes.includes(c) ? form.crimes.filter((x) => x !== c) : [...form.crimes, c],
                      })
                    }
                  />
                  {c}
                </label>
              ))}
            </fieldset>
          ) : null}
          {accounts ? null : (
            <label>
              Your name
              <input required value={author} onChange={(e) => setAuthor(e.target.value)} size={14} />
            </label>
          )}
          <label>
            Reason
            <input
              required
              value={form.reason}
              onChange={(e) => setForm({ ...form, reason: e.target.value })}
              size={20}
            />
          </label>
          <button type="submit">Open case</button>
        </fieldset>
        {!canEdit ? <span className="note">your role (viewer) may read cases but not open them</span> : null}
      </form>
      {error ? (
        <p className="failure" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
