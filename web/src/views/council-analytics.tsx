// The Council in the R2P era (2000-2026, issue 14): R2P references by year and class, the
// Council's curve beside the General Debate's use of "responsibility to protect", the first
// reference per agenda item, and the voting charts (unanimity, split votes and vetoes, P5
// agreement). Years without texts are left out of the charts (no bar, no line), never drawn as
// zero; 2022's drafts not adopted come from tables that end in mid-year and 2026 is in progress,
// which the captions say.
import { useApi } from '../api.ts';
import { BarChart } from '../charts/bar-chart.tsx';
import { LineChart } from '../charts/line-chart.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Show } from '../components/status.tsx';

interface SeriesRow {
  year: number;
  documents: number | null;
  r2p: number | null;
  population: number | null;
  civilians: number | null;
  other: number | null;
  references: number | null;
  share: number | null;
}
interface Series {
  gap: { from: number; to: number };
  years: SeriesRow[];
}
interface First {
  agendaItem: string;
  symbol: string;
  date: string;
  class: string;
  firstR2p: string | null;
  references: number;
}
interface VotingYear {
  year: number;
  adopted: number;
  unanimous: number;
  split: number;
  notAdopted: number;
  vetoed: number;
  unanimityShare: number | null;
  draftsSource: string;
  partial: boolean;
}
interface Pair {
  from: number;
  a: string;
  b: string;
  agreement: number | null;
}
interface Dissent {
  iso3: string;
  key: string;
  abstentions: number;
  negativeVotes: number;
}
interface Debate {
  years: { year: number; council: number | null; debateSpeeches: number | null }[];
  comparison: { reading: string };
}

const classes = ['r2p', 'population', 'civilians', 'other'] as const;
const names: Record<string, string> = { CHN: 'China', FRA: 'France', GBR: 'UK', RUS: 'Russia', USA: 'USA' };

export function CouncilAnalytics() {
  const series = useApi<Series>('/api/council/r2p/series');
  const firsts = useApi<First[]>('/api/council/r2p/firsts');
  const votes = useApi<VotingYear[]>('/api/council/votes');
  const agreement = useApi<Pair[]>('/api/council/votes/agreement');
  const debate = useApi<Debate>('/api/council/r2p/debate');
  const dissent = useApi<Dissent[]>('/api/council/votes/dissent?by=year');
  return (
    <section aria-labelledby="r2p-era">
      <h2 id="r2p-era">The Council in the R2P era, 2000–2026</h2>
      <p className="note">
        From the UN's own texts (Akoma Ntoso XML) and the Library's voting records. Resolutions 984–1284 (1995–1999)
        exist in no source Concord reads: those years are left blank, never drawn as zero. 2026 is in progress.
      </p>
      <div className="grid2">
        <Show loaded={series} what="R2P references">
          {(s) => (
            <BarChart
              title="Resolutions and presidential statements by their strongest R2P reference, per year"
              data={s.years
                .filter((y) => y.documents !== null)
                .flatMap((y) => classes.map((c) => ({ year: y.year, class: c, documents: y[c] ?? 0 })))}
              x="year"
              y="documents"
              fill="class"
              yLabel="documents"
              yearly
              csv="/api/council/r2p/series"
            />
          )}
        </Show>
        <Show loaded={debate} what="the General Debate comparison">
          {(d) => (
            <div data-testid="r2p-debate">
              <LineChart
                title="The Council beside the General Debate: share of texts referring to R2P (r2p or population) and of speeches saying “responsibility to protect”"
                data={d.years.flatMap((y) => [
                  ...(y.council === null ? [] : [{ year: y.year, series: 'Council texts', share: y.council }]),
                  ...(y.debateSpeeches === null
                    ? []
                    : [{ year: y.year, series: 'General Debate speeches', share: y.debateSpeeches }]),
                ])}
                x="year"
                y="share"
                z="series"
                yLabel="share"
                percent
                csv="/api/council/r2p/debate"
              />
              <p className="note">{d.comparison.reading}.</p>
            </div>
          )}
        </Show>
        <Show loaded={votes} what="the votes">
          {(rows) => (
            <LineChart
              title="Share of resolutions adopted unanimously (no negative vote, no abstention)"
              data={rows.filter((r) => r.unanimityShare !== null)}
              x="year"
              y="unanimityShare"
              yLabel="unanimous"
              percent
              csv="/api/council/votes"
            />
          )}
        </Show>
        <Show loaded={votes} what="the votes">
          {(rows) => (
            <BarChart
              title="Split votes, drafts not adopted and vetoed drafts per year (2022: tables end mid-year)"
              data={rows.flatMap((r) => [
                { year: r.year, outcome: 'adopted with a split vote', texts: r.split },
                { year: r.year, outcome: 'not adopted (no veto)', texts: r.notAdopted - r.vetoed },
                { year: r.year, outcome: 'vetoed', texts: r.vetoed },
              ])}
              x="year"
              y="texts"
              fill="outcome"
              yLabel="texts"
              yearly
              csv="/api/council/votes"
            />
          )}
        </Show>
        <Show loaded={agreement} what="P5 agreement">
          {(rows) => (
            <LineChart
              title="How often permanent members cast the same vote, per year (pairs with Russia and with the USA)"
              data={rows
                .filter((p) => p.agreement !== null && (p.a === 'RUS' || p.b === 'RUS' || p.b === 'USA'))
                .map((p) => ({ year: p.from, pair: `${names[p.a]}–${names[p.b]}`, agreement: p.agreement }))}
              x="year"
              y="agreement"
              z="pair"
              yLabel="same vote"
              percent
              csv="/api/council/votes/agreement"
            />
          )}
        </Show>
        <Show loaded={dissent} what="dissent by member">
          {(rows) => (
            <BarChart
              title="Abstentions and negative votes of the permanent members, per year"
              data={rows
                .filter((r) => r.iso3 in names)
                .map((r) => ({ year: Number(r.key), member: names[r.iso3], votes: r.abstentions + r.negativeVotes }))}
              x="year"
              y="votes"
              fill="member"
              yLabel="abstentions and negative votes"
              yearly
              csv="/api/council/votes/dissent?by=year"
            />
          )}
        </Show>
      </div>
      <Show loaded={firsts} what="first references">
        {(rows) => (
          <DataTable
            caption={`First R2P reference (r2p or population) per agenda item (${rows.length})`}
            source="/api/council/r2p/firsts"
            rows={rows}
            maxRows={15}
            columns={[
              { key: 'agendaItem', label: 'Agenda item' },
              { key: 'symbol', label: 'First reference' },
              { key: 'date', label: 'Date' },
              { key: 'class', label: 'Class' },
              { key: 'firstR2p', label: 'First r2p', render: (f) => f.firstR2p ?? '' },
              { key: 'references', label: 'Texts with a reference', numeric: true },
            ]}
          />
        )}
      </Show>
    </section>
  );
}
