// The norms explorer: type a phrase (and optionally a second to compare), see how many documents
// use it each year, its adoption curve among UN Members with the norm life-cycle stages marked
// (emergence, tipping point at one third, internalisation), the keyword-in-context lines, and the
// yearly balance of Krause's optics. State is kept in the URL. "Compare with" applies to every
// chart it names (issue 15 item 6): the yearly share and the adoption curve draw both phrases, and
// the keyword-in-context lines find either.
import { type FormEvent, useState } from 'react';
import { useApi } from '../api.ts';
import { LineChart } from '../charts/line-chart.tsx';
import { CountryLink } from '../components/country-link.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import { navigate, useLocation } from '../router.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Series = ApiAnswer<'/api/norms/series'>;
type Adoption = ApiAnswer<'/api/norms/adoption'>;
type Kwic = ApiAnswer<'/api/norms/kwic'>;

const corpusNames: Record<string, string> = {
  ungdc: 'General Debate speeches (1946–2024)',
  resolutions: 'Security Council resolutions (1946–1994, CR-UNSC)',
};

export function NormsExplorer() {
  const { params } = useLocation();
  const phrase = params.get('phrase') ?? 'responsibility to protect';
  const compare = params.get('compare') ?? '';
  const corpus = params.get('corpus') === 'resolutions' ? 'resolutions' : 'ungdc';
  const [form, setForm] = useState({ phrase, compare, corpus });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams({ phrase: form.phrase, corpus: form.corpus });
    if (form.compare.trim()) q.set('compare', form.compare);
    navigate(`/norms?${q}`);
  };
  const q = new URLSearchParams({ phrase, corpus });
  if (compare) q.set('compare', compare);
  return (
    <section>
      <h1>Norms explorer</h1>
      <p className="lede">
        How the language of intervention spreads: the share of documents that use a phrase each year, and, in the
        General Debate, how many UN Members have adopted it (first and continuing use), with the life-cycle stages of
        Finnemore and Sikkink marked: emergence, the tipping point when one third of Members have adopted it, the
        cascade and internalisation.
      </p>
      <form className="inline" onSubmit={submit} role="search">
        <label>
          Phrase
          <input
            name="phrase"
            value={form.phrase}
            onChange={(e) => setForm({ ...form, phrase: e.target.value })}
            size={32}
          />
        </label>
        <label>
          Compare with (optional; both charts and the lines in context)
          <input
            name="compare"
            value={form.compare}
            onChange={(e) => setForm({ ...form, compare: e.target.value })}
            size={28}
            placeholder="e.g. humanitarian intervention"
          />
        </label>
        <label>
          Corpus
          <select
            name="corpus"
            value={form.corpus}
            onChange={(e) => setForm({ ...form, corpus: e.target.value as 'ungdc' | 'resolutions' })}
          >
            <option value="ungdc">{corpusNames.ungdc}</option>
            <option value="resolutions">{corpusNames.resolutions}</option>
          </select>
        </label>
        <button type="submit">Explore</button>
      </form>
      <p className="note">
        Words in order, case and punctuation ignored, across line breaks; “a|b” finds either phrase.
      </p>
      <SeriesChart query={q.toString()} />
      {corpus === 'ungdc' ? (
        <AdoptionChart phrase={phrase} compare={compare} />
      ) : (
        <p className="note">
          Adoption by states is measured in the General Debate, where states speak; resolutions have no speaker.
        </p>
      )}
      <KwicLines
        query={new URLSearchParams({ phrase: compare ? `${phrase}|${compare}` : phrase, corpus }).toString()}
      />
    </section>
  );
}

function SeriesChart({ query }: { query: string }) {
  const endpoint = `/api/norms/series?${query}`;
  const series = useApi<Series>(endpoint);
  return (
    <Show loaded={series} what="the yearly series">
      {(s) => (
        <LineChart
          title={`Share of ${s.corpus === 'ungdc' ? 'speeches' : 'resolutions'} using ${s.phrases.map((p) => `“${p}”`).join(' and ')}, per year`}
          data={s.rows.filter((r) => r.share !== null)}
          x="year"
          y="share"
          z={s.phrases.length > 1 ? 'phrase' : undefined}
          yLabel="share of documents"
          percent
          csv={endpoint}
        />
      )}
    </Show>
  );
}

function AdoptionChart({ phrase, compare }: { phrase: string; compare: string }) {
  const endpoint = `/api/norms/adoption?${new URLSearchParams({ phrase })}`;
  const adoption = useApi<Adoption>(endpoint);
  return (
    <Show loaded={adoption} what="the adoption curve">
      {(a) =>
        compare ? <ComparedAdoption first={a} compare={compare} /> : <AdoptionCurve a={a} endpoint={endpoint} />
      }
    </Show>
  );
}

function AdoptionCurve({ a, endpoint }: { a: Adoption; endpoint: string }) {
  const marks = [
    ...(a.emergenceYear !== null ? [{ x: a.emergenceYear, label: 'emergence' }] : []),
    ...(a.tippingYear !== null ? [{ x: a.tippingYear, label: 'tipping point' }] : []),
    ...(a.internalisationYear !== null ? [{ x: a.internalisationYear, label: 'internalisation' }] : []),
  ];
  return (
    <>
      <LineChart
        title={`Adoption of “${a.phrase}”: share of UN Members that have used it`}
        data={a.years}
        x="year"
        y="share"
        yLabel="Members that have adopted"
        percent
        marks={marks}
        ruleY={{ y: a.tippingShare, label: 'one third' }}
        csv={endpoint}
      />
      <LifeCycle a={a} />
    </>
  );
}

/** Both phrases' adoption curves on one chart (the compared phrase's own endpoint gives its CSV). */
function ComparedAdoption({ first, compare }: { first: Adoption; compare: string }) {
  const endpoint = `/api/norms/adoption?${new URLSearchParams({ phrase: compare })}`;
  const second = useApi<Adoption>(endpoint);
  return (
    <Show loaded={second} what="the adoption curve of the compared phrase">
      {(b) => (
        <>
          <LineChart
            title={`Adoption of “${first.phrase}” and “${b.phrase}”: share of UN Members that have used each`}
            data={[first, b].flatMap((a) => a.years.map((y) => ({ year: y.year, phrase: a.phrase, share: y.share })))}
            x="year"
            y="share"
            z="phrase"
            yLabel="Members that have adopted"
            percent
            ruleY={{ y: first.tippingShare, label: 'one third' }}
            csv={endpoint}
          />
          <LifeCycle a={first} />
          <LifeCycle a={b} />
        </>
      )}
    </Show>
  );
}

function LifeCycle({ a }: { a: Adoption }) {
  const last = a.years[a.years.length - 1];
  return (
    <p data-testid="life-cycle">
      “{a.phrase}”, stage in {last?.year}: <strong>{last?.stage}</strong> ({a.stages[last?.stage ?? 'none']});{' '}
      {last?.adopters} of {last?.members} Members have used it.
      {a.tippingYear !== null ? ` Tipping point ${a.tippingYear}.` : ' No tipping point yet.'}
      {a.internalisationYear !== null ? ` Internalised ${a.internalisationYear}.` : ''}
    </p>
  );
}

function KwicLines({ query }: { query: string }) {
  const endpoint = `/api/norms/kwic?${query}`;
  const kwic = useApi<Kwic>(endpoint);
  return (
    <Show loaded={kwic} what="keyword-in-context lines">
      {(k) => (
        <DataTable
          caption={`Keyword in context: ${k.mentions.toLocaleString('en')} mentions in ${k.documents.toLocaleString('en')} documents, oldest first (first ${k.lines.length})`}
          source={endpoint}
          rows={k.lines}
          columns={[
            {
              key: 'docId',
              label: 'Document',
              render: (l) => (
                <>
                  <strong>{l.docId}</strong> <small>{l.year}</small>
                </>
              ),
            },
            // the speech's country (General Debate); resolutions have none
            ...(k.lines.some((l) => l.country)
              ? [
                  {
                    key: 'country',
                    label: 'Country',
                    render: (l: Kwic['lines'][number]) => (l.country ? <CountryLink iso3={l.country} /> : '—'),
                  },
                ]
              : []),
            { key: 'left', label: 'Before', numeric: true, render: (l) => <span className="kwic">{l.left}</span> },
            {
              key: 'match',
              label: 'Phrase',
              render: (l) => (
                <span className="kwic">
                  <mark>{l.match}</mark>
                </span>
              ),
            },
            { key: 'right', label: 'After', render: (l) => <span className="kwic">{l.right}</span> },
          ]}
        />
      )}
    </Show>
  );
}
