// What the operations capability asks of the store, implemented once over the
// SqlDb executor in src/store/sql/operations.ts: the repaired DPPA operations joined to the countries table,
// OWID's personnel per year, the resolution texts and Council resolutions the linker reads, and
// the links it computed (replaced as a whole, in one transaction, when their inputs change).
import type { CouncilResolution } from '../operations/link-by-meetings.ts';
import type { ResolutionText } from '../operations/link-by-text.ts';
import type { LinkResult } from '../operations/link.ts';
import type { PeaceOperation } from '../operations/operation.ts';
import type { PersonnelYear } from '../operations/timeline.ts';

export interface OperationsStore {
  operations(): Promise<PeaceOperation[]>;
  personnel(): Promise<PersonnelYear[]>;
  /** What the links depend on: the imports of the operations, resolutions and meetings. */
  linkInputs(): Promise<string>;
  resolutionTexts(): Promise<ResolutionText[]>;
  councilResolutions(): Promise<CouncilResolution[]>;
  /** The stored links and the inputs they were computed from (undefined if never computed). */
  links(): Promise<{ inputs: string | undefined; result: LinkResult }>;
  replaceLinks(inputs: string, result: LinkResult): Promise<void>;
}
