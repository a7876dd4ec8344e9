// The peace operations registry, for the CLI and the server alike: the repaired DPPA list with the
// resolution that created each operation (linked by the operations core from the resolution
// texts and the meetings tables), relinked once per store, whatever the concurrency, when the
// linker or those imports changed, and the links kept in the store.
import { NotReadyError } from '../errors.ts';
import { linkerVersion, type LinkResult, linkOperations } from '../operations/link.ts';
import type { PeaceOperation } from '../operations/operation.ts';
import type { Store } from '../store/store.ts';
import { importAdvice } from './import-advice.ts';

export interface OperationsRegistry {
  ops: PeaceOperation[];
  links: LinkResult;
}

const linking = new WeakMap<Store, { inputs: string; done: Promise<LinkResult> }>();

/** The operations and their links; with `required`, a NotReadyError when no operations are imported. */
export async function operationsRegistry(store: Store, opts: { required?: boolean } = {}): Promise<OperationsRegistry> {
  const ops = await store.operations.operations();
  if (opts.required && ops.length === 0)
    throw new NotReadyError(
      `no peace operations in the store; import them first: ${await importAdvice(store, ['pko-dppa', 'pko-personnel'])}`,
    );
  const inputs = `linker ${linkerVersion};${await store.operations.linkInputs()}`;
  let entry = linking.get(store);
  if (!entry || entry.inputs !== inputs) {
    const done = (async () => {
      const stored = await store.operations.links();
      if (stored.inputs === inputs) return stored.result;
      const links = linkOperations(
        ops,
        await store.operations.resolutionTexts(),
        await store.operations.councilResolutions(),
      );
      await store.operations.replaceLinks(inputs, links);
      return links;
    })();
    entry = { inputs, done };
    linking.set(store, entry);
    done.catch(() => linking.delete(store));
  }
  return { ops, links: await entry.done };
}
