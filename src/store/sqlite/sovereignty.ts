// SQLite implementation of SovereigntyStore: the SQL behind the sovereignty registry. Writes run
// in one IMMEDIATE transaction with the caller's check inside, so a refused write leaves the
// registry as it was. Also reads resolution texts and adoption dates for checking sources.
import type Database from 'better-sqlite3';
import type { StatusInterval } from '../../sovereignty/interval.ts';
import type { ResolutionEvidence } from '../../sovereignty/source.ts';
import type { SeedTerritory, SovereigntyStore, StoredInterval } from '../sovereignty-store.ts';

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
    recognition: r.recognition_level === null ? null : { level: r.recognition_level as NonNullable<StatusInterval['recognition']>['level'], note: r.recognition_note ?? '' },
    note: r.note,
    sources: JSON.parse(r.sources) as StatusInterval['sources'],
    origin: r.origin,
    author: r.author,
    reason: r.reason,
    recordedAt: r.recorded_at,
  };
}

export class SqliteSovereigntyStore implements SovereigntyStore {
  constructor(private readonly db: Database.Database) {}

  private insert(i: StatusInterval, origin: 'seed' | 'analyst', meta: { author: string | null; reason: string | null; recordedAt: string }): void {
    this.db
      .prepare(
        `INSERT INTO sovereignty_intervals (territory, status, start_date, end_date, formal_degree, formal_note, material_degree, material_note, authority,
           legal_basis, recognition_level, recognition_note, note, sources, origin, author, reason, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
      );
  }

  private all(territory?: string): StoredInterval[] {
    const rows = (
      territory === undefined
        ? this.db.prepare('SELECT * FROM sovereignty_intervals ORDER BY territory, start_date').all()
        : this.db.prepare('SELECT * FROM sovereignty_intervals WHERE territory = ? ORDER BY start_date').all(territory)
    ) as IntervalRow[];
    return rows.map(toInterval);
  }

  async seedDigest(): Promise<string | undefined> {
    const r = this.db.prepare('SELECT digest FROM sovereignty_seed').get() as { digest: string } | undefined;
    return r?.digest;
  }

  async replaceSeed(digest: string, territories: SeedTerritory[], intervals: StatusInterval[], check: (all: StatusInterval[]) => void): Promise<void> {
    const now = new Date().toISOString();
    this.db
      .transaction(() => {
        this.db.prepare("DELETE FROM sovereignty_intervals WHERE origin = 'seed'").run();
        this.db.prepare('DELETE FROM sovereignty_territories').run();
        this.db.prepare('DELETE FROM sovereignty_seed').run();
        for (const i of intervals) this.insert(i, 'seed', { author: null, reason: null, recordedAt: now });
        const t = this.db.prepare('INSERT INTO sovereignty_territories (code, name, aliases, notes) VALUES (?, ?, ?, ?)');
        for (const r of territories) t.run(r.code, r.name, JSON.stringify(r.aliases), JSON.stringify(r.notes));
        this.db.prepare('INSERT INTO sovereignty_seed (digest, applied_at) VALUES (?, ?)').run(digest, now);
        check(this.all());
      })
      .immediate();
  }

  async addIntervals(intervals: StatusInterval[], meta: { author: string; reason: string; recordedAt: string }, check: (existing: StatusInterval[]) => void): Promise<void> {
    this.db
      .transaction(() => {
        check(this.all());
        for (const i of intervals) this.insert(i, 'analyst', meta);
      })
      .immediate();
  }

  async intervals(filter: { territory?: string } = {}): Promise<StoredInterval[]> {
    return this.all(filter.territory);
  }

  async territories(): Promise<SeedTerritory[]> {
    const rows = this.db.prepare('SELECT * FROM sovereignty_territories ORDER BY code').all() as { code: string; name: string; aliases: string; notes: string }[];
    return rows.map((r) => ({ code: r.code, name: r.name, aliases: JSON.parse(r.aliases) as string[], notes: JSON.parse(r.notes) as SeedTerritory['notes'] }));
  }

  async resolutionEvidence(numbers: number[]): Promise<Map<number, ResolutionEvidence>> {
    const out = new Map<number, ResolutionEvidence>();
    const text = this.db.prepare('SELECT text FROM resolutions WHERE number = ?');
    const dates = this.db.prepare("SELECT DISTINCT date FROM meeting_outcomes WHERE kind = 'resolution' AND resolution_number = ? ORDER BY date");
    for (const n of new Set(numbers)) {
      const t = text.get(n) as { text: string } | undefined;
      const d = (dates.all(n) as { date: string }[]).map((r) => r.date);
      if (t || d.length > 0) out.set(n, { ...(t ? { text: t.text } : {}), ...(d.length > 0 ? { adoptedOn: d } : {}) });
    }
    return out;
  }
}
