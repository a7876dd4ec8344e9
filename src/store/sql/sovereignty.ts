// SovereigntyStore over the SqlDb executor, for every dialect: the SQL behind the sovereignty
// registry. Writes run in one write transaction with the caller's check inside, so a refused
// write leaves the registry as it was. Also reads resolution texts and adoption dates for
// checking sources.
import type { StatusInterval } from '../../sovereignty/interval.ts';
import type { ResolutionEvidence } from '../../sovereignty/source.ts';
import type { SeedTerritory, SovereigntyStore, StoredInterval } from '../sovereignty-store.ts';
import type { SqlDb, SqlValue } from './db.ts';
import { insertRows } from './insert-rows.ts';
import { appendAudit } from './audit.ts';

interface IntervalRow {
  territory: string;
  status: string;
  start_date: string;
  end_date: string | null;
  formal_degree: string;
  formal_note: string;
  material_degree: string;
  material_note: string;
  authority: string | null;
  legal_basis: string;
  recognition_level: string | null;
  recognition_note: string | null;
  note: string | null;
  sources: string;
  origin: 'seed' | 'analyst';
  author: string | null;
  reason: string | null;
  recorded_at: string;
}

function toInterval(r: IntervalRow): StoredInterval {
  return {
    territory: r.territory,
    status: r.status as StatusInterval['status'],
    start: r.start_date,
    end: r.end_date,
    formal: { degree: r.formal_degree as StatusInterval['formal']['degree'], note: r.formal_note },
    material: { degree: r.material_degree as StatusInterval['material']['degree'], note: r.material_note },
    authority: r.authority,
    legalBasis: JSON.parse(r.legal_basis) as string[],
    recognition:
      r.recognition_level === null
        ? null
        : {
            level: r.recognition_level as NonNullable<StatusInterval['recognition']>['level'],
            note: r.recognition_note ?? '',
          },
    note: r.note,
    sources: JSON.parse(r.sources) as StatusInterval['sources'],
    origin: r.origin,
    author: r.author,
    reason: r.reason,
    recordedAt: r.recorded_at,
  };
}

/** Resolution numbers asked for in one statement. */
const MAX_IN = 10000;

const intervalColumns = [
  'territory',
  'status',
  'start_date',
  'end_date',
  'formal_degree',
  'formal_note',
  'material_degree',
  'material_note',
  'authority',
  'legal_basis',
  'recognition_level',
  'recognition_note',
  'note',
  'sources',
  'origin',
  'author',
  'reason',
  'recorded_at',
];

function intervalValues(
  i: StatusInterval,
  origin: 'seed' | 'analyst',
  meta: { author: string | null; reason: string | null; recordedAt: string },
): SqlValue[] {
  return [
    i.territory,
    i.status,
    i.start,
    i.end,
    i.formal.degree,
    i.formal.note,
    i.material.degree,
    i.material.note,
    i.authority,
    JSON.stringify(i.legalBasis),
    i.recognition?.level ?? null,
    i.recognition?.note ?? null,
    i.note,
    JSON.stringify(i.sources),
    origin,
    meta.author,
    meta.reason,
    meta.recordedAt,
  ];
}

const selectIntervals = `SELECT ${intervalColumns.join(', ')} FROM sovereignty_intervals`;

export class SqlSovereigntyStore implements SovereigntyStore {
  constructor(private readonly db: SqlDb) {}

  private async all(db: SqlDb, territory?: string): Promise<StoredInterval[]> {
    const rows =
      territory === undefined
        ? await db.all<IntervalRow>(`${selectIntervals} ORDER BY territory, start_date, id`)
        : await db.all<IntervalRow>(`${selectIntervals} WHERE territory = ? ORDER BY start_date, id`, [territory]);
    return rows.map(toInterval);
  }

  async seedDigest(): Promise<string | undefined> {
    const r = await this.db.get<{ digest: string }>('SELECT digest FROM sovereignty_seed');
    return r?.digest;
  }

  async replaceSeed(
    digest: string,
    territories: SeedTerritory[],
    intervals: StatusInterval[],
    check: (all: StatusInterval[]) => void,
  ): Promise<void> {
    const now = new Date().toISOString();
    await this.db.transaction(
      async (tx) => {
        await tx.run("DELETE FROM sovereignty_intervals WHERE origin = 'seed'");
        await tx.run('DELETE FROM sovereignty_territories');
        await tx.run('DELETE FROM sovereignty_seed');
        await insertRows(
          tx,
          'sovereignty_intervals',
          intervalColumns,
          intervals.map((i) => intervalValues(i, 'seed', { author: null, reason: null, recordedAt: now })),
        );
        await insertRows(
          tx,
          'sovereignty_territories',
          ['code', 'name', 'aliases', 'notes'],
          territories.map((r) => [r.code, r.name, JSON.stringify(r.aliases), JSON.stringify(r.notes)]),
        );
        await tx.run('DELETE FROM sovereignty_reviews');
        await insertRows(
          tx,
          'sovereignty_reviews',
          ['code', 'reviewed', 'note'],
          territories.map((r) => [r.code, r.review.date, r.review.note]),
        );
        const before = await tx.get<{ digest: string }>('SELECT digest FROM sovereignty_seed');
        await tx.run('INSERT INTO sovereignty_seed (digest, applied_at) VALUES (?, ?)', [digest, now]);
        check(await this.all(tx));
        await appendAudit(tx, {
          actor: 'system:seed',
          action: 'sovereignty.seed',
          subject: 'sovereignty',
          before: before ? { digest: before.digest } : null,
          after: { digest, intervals: intervals.length, territories: territories.length },
        });
      },
      { write: true },
    );
  }

  async addIntervals(
    intervals: StatusInterval[],
    meta: { author: string; reason: string; recordedAt: string },
    check: (existing: StatusInterval[]) => void,
  ): Promise<void> {
    await this.db.transaction(
      async (tx) => {
        check(await this.all(tx));
        await insertRows(
          tx,
          'sovereignty_intervals',
          intervalColumns,
          intervals.map((i) => intervalValues(i, 'analyst', meta)),
        );
        const territories = [...new Set(intervals.map((i) => i.territory))].sort();
        await appendAudit(tx, {
          actor: meta.author,
          action: 'sovereignty.add',
          subject: `sovereignty:${territories.join(',')}`,
          before: null,
          after: { reason: meta.reason, intervals },
        });
      },
      { write: true },
    );
  }

  async intervals(filter: { territory?: string } = {}): Promise<StoredInterval[]> {
    return this.all(this.db, filter.territory);
  }

  async territories(): Promise<SeedTerritory[]> {
    const rows = await this.db.all<{
      code: string;
      name: string;
      aliases: string;
      notes: string;
      reviewed: string | null;
      review_note: string | null;
    }>(
      `SELECT t.code, t.name, t.aliases, t.notes, r.reviewed, r.note AS review_note
         FROM sovereignty_territories t LEFT JOIN sovereignty_reviews r ON r.code = t.code ORDER BY t.code`,
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      aliases: JSON.parse(r.aliases) as string[],
      notes: JSON.parse(r.notes) as SeedTerritory['notes'],
      // A store seeded before migration 8 has no review until it re-seeds (the seed's digest changed with the reviews).
      review:
        r.reviewed === null ? { date: '', note: 'not reviewed' } : { date: r.reviewed, note: r.review_note ?? '' },
    }));
  }

  async resolutionEvidence(numbers: number[]): Promise<Map<number, ResolutionEvidence>> {
    const out = new Map<number, ResolutionEvidence>();
    const wanted = [...new Set(numbers)];
    if (wanted.length === 0) return out;
    const texts = new Map<number, string>();
    const dates = new Map<number, string[]>();
    for (let i = 0; i < wanted.length; i += MAX_IN) {
      const some = wanted.slice(i, i + MAX_IN);
      const list = some.map(() => '?').join(', ');
      for (const r of await this.db.all<{ number: number; text: string }>(
        `SELECT number, text FROM resolutions WHERE number IN (${list})`,
        some,
      )) {
        texts.set(r.number, r.text);
      }
      const rows = await this.db.all<{ number: number; date: string }>(
        `SELECT DISTINCT resolution_number AS number, date FROM meeting_outcomes
          WHERE kind = 'resolution' AND resolution_number IN (${list}) ORDER BY resolution_number, date`,
        some,
      );
      for (const r of rows) dates.set(r.number, [...(dates.get(r.number) ?? []), r.date]);
    }
    for (const n of wanted) {
      const t = texts.get(n);
      const d = dates.get(n) ?? [];
      if (t !== undefined || d.length > 0)
        out.set(n, { ...(t !== undefined ? { text: t } : {}), ...(d.length > 0 ? { adoptedOn: d } : {}) });
    }
    return out;
  }
}
