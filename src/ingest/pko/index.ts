// The two peace-operations sources: the DPPA/DPO list of UN peacekeeping operations, repaired
// (`pko-dppa` -> operations), and OWID's yearly peacekeeping personnel (`pko-personnel`).
import type { Source } from '../source.ts';
import { loadOperations } from './dppa.ts';
import { pkoFiles } from './files.ts';
import { loadPersonnel } from './personnel.ts';

export const pkoSources: Source[] = [
  {
    id: 'pko-dppa',
    title: 'UN peacekeeping operations (DPPA/DPO list, repaired)',
    licence: 'UN terms of use',
    attribution: 'United Nations, UN Peace and Security Data Hub (DPPA/DPO peacekeeping operations)',
    upstream: 'UN Peace and Security Data Hub (psdata.un.org)',
    files: [{ path: pkoFiles.dppa }],
    tables: ['operations'],
    version: 1,
    load: loadOperations,
  },
  {
    id: 'pko-personnel',
    title: 'UN peacekeeping missions and personnel per year (Our World in Data)',
    licence: 'CC BY 4.0',
    attribution: 'Our World in Data, based on United Nations Peacekeeping',
    upstream: 'Our World in Data (ourworldindata.org)',
    files: [{ path: pkoFiles.personnel }],
    tables: ['peacekeeping_personnel'],
    version: 1,
    load: loadPersonnel,
  },
];
