// A vocabulary keyed by stretches of a text: the id of the word at [start, end) of a string,
// found by hashing and comparing its characters in place, so counting words makes no string per
// occurrence (only one per distinct word). Open addressing, FNV-1a hashes.

export class WordTable {
  private table = new Int32Array(1 << 16); // id + 1, 0 = empty
  private hashes = new Int32Array(1 << 12);
  readonly words: string[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The id of the word s[start, end), added when new. */
  idOf(s: string, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const mask = this.table.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot];
      if (entry === 0) return this.add(s.slice(start, end), h, slot);
      const id = entry - 1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id];
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) same = w.charCodeAt(k) === s.charCodeAt(start + k);
      if (same) return id;
    }
  }

  private add(word: string, h: number, slot: number): number {
    const id = this.words.length;
    this.words.push(` ${word}`.slice(1)); // a copy that does not keep the whole text alive
    if (id >= this.hashes.length) {
      const next = new Int32Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[id] = h;
    this.table[slot] = id + 1;
    if (this.words.length * 2 > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }
}
