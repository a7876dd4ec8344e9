// `concord council ...` (record, vetoes, vote, pathway, forecast) and `concord resolutions ...`
// (code, trend, evaluate): Security Council practice and the Charter decision engine. The
// commands read the store, call the pure council core (src/council) and print tables, JSON or
// CSV. Bad usage (unknown resolution, malformed situation file, invalid ballot) exits 2.
import { csvLines } from '../../csv-writer.ts';
import { registerCouncilMembers } from './council-members.ts';
import { withStore } from '../with-store.ts';
import { meetingCsvColumns, meetingCsvRows, meetingsWhere } from '../../app/council.ts';
import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  type Ballot,
  type CodedResolution,
  codeResolution,
  codedFields,
  decideVote,
  evaluateCoder,
  forecastVetoes,
  joinVetoes,
  labelledSet,
  type Meeting,
  parseSituation,
  recordByYear,
  topicRegions,
  trendByYear,
  vetoesBy,
  votedDrafts,
  walkPathway,
  type VetoGrouping,
} from '../../council/index.ts';
import type { Store } from '../../store/store.ts';
import { SourceGapError } from '../../errors.ts';
import { inResolutionTextGap, missingResolutionText } from '../../council/document.ts';
import { UsageError } from '../errors.ts';
import { formatOption, intOption, yearRange } from '../options.ts';
import { formatTable } from '../table.ts';

const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
};

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------- resolutions

async function codedText(
  store: Store,
  what: string,
): Promise<{ number: number | null; year: number | null; text: string; source: string }> {
  if (/^\d+$/.test(what)) {
    const n = Number(what);
    const r = await store.council.resolution(n);
    if (!r) {
      const range = await store.council.resolutionRange();
      if (inResolutionTextGap(n)) throw new SourceGapError(missingResolutionText(n, range));
      throw new UsageError(missingResolutionText(n, range));
    }
    return { number: r.number, year: r.year, text: r.text, source: `S/RES/${r.number} (${r.year})` };
  }
  if (!existsSync(what) || !statSync(what).isFile())
    throw new UsageError(`"${what}" is neither a resolution number nor a readable file`);
  return { number: null, year: null, text: readFileSync(what, 'utf8').replace(/^\uFEFF/, ''), source: what };
}

function codingJson(c: CodedResolution) {
  const { evidence, opticReading, paragraphs, ...values } = c;
  return { ...values, evidence, opticReading, paragraphs };
}

function printCoding(source: string, c: CodedResolution): void {
  out(`${source}: ${c.paragraphs} paragraphs`);
  out(
    formatTable(
      codedFields.map((f) => ({ f, v: c[f], e: c.evidence[f] })),
      [
        { header: 'field', value: (r) => r.f },
        { header: 'value', value: (r) => String(r.v) },
        {
          header: 'paragraph',
          value: (r) =>
            r.e
              .map((e) => e.paragraph)
              .filter((p, i, a) => a.indexOf(p) === i)
              .join(', '),
        },
        {
          header: 'evidence (offsets)',
          value: (r) => (r.e[0] ? `"${short(r.e[0].phrase, 60)}" [${r.e[0].start}-${r.e[0].end}]` : ''),
        },
      ],
    ),
  );
  const firsts = codedFields.filter((f) => c.evidence[f].length > 0);
  if (firsts.length) out('\nSentences:');
  for (const f of firsts) {
    const e = c.evidence[f][0];
    out(`  ${f} (paragraph ${e.paragraph}, ${e.sentenceStart}-${e.sentenceEnd}): ${short(e.sentence, 300)}`);
  }
  const o = c.opticReading.paragraphs;
  out(
    `\nOptic (Krause, norms classifier): ${c.optic} - paragraphs read as stability ${o.stability}, order ${o.order}, justice ${o.justice}${c.optic === 'none' ? ' (no optic, or a tie)' : ''}`,
  );
  for (const e of c.opticReading.evidence.slice(0, 3))
    out(`  ${e.start}-${e.end} [${e.phrases.join('; ')}]: ${short(e.sentence, 200)}`);
}

function registerResolutions(program: Command): void {
  const res = program
    .command('resolutions')
    .description(
      'code Security Council resolutions (Chapter VII, Art. 39 determinations, force, sanctions, grounds) from their texts',
    );

  res
    .command('code')
    .description(
      'code one resolution (by number, from the store, or a text file) with the sentence that justifies each field; --all codes every stored text',
    )
    .argument('[resolution]', 'resolution number (e.g. 678) or path to a text file')
    .option('--all', 'code every resolution text in the store')
    .option('--format <format>', 'table or json (one resolution); csv or json (--all)', 'table')
    .action(async (what: string | undefined, opts: { all?: boolean; format: string }) => {
      if (opts.all && what) throw new UsageError('give a resolution or --all, not both');
      if (!opts.all && !what) throw new UsageError('give a resolution number or a file, or --all');
      await withStore(async (store) => {
        if (!opts.all) {
          const fmt = formatOption(opts.format, ['table', 'json'] as const);
          const t = await codedText(store, what!);
          const c = codeResolution(t.text);
          if (fmt === 'json')
            out(JSON.stringify({ resolution: t.number, year: t.year, source: t.source, ...codingJson(c) }, null, 2));
          else printCoding(t.source, c);
          return;
        }
        const fmt = formatOption(opts.format === 'table' ? 'csv' : opts.format, ['csv', 'json'] as const);
        const texts = await store.council.resolutions();
        if (texts.length === 0) throw new UsageError('the store holds no resolution texts: run `concord data import`');
        const coded = texts.map((t) => ({ t, c: codeResolution(t.text) }));
        if (fmt === 'json') {
          out(JSON.stringify(coded.map(({ t, c }) => ({ resolution: t.number, year: t.year, ...codingJson(c) }))));
          return;
        }
        const header = ['resolution', 'year', ...codedFields, 'optic', 'evidence_paragraphs'];
        const rows = coded.map(({ t, c }) => [
          t.number,
          t.year,
          ...codedFields.map((f) => c[f]),
          c.optic,
          codedFields
            .filter((f) => c.evidence[f].length)
            .map((f) => `${f}:${[...new Set(c.evidence[f].map((e) => e.paragraph))].join('+')}`)
            .join(' '),
        ]);
        out(csvLines([header, ...rows]));
      });
    });

  res
    .command('trend')
    .description(
      'per year (or decade): resolutions coded, share under Chapter VII, Art. 39 determinations by type, authorisations of force',
    )
    .option('--by <period>', 'year or decade', 'year')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { by: string; from?: string; to?: string; format: string }) => {
      if (opts.by !== 'year' && opts.by !== 'decade')
        throw new UsageError(`--by must be year or decade, got "${opts.by}"`);
      const fmt = formatOption(opts.format, ['table', 'json', 'csv'] as const);
      const from = intOption('--from', opts.from);
      const to = intOption('--to', opts.to);
      await withStore(async (store) => {
        const texts = (await store.council.resolutions()).filter(
          (t) => (from === undefined || t.year >= from) && (to === undefined || t.year <= to),
        );
        if (texts.length === 0)
          throw new UsageError('no resolution texts in the store for these years (run `concord data import`)');
        const period = (y: number) => (opts.by === 'decade' ? Math.floor(y / 10) * 10 : y);
        const rows = trendByYear(texts.map((t) => ({ year: period(t.year), coding: codeResolution(t.text) })));
        const label = (y: number) => (opts.by === 'decade' ? `${y}s` : String(y));
        if (fmt === 'json')
          return out(
            JSON.stringify(
              rows.map((r) => ({ ...r, period: label(r.year) })),
              null,
              2,
            ),
          );
        if (fmt === 'csv') {
          return out(
            csvLines([
              [
                opts.by,
                'resolutions',
                'chapter_vii',
                'chapter_vii_share',
                'threat',
                'breach',
                'aggression',
                'authorizes_force',
              ],
              ...rows.map((r) => [
                label(r.year),
                r.resolutions,
                r.chapterVII,
                r.chapterVIIShare.toFixed(3),
                r.determinations.threat,
                r.determinations.breach,
                r.determinations.aggression,
                r.authorizesForce,
              ]),
            ]),
          );
        }
        out(
          formatTable(rows, [
            { header: opts.by, value: (r) => label(r.year) },
            { header: 'resolutions', value: (r) => r.resolutions },
            { header: 'Chapter VII', value: (r) => r.chapterVII },
            { header: 'share', value: (r) => pct(r.chapterVIIShare), align: 'right' },
            { header: 'threat', value: (r) => r.determinations.threat },
            { header: 'breach', value: (r) => r.determinations.breach },
            { header: 'aggression', value: (r) => r.determinations.aggression },
            { header: 'force', value: (r) => r.authorizesForce },
          ]),
        );
        out(
          `\nCoded from the ${texts.length} texts in the store (CR-UNSC: 1946-1994 nearly complete, later years sparse). Coder precision and recall: \`concord resolutions evaluate\`.`,
        );
      });
    });

  res
    .command('evaluate')
    .description(
      'precision and recall of the coder on the labelled set of 88 resolutions (src/council/coding/labelled-set.ts, rules in docs/council.md)',
    )
    .option('--disagreements', 'also list every resolution where coder and label differ')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { disagreements?: boolean; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json'] as const);
      await withStore(async (store) => {
        const codings = new Map<number, CodedResolution>();
        const missing: number[] = [];
        for (const l of labelledSet) {
          const r = await store.council.resolution(l.number);
          if (r) codings.set(l.number, codeResolution(r.text));
          else missing.push(l.number);
        }
        if (missing.length)
          throw new UsageError(
            `the store lacks ${missing.length} labelled resolutions (${missing.slice(0, 5).join(', ')}...): run \`concord data import\``,
          );
        const e = evaluateCoder(labelledSet, codings);
        if (fmt === 'json') return out(JSON.stringify(e, null, 2));
        const f2 = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
        out(`${e.resolutions} labelled resolutions; determination coded exactly in ${pct(e.determinationAccuracy)}\n`);
        out(
          formatTable(e.scores, [
            { header: 'field', value: (s) => s.field },
            { header: 'labelled yes', value: (s) => s.truePositives + s.falseNegatives },
            { header: 'TP', value: (s) => s.truePositives },
            { header: 'FP', value: (s) => s.falsePositives },
            { header: 'FN', value: (s) => s.falseNegatives },
            { header: 'precision', value: (s) => f2(s.precision), align: 'right' },
            { header: 'recall', value: (s) => f2(s.recall), align: 'right' },
          ]),
        );
        if (opts.disagreements) {
          out('\nDisagreements:');
          for (const d of e.disagreements)
            out(`  ${d.number} ${d.field}: label ${d.label}, coded ${d.coded}${d.note ? ` (${d.note})` : ''}`);
        }
      });
    });
}

// ---------------------------------------------------------------- council

function decisionsText(m: Meeting): string {
  return m.decisions
    .map((d) => {
      const sym = d.symbol ?? '(unnamed draft)';
      const verdict =
        d.kind === 'draft_vetoed'
          ? ` vetoed by ${d.vetoedBy.join(', ')}`
          : d.kind === 'draft_not_adopted'
            ? ' not adopted'
            : '';
      return `${sym}${verdict}${d.tally.text ? ` ${d.tally.text}` : ''}`;
    })
    .join('; ');
}

function seatList(value: string | undefined): string[] {
  return list(value);
}

export function registerCouncil(program: Command): void {
  registerResolutions(program);
  const council = program
    .command('council')
    .description(
      'Security Council practice (meetings, votes, vetoes) and the Charter decision engine (Art. 27 votes, R2P right-authority pathway, veto base rates)',
    );
  registerCouncilMembers(council);

  council
    .command('record')
    .description(
      'every meeting with its decisions: resolutions, presidential statements, failed and vetoed drafts, with tallies (1946-2022), and a summary per year',
    )
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--topic <text>', 'only meetings with an agenda item containing this text (case-insensitive)')
    .option('--decisions-only', 'only meetings that took a decision')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { from?: string; to?: string; topic?: string; decisionsOnly?: boolean; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json', 'csv'] as const);
      const years = yearRange(opts);
      await withStore(async (store) => {
        const meetings = await meetingsWhere(store, { ...years, topic: opts.topic, decisionsOnly: opts.decisionsOnly });
        if (fmt === 'json') return out(JSON.stringify({ meetings, byYear: recordByYear(meetings) }, null, 2));
        if (fmt === 'csv') {
          return out(
            csvLines([meetingCsvColumns, ...meetingCsvRows(meetings).map((r) => meetingCsvColumns.map((c) => r[c]))]),
          );
        }
        if (meetings.length === 0) return out('No meetings match.');
        out(
          formatTable(meetings, [
            { header: 'date', value: (m) => m.date },
            { header: 'record', value: (m) => m.record ?? '(written procedure)' },
            { header: 'topic', value: (m) => short(m.topics.join(' / '), 60) },
            { header: 'decisions (tally yes-no-abstain)', value: (m) => decisionsText(m) },
          ]),
        );
        out('');
        out(
          formatTable(recordByYear(meetings), [
            { header: 'year', value: (y) => String(y.year) },
            { header: 'meetings', value: (y) => y.meetings },
            { header: 'resolutions', value: (y) => y.resolutions },
            { header: 'PRSTs', value: (y) => y.presidentialStatements },
            { header: 'not adopted', value: (y) => y.draftsNotAdopted },
            { header: 'vetoed', value: (y) => y.draftsVetoed },
          ]),
        );
      });
    });

  council
    .command('vetoes')
    .description('every veto (1946-2022) joined to its meeting and topic, or counts --by member, decade or region')
    .option('--by <grouping>', 'member, decade or region')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { by?: string; from?: string; to?: string; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json', 'csv'] as const);
      if (opts.by !== undefined && !['member', 'decade', 'region'].includes(opts.by))
        throw new UsageError(`--by must be member, decade or region, got "${opts.by}"`);
      const years = yearRange(opts);
      await withStore(async (store) => {
        const listed = await store.council.vetoList();
        if (listed.length === 0) throw new UsageError('the store holds no veto list: run `concord data import`');
        const vetoes = joinVetoes(listed, await store.council.vetoedDrafts()).filter(
          (v) => (years.from === undefined || v.year >= years.from) && (years.to === undefined || v.year <= years.to),
        );
        if (opts.by) {
          const rows = vetoesBy(vetoes, opts.by as VetoGrouping);
          if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
          const members = ['USSR', 'Russia', 'China', 'France', 'UK', 'USA'];
          if (fmt === 'csv')
            return out(
              csvLines([
                [opts.by, 'drafts', 'casts', 'first', 'last', ...members],
                ...rows.map((r) => [
                  r.key,
                  r.drafts,
                  r.casts,
                  r.firstYear,
                  r.lastYear,
                  ...members.map((m) => r.byMember[m] ?? 0),
                ]),
              ]),
            );
          out(
            formatTable(rows, [
              { header: opts.by, value: (r) => r.key },
              { header: 'vetoed drafts', value: (r) => r.drafts },
              { header: 'vetoes cast', value: (r) => r.casts },
              { header: 'years', value: (r) => `${r.firstYear}-${r.lastYear}` },
              ...(opts.by === 'member'
                ? []
                : members.map((m) => ({ header: m, value: (r: (typeof rows)[number]) => r.byMember[m] ?? 0 }))),
            ]),
          );
          out(
            `\n${vetoes.length} vetoed drafts; a draft vetoed by several members counts once as a draft and once per member as a veto cast. Regions are the veto list's (world-politics-datalab).`,
          );
          return;
        }
        if (fmt === 'json') return out(JSON.stringify(vetoes, null, 2));
        if (fmt === 'csv')
          return out(
            csvLines([
              ['date', 'draft', 'members', 'meeting', 'agenda_item', 'crisis_topic', 'region', 'tally'],
              ...vetoes.map((v) => [
                v.date,
                v.draft,
                v.members.join(' '),
                v.meeting?.record ?? v.meetingRecord,
                v.agendaItem,
                v.crisisTopic,
                v.region,
                v.meeting?.tally.text ?? null,
              ]),
            ]),
          );
        out(
          formatTable(vetoes, [
            { header: 'date', value: (v) => v.date },
            { header: 'draft', value: (v) => short(v.draft, 24) },
            { header: 'vetoed by', value: (v) => v.members.join(', ') },
            { header: 'meeting', value: (v) => v.meeting?.record ?? `${v.meetingRecord} (not in the meetings tables)` },
            { header: 'tally', value: (v) => v.meeting?.tally.text ?? '' },
            { header: 'topic', value: (v) => short(v.crisisTopic ?? v.agendaItem, 28) },
            { header: 'region', value: (v) => v.region ?? '' },
          ]),
        );
        const unmatched = vetoes.filter((v) => !v.meeting).length;
        out(`\n${vetoes.length} vetoed drafts${unmatched ? `; ${unmatched} not found in the meetings tables` : ''}.`);
      });
    });

  council
    .command('vote')
    .description(
      'decide a Council vote under Art. 27: adopted, veto, insufficient votes or invalid, with the threshold and a one-sentence explanation',
    )
    .option(
      '--yes <list>',
      'members voting yes: comma-separated ISO3 codes or seat names (China, France, Russia/USSR, UK, USA)',
    )
    .option('--no <list>', 'members voting no')
    .option('--abstain <list>', 'members abstaining')
    .option('--absent <list>', 'members absent')
    .option('--procedural', 'a procedural matter (Art. 27(2)): no veto')
    .option('--chapter <chapter>', 'VI or VII: under VI, parties to the dispute must abstain (Art. 27(3))')
    .option('--party <list>', 'parties to the dispute')
    .option(
      '--year <year>',
      'year of the vote (Council of 11 and 7 votes before 1966)',
      String(new Date().getFullYear()),
    )
    .option('--format <format>', 'text or json', 'text')
    .action(
      async (opts: {
        yes?: string;
        no?: string;
        abstain?: string;
        absent?: string;
        procedural?: boolean;
        chapter?: string;
        party?: string;
        year: string;
        format: string;
      }) => {
        const fmt = formatOption(opts.format, ['text', 'json'] as const);
        if (opts.chapter !== undefined && opts.chapter !== 'VI' && opts.chapter !== 'VII')
          throw new UsageError(`--chapter must be VI or VII, got "${opts.chapter}"`);
        const ballot: Ballot = {
          year: intOption('--year', opts.year)!,
          yes: seatList(opts.yes),
          no: seatList(opts.no),
          abstain: seatList(opts.abstain),
          absent: seatList(opts.absent),
          procedural: opts.procedural ?? false,
          chapter: opts.chapter as 'VI' | 'VII' | undefined,
          parties: seatList(opts.party),
        };
        if (ballot.yes.length + ballot.no.length + ballot.abstain.length + (ballot.absent?.length ?? 0) === 0)
          throw new UsageError('give at least one member with --yes, --no, --abstain or --absent');
        const d = decideVote(ballot);
        if (fmt === 'json') {
          out(JSON.stringify(d, null, 2));
          if (d.reason === 'invalid') process.exitCode = 2;
          return;
        }
        if (d.reason === 'invalid') throw new UsageError(`invalid ballot:\n  ${d.errors.join('\n  ')}`);
        out(d.explanation);
        out(
          `${d.adopted ? 'adopted' : 'not adopted'} (${d.reason}); ${d.count.yes}-${d.count.no}-${d.count.abstain}${d.count.absent ? `, ${d.count.absent} absent` : ''}${d.count.notListed ? `, ${d.count.notListed} not listed` : ''}; ${d.threshold} of ${d.councilSize} needed in ${d.year}${d.vetoedBy.length ? `; vetoed by ${d.vetoedBy.join(', ')}` : ''}; ${d.rules.join(', ')}`,
        );
      },
    );

  council
    .command('pathway')
    .description(
      "walk R2P's right-authority sequence for a situation: Security Council, then the General Assembly under Uniting for Peace, then a regional organisation under Chapter VIII",
    )
    .requiredOption(
      '--situation <file>',
      'JSON file: {state, year, date?, crimesAlleged, draftMeasures, chapter?, positions, parties?, councilActs?, hostConsent?, generalAssembly?, regionalOrganisation?} (docs/council.md)',
    )
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { situation: string; format: string }) => {
      const fmt = formatOption(opts.format, ['text', 'json'] as const);
      let text: string;
      try {
        text = readFileSync(opts.situation, 'utf8');
      } catch (e) {
        throw new UsageError(
          `cannot read situation file ${opts.situation}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`${opts.situation}: not valid JSON (${(e as Error).message})`);
      }
      const parsed = parseSituation(raw);
      if (!parsed.ok)
        throw new UsageError(
          `${opts.situation}: malformed situation\n${parsed.errors.map((e) => `  field ${e.field}: ${e.reason}`).join('\n')}`,
        );
      const p = walkPathway(parsed.situation);
      if (fmt === 'json') return out(JSON.stringify(p, null, 2));
      out(`Right authority for ${p.state} (${p.year})`);
      p.steps.forEach((s, i) => {
        out(`\n${i + 1}. ${s.authority}: ${s.outcome}`);
        for (const r of s.rules) out(`   rule: ${r.rule} [${r.source}]`);
        for (const f of s.findings) out(`   -> ${f}`);
      });
      out(`\nConclusion: ${p.conclusion}`);
      for (const n of p.notes) out(`Note: ${n}`);
    });

  council
    .command('forecast')
    .description(
      'base-rate estimate that each permanent member vetoes a draft on a topic and/or in a region, from the drafts put to the vote 1946-2022; states its limits',
    )
    .option('--topic <text>', 'text the agenda item contains (case-insensitive), e.g. "Middle East", "Syria"')
    .option('--region <region>', `region (veto list vocabulary): ${topicRegions.join(', ')}`)
    .option('--since <year>', 'use only drafts from this year on')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { topic?: string; region?: string; since?: string; format: string }) => {
      const fmt = formatOption(opts.format, ['text', 'json'] as const);
      if (!opts.topic && !opts.region) throw new UsageError('give --topic, --region or both');
      const region = opts.region
        ? topicRegions.find((r) => r.toLowerCase() === opts.region!.trim().toLowerCase())
        : undefined;
      if (opts.region && !region)
        throw new UsageError(`unknown region "${opts.region}"; known: ${topicRegions.join(', ')}`);
      const since = intOption('--since', opts.since);
      await withStore(async (store) => {
        const meetings = await meetingsWhere(store, {});
        const f = forecastVetoes(votedDrafts(meetings), { topic: opts.topic, region, since });
        if (fmt === 'json') return out(JSON.stringify(f, null, 2));
        const what = [opts.topic && `topic "${opts.topic}"`, region && `region ${region}`].filter(Boolean).join(', ');
        out(
          `Veto base rates for drafts on ${what}, ${f.period ? `${f.period[0]}-${f.period[1]}` : 'no drafts'}: ${f.matchingDrafts} of ${f.draftsInPeriod} drafts put to the vote match, ${f.matchingVetoedDrafts} of them vetoed.\n`,
        );
        out(
          formatTable(f.seats, [
            { header: 'seat', value: (s) => (s.seat === 'Russia' ? 'Russia (USSR to 1991)' : s.seat) },
            { header: 'vetoes', value: (s) => s.vetoes },
            {
              header: 'observed',
              value: (s) => (s.observedRate === null ? 'n/a' : pct(s.observedRate)),
              align: 'right',
            },
            {
              header: '90% interval',
              value: (s) => (s.interval ? `${pct(s.interval[0])}-${pct(s.interval[1])}` : 'n/a'),
              align: 'right',
            },
            { header: 'base rate (all drafts)', value: (s) => pct(s.baseRate), align: 'right' },
            { header: 'estimate', value: (s) => pct(s.probability), align: 'right' },
          ]),
        );
        out(`\nMethod: ${f.method}`);
        out('Limits:');
        for (const l of f.limits) out(`  - ${l}`);
      });
    });
}
