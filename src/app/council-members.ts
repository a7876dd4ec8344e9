// Use case `council members`: the members of the Security Council in one year (DPPA membership,
// source unsc-members) with their country id and seat, shared by the CLI and the API. A year the
// store holds no membership for is an BadInputError naming the years it holds; an empty
// store a NotReadyError saying what to import.
import type { CouncilMember } from '../council/document.ts';
import type { Store } from '../store/store.ts';
import { BadInputError, NotReadyError } from '../errors.ts';
import { importAdvice } from './import-advice.ts';

export async function councilMembersOf(store: Store, year: number): Promise<CouncilMember[]> {
  const span = await store.council.memberYears();
  if (span.min === null)
    throw new NotReadyError(
      `the store holds no Council membership: run ${await importAdvice(store, ['unsc-members'])}`,
    );
  if (!Number.isInteger(year) || year < span.min || year > span.max!) {
    throw new BadInputError(`no Council membership for ${year}: the store holds ${span.min}-${span.max}`);
  }
  return store.council.councilMembers(year);
}
