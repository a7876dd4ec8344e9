// The one error type loaders throw for bad upstream input: it names the file, the line
// (when there is one) and the field, so a user can find the defect.
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'IngestError';
  }
}
