// Random-access zip reader for `data fetch`: lists members from the central directory (ZIP64
// included) and reads one member at a time (stored or deflated), so a large archive is never held
// in memory. The zip format is parsed by the yauzl library; this module keeps Concord's rules on
// top: member names are returned as stored (no backslash rewriting, no library-side refusal, so
// archive.ts names an unsafe path itself), and a member is never inflated past the size it
// declares (a member claiming 100 bytes that inflates to gigabytes stops there). Errors start
// with `zip:`; the caller checks declared sizes against its limits before calling `read`.
import yauzl from 'yauzl';

export interface ZipMember {
  /** Path inside the archive, as stored (UTF-8, or CP437 for old archives, as the archive says). */
  name: string;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Uncompressed size declared by the central directory. */
  size: number;
}

const zipError = (e: unknown) => new Error(`zip: ${(e as Error).message}`);

export class ZipReader {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly members: ZipMember[],
    private readonly entries: Map<ZipMember, yauzl.Entry>,
  ) {}

  static async open(path: string): Promise<ZipReader> {
    let zip: yauzl.ZipFile;
    try {
      // decodeStrings: false keeps names as bytes (decoded below, unvalidated and unrewritten);
      // validateEntrySizes: false because `read` checks the size itself, per member.
      zip = await yauzl.openPromise(path, { autoClose: false, decodeStrings: false, validateEntrySizes: false });
    } catch (e) {
      throw zipError(e);
    }
    try {
      const members: ZipMember[] = [];
      const entries = new Map<ZipMember, yauzl.Entry>();
      for await (const entry of zip.eachEntry()) {
        const member: ZipMember = {
          name: yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true),
          method: entry.compressionMethod,
          compressedSize: entry.compressedSize,
          size: entry.uncompressedSize,
        };
        members.push(member);
        entries.set(member, entry);
      }
      return new ZipReader(zip, members, entries);
    } catch (e) {
      zip.close();
      throw zipError(e);
    }
  }

  /** The uncompressed bytes of one member; an error when they are more or fewer than it declares. */
  async read(member: ZipMember): Promise<Uint8Array> {
    const entry = this.entries.get(member);
    if (!entry) throw new Error(`zip: ${member.name} is not a member of this archive`);
    if (member.method !== 0 && member.method !== 8)
      throw new Error(`zip: ${member.name} uses unsupported compression method ${member.method}`);
    const parts: Buffer[] = []; // not allocated up front: the declared size is the archive's word
    let filled = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          if (filled + chunk.length > member.size)
            throw new Error(`${member.name} expands to more than the ${member.size} bytes it declares`);
          parts.push(chunk);
          filled += chunk.length;
        }
      } finally {
        stream.destroy();
      }
    } catch (e) {
      throw zipError(e);
    }
    if (filled !== member.size)
      throw new Error(`zip: ${member.name} expanded to ${filled} bytes, expected ${member.size}`);
    return Buffer.concat(parts, filled);
  }

  async close(): Promise<void> {
    this.zip.close();
  }
}
