// A growable list of 32-bit integers (the positions and counts the core collects).
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** A copy of the values pushed so far. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
