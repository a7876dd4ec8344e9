// The Council view: the record and trend charts (meetings and decisions per year, Chapter VII
// share, Art. 39 determinations, vetoes by member), the resolution viewer, and the vote simulator
// leading into the right-authority pathway.
import { useState } from 'react';
import { useApi } from '../api.ts';
import { BarChart } from '../charts/bar-chart.tsx';
import { LineChart } from '../charts/line-chart.tsx';
import { CountryLink } from '../components/country-link.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';
import { useLocation } from '../router.tsx';
import { CouncilAnalytics } from './council-analytics.tsx';
import { PathwayPanel } from './pathway-panel.tsx';
import { ResolutionViewer } from './resolution-viewer.tsx';
import { type SimulatedBallot, VoteSimulator } from './vote-simulator.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type YearRecord = ApiAnswer<'/api/council/record'>[number];
type TrendRow = ApiAnswer<'/api/council/trend'>[number];
type VetoCount = ApiAnswer<'/api/council/vetoes/by'>[number];
type Veto = ApiAnswer<'/api/council/vetoes'>[number];

const gap = (v: number | null) => (v === null ? '–' : v.toLocaleString('en'));

/** "meetings: meetings tables; resolutions: UN XML; ..." with gaps named. */
function sourcesText(r: YearRecord): string {
  const names = {
    meetings: 'meetings',
    resolutions: 'resolutions',
    presidentialStatements: 'statements',
    draftsNotAdopted: 'not adopted',
    draftsVetoed: 'vetoed',
  } as const;
  const by = new Map<string, string[]>();
  for (const [k, label] of Object.entries(names)) {
    const s = r.sources[k as keyof typeof names] ?? 'no source';
    by.set(s, [...(by.get(s) ?? []), label]);
  }
  return [...by.entries()].map(([s, ks]) => `${s}: ${ks.join(', ')}`).join('; ');
}

export function CouncilView() {
  const { params } = useLocation();
  const record = useApi<YearRecord[]>('/api/council/record');
  const trend = useApi<TrendRow[]>('/api/council/trend');
  const byDecade = useApi<VetoCount[]>('/api/council/vetoes/by?by=decade');
  const vetoes = useApi<Veto[]>('/api/council/vetoes');
  const [ballot, setBallot] = useState<SimulatedBallot | null>(null);
  return (
    <section>
      <h1>Security Council</h1>
      <p className="lede">
        What the Council decided (state practice): its record from the Dag Hammarskjöld Library's meetings tables (1946
        – 30 June 2022), the UN's XML texts (resolutions and presidential statements 2000–2026, drafts not adopted
        2023–2025), the veto list (to July 2022), and the coding of resolution texts. Each figure says its source;
        partial years are marked, and a figure no source covers is a gap (no bar, “–”), not zero.
      </p>
      <h2>Record and trends</h2>
      <div className="grid2">
        <Show loaded={record} what="the record">
          {(rows) => (
            <BarChart
              title="Resolutions adopted per year (partial years marked)"
              data={rows.map((r) => ({
                year: r.year,
                resolutions: r.resolutions,
                coverage: r.partial ? 'partial year' : 'whole year',
              }))}
              x="year"
              y="resolutions"
              fill="coverage"
              yLabel="resolutions"
              yearly
              csv="/api/council/record"
            />
          )}
        </Show>
        <Show loaded={trend} what="the coded trend">
          {(rows) => (
            <LineChart
              title="Share of resolutions acting under Chapter VII"
              data={rows.filter((r) => r.resolutions >= 5)}
              x="year"
              y="chapterVIIShare"
              yLabel="share under Chapter VII"
              percent
              csv="/api/council/trend"
            />
          )}
        </Show>
        <Show loaded={trend} what="the coded trend">
          {(rows) => (
            <BarChart
              title="Art. 39 determinations per year, by type"
              data={rows
                .flatMap((r) =>
                  (['threat', 'breach', 'aggression'] as const).map((k) => ({
                    year: r.year,
                    determination: k,
                    count: r[k],
                  })),
                )
                .filter((r) => r.count > 0)}
              x="year"
              y="count"
              fill="determination"
              yLabel="determinations"
              yearly
              csv="/api/council/trend"
            />
          )}
        </Show>
        <Show loaded={byDecade} what="vetoes by member">
          {(rows) => (
            <BarChart
              title="Vetoes cast by member, per decade"
              data={rows}
              x="key"
              y="casts"
              fill="member"
              inOrder
              yLabel="vetoes cast"
              csv="/api/council/vetoes/by?by=decade"
            />
          )}
        </Show>
      </div>
      <Show loaded={record} what="the record">
        {(rows) => (
          <DataTable
            caption="Record per year, with the source of each figure (– : no source, a gap)"
            source="/api/council/record"
            rows={rows.slice().reverse()}
            maxRows={15}
            columns={[
              { key: 'year', label: 'Year', render: (r) => (r.partial ? `${r.year} (partial)` : String(r.year)) },
              { key: 'meetings', label: 'Meetings', numeric: true, render: (r) => gap(r.meetings) },
              { key: 'resolutions', label: 'Resolutions', numeric: true, render: (r) => gap(r.resolutions) },
              {
                key: 'presidentialStatements',
                label: 'Presidential statements',
                numeric: true,
                render: (r) => gap(r.presidentialStatements),
              },
              {
                key: 'draftsNotAdopted',
                label: 'Drafts not adopted',
                numeric: true,
                render: (r) => gap(r.draftsNotAdopted),
              },
              { key: 'draftsVetoed', label: 'Drafts vetoed', numeric: true, render: (r) => gap(r.draftsVetoed) },
              { key: 'sources', label: 'Sources', render: (r) => sourcesText(r) },
              { key: 'notes', label: 'Notes', render: (r) => r.notes.join('; ') },
            ]}
          />
        )}
      </Show>
      <Show loaded={vetoes} what="the veto list">
        {(rows) => (
          <DataTable
            caption={`Vetoed drafts, newest first (${rows.length})`}
            source="/api/council/vetoes"
            rows={rows.slice().reverse()}
            maxRows={12}
            columns={[
              { key: 'date', label: 'Date' },
              { key: 'draft', label: 'Draft' },
              { key: 'members', label: 'Vetoed by', render: (v) => v.members.join(', ') },
              { key: 'tally', label: 'Tally' },
              { key: 'crisisTopic', label: 'Topic', render: (v) => <VetoTopic veto={v} /> },
              { key: 'region', label: 'Region' },
              { key: 'source', label: 'Source' },
            ]}
          />
        )}
      </Show>
      <CouncilAnalytics />
      <ResolutionViewer initial={Number(params.get('resolution')) || 678} />
      <VoteSimulator onBallot={(b) => setBallot(b)} />
      <PathwayPanel ballot={ballot} />
    </section>
  );
}

/** A veto's topic, linked to the country page of each country it names (the topic itself when it names one). */
function VetoTopic({ veto }: { veto: Veto }) {
  const topic = veto.crisisTopic ?? veto.agendaItem;
  if (veto.countries.length === 1) return <CountryLink iso3={veto.countries[0]}>{topic}</CountryLink>;
  if (veto.countries.length === 0) return <>{topic}</>;
  return (
    <>
      {topic} (
      {veto.countries.map((iso3, i) => (
        <span key={iso3}>
          {i > 0 ? ', ' : ''}
          <CountryLink iso3={iso3} />
        </span>
      ))}
      )
    </>
  );
}
