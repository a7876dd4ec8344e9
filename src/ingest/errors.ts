// The one error type loaders throw for bad upstream input: it names the file, the line
// (when there is one) and the field, so a user can find the defect. Its kind is bad-input.
import { ConcordError } from '../errors.ts';
export class IngestError extends ConcordError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super('bad-input', `${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
  }
}
