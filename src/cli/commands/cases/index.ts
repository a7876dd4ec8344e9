// `concord cases create|list|show|update|assess|criteria|ledger|history|export`: the R2P case
// workbench. Every change is validated whole (src/cases/schema.ts) and saved as a new version
// with its author, time and reason, in one transaction; a rejected change saves nothing.
import type { Command } from 'commander';
import { registerCreate } from './create.ts';
import { registerUpdateAssess } from './update-assess.ts';
import { registerCriteria } from './criteria.ts';
import { registerLedger } from './ledger.ts';
import { registerHistoryExport } from './history-export.ts';

export function registerCases(program: Command): void {
  const cases = program
    .command('cases')
    .description(
      'the R2P case workbench: situations, Framework of Analysis assessments, ICISS criteria, the response ledger; every change versioned',
    );
  registerCreate(cases);
  registerUpdateAssess(cases);
  registerCriteria(cases);
  registerLedger(cases);
  registerHistoryExport(cases);
}
