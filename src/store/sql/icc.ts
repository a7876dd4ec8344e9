// IccStore over the SqlDb executor, for every dialect: the SQL behind the ICC jurisdiction data
// (tables of migration 8). The seed is replaced in one write transaction that appends its audit
// entry; reads return the rows in a stable order (state, then lodging date; resolution number).
import type {
  DeclarationRecord,
  IccCitation,
  IccFacts,
  ParticipationRecord,
  ReferralRecord,
} from '../../sovereignty/icc.ts';
import type { IccStore } from '../icc-store.ts';
import { appendAudit } from './audit.ts';
import type { SqlDb } from './db.ts';
import { insertRows } from './insert-rows.ts';

const participationColumns = [
  'state',
  'name',
  'deposited',
  'entry_into_force',
  'withdrawal_notified',
  'withdrawal_effective',
  'withdrawal_revoked',
  'note',
  'uncertain',
  'sources',
];
const declarationColumns = [
  'state',
  'article',
  'lodged',
  'period_from',
  'period_until',
  'scope',
  'effective',
  'note',
  'uncertain',
  'sources',
];
const referralColumns = [
  'resolution',
  'citation',
  'adopted',
  'situation',
  'territory',
  'regions',
  'period_from',
  'note',
  'sources',
];

type Sourced<T> = Omit<T, 'sources'> & { sources: string };

export class SqlIccStore implements IccStore {
  constructor(private readonly db: SqlDb) {}

  async seedDigest(): Promise<string | undefined> {
    return (await this.db.get<{ digest: string }>('SELECT digest FROM icc_seed'))?.digest;
  }

  async replaceSeed(digest: string, facts: IccFacts): Promise<void> {
    const now = new Date().toISOString();
    await this.db.transaction(
      async (tx) => {
        const before = await tx.get<{ digest: string }>('SELECT digest FROM icc_seed');
        for (const t of ['icc_participation', 'icc_declarations', 'icc_referrals', 'icc_seed'])
          await tx.run(`DELETE FROM ${t}`);
        await insertRows(
          tx,
          'icc_participation',
          participationColumns,
          facts.participation.map((p) => [
            p.state,
            p.name,
            p.deposited,
            p.entryIntoForce,
            p.withdrawalNotified,
            p.withdrawalEffective,
            p.withdrawalRevoked,
            p.note,
            p.uncertain,
            JSON.stringify(p.sources),
          ]),
        );
        await insertRows(
          tx,
          'icc_declarations',
          declarationColumns,
          facts.declarations.map((d) => [
            d.state,
            d.article,
            d.lodged,
            d.from,
            d.until,
            d.scope,
            d.effective ? 1 : 0,
            d.note,
            d.uncertain,
            JSON.stringify(d.sources),
          ]),
        );
        await insertRows(
          tx,
          'icc_referrals',
          referralColumns,
          facts.referrals.map((r) => [
            r.resolution,
            r.citation,
            r.adopted,
            r.situation,
            r.territory,
            r.regions === null ? null : JSON.stringify(r.regions),
            r.from,
            r.note,
            JSON.stringify(r.sources),
          ]),
        );
        await tx.run('INSERT INTO icc_seed (digest, applied_at) VALUES (?, ?)', [digest, now]);
        await appendAudit(tx, {
          actor: 'system:seed',
          action: 'icc.seed',
          subject: 'icc',
          before: before ? { digest: before.digest } : null,
          after: {
            digest,
            participation: facts.participation.length,
            declarations: facts.declarations.length,
            referrals: facts.referrals.length,
          },
        });
      },
      { write: true },
    );
  }

  async facts(): Promise<IccFacts> {
    const sources = (s: string) => JSON.parse(s) as IccCitation[];
    const participation = await this.db.all<Sourced<ParticipationRecord>>(
      `SELECT state, name, deposited, entry_into_force AS "entryIntoForce", withdrawal_notified AS "withdrawalNotified",
              withdrawal_effective AS "withdrawalEffective", withdrawal_revoked AS "withdrawalRevoked", note, uncertain, sources
         FROM icc_participation ORDER BY state`,
    );
    const declarations = await this.db.all<Omit<Sourced<DeclarationRecord>, 'effective'> & { effective: number }>(
      `SELECT state, article, lodged, period_from AS "from", period_until AS "until", scope, effective, note, uncertain, sources
         FROM icc_declarations ORDER BY state, lodged, id`,
    );
    const referrals = await this.db.all<Omit<Sourced<ReferralRecord>, 'regions'> & { regions: string | null }>(
      `SELECT resolution, citation, adopted, situation, territory, regions, period_from AS "from", note, sources FROM icc_referrals ORDER BY resolution`,
    );
    return {
      participation: participation.map((p) => ({ ...p, sources: sources(p.sources) })),
      declarations: declarations.map((d) => ({
        ...d,
        effective: Number(d.effective) === 1,
        sources: sources(d.sources),
      })),
      referrals: referrals.map((r) => ({
        ...r,
        resolution: Number(r.resolution),
        regions: r.regions === null ? null : (JSON.parse(r.regions) as string[]),
        sources: sources(r.sources),
      })),
    };
  }
}
