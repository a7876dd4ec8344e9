// A pull reader over a stream of byte chunks, for the tar reader: take exactly n bytes, skip n
// bytes, or pass the next n bytes through chunk by chunk, pulling more input only as needed
// (so an archive is never held in memory whole).

export class ByteQueue {
  private chunks: Buffer[] = [];
  private head = 0; // offset into chunks[0]
  private available = 0;
  private ended = false;
  /** Bytes handed out (taken or skipped) so far: the position in the uncompressed stream. */
  position = 0;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Pulls chunks until at least `n` bytes are buffered; false when the input ends first. */
  private async fill(n: number): Promise<boolean> {
    while (this.available < n) {
      if (this.ended) return false;
      const r = await this.source.next();
      if (r.done) {
        this.ended = true;
        return false;
      }
      if (r.value.length === 0) continue;
      this.chunks.push(r.value);
      this.available += r.value.length;
    }
    return true;
  }

  /** True when no byte is left (pulls if needed to find out). */
  async atEnd(): Promise<boolean> {
    return !(await this.fill(1));
  }

  /**
   * Exactly `n` bytes as a new Buffer, or null when the input ends first (then the bytes that
   * were there are consumed and `position` counts them).
   */
  async take(n: number): Promise<Buffer | null> {
    if (!(await this.fill(n))) {
      this.position += this.available;
      this.chunks = [];
      this.head = 0;
      this.available = 0;
      return null;
    }
    const out = Buffer.allocUnsafe(n);
    let written = 0;
    while (written < n) {
      const c = this.chunks[0];
      const k = Math.min(n - written, c.length - this.head);
      c.copy(out, written, this.head, this.head + k);
      written += k;
      this.consume(k);
    }
    return out;
  }

  /**
   * Yields the next `n` bytes as views into the input chunks (valid until the next call).
   * Returns early only when the input ends; the caller compares what it received with `n`.
   */
  async *pass(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.available === 0 && !(await this.fill(1))) return;
      const c = this.chunks[0];
      const k = Math.min(left, c.length - this.head);
      const view = c.subarray(this.head, this.head + k);
      this.consume(k);
      left -= k;
      yield view;
    }
  }

  /** Discards `n` bytes; returns how many were actually there. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    for await (const view of this.pass(n)) skipped += view.length;
    return skipped;
  }

  private consume(k: number): void {
    this.head += k;
    this.available -= k;
    this.position += k;
    if (this.head === this.chunks[0].length) {
      this.chunks.shift();
      this.head = 0;
    }
  }
}
