// A small random-access zip reader: lists members from the central directory (ZIP64 included)
// and reads one member at a time (stored or deflated), so a large archive is never held in memory.
import { type FileHandle, open } from 'node:fs/promises';
import { inflateSync } from 'fflate';

export interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead !== length) throw new Error(`zip: unexpected end of file at byte ${position + bytesRead}`);
  return buf;
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('zip: size beyond 2^53');
  return Number(v);
}

export class ZipReader {
  private constructor(
    private readonly fh: FileHandle,
    readonly members: ZipMember[],
  ) {}

  static async open(path: string): Promise<ZipReader> {
    const fh = await open(path, 'r');
    try {
      return new ZipReader(fh, await ZipReader.centralDirectory(fh));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  private static async centralDirectory(fh: FileHandle): Promise<ZipMember[]> {
    const fileSize = (await fh.stat()).size;
    const tailLength = Math.min(fileSize, 22 + 0xffff);
    const tail = await readAt(fh, fileSize - tailLength, tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new Error('zip: not a zip archive (no end of central directory)');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locAt = at - 20;
      if (locAt < 0 || tail.readUInt32LE(locAt) !== ZIP64_LOCATOR) throw new Error('zip: ZIP64 locator missing');
      const rec = await readAt(fh, u64(tail, locAt + 8), 56);
      if (rec.readUInt32LE(0) !== ZIP64_EOCD) throw new Error('zip: bad ZIP64 end of central directory');
      count = u64(rec, 32);
      cdSize = u64(rec, 40);
      cdOffset = u64(rec, 48);
    }
    if (cdOffset + cdSize > fileSize) throw new Error('zip: central directory beyond end of file (truncated archive?)');
    const cd = await readAt(fh, cdOffset, cdSize);
    const members: ZipMember[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new Error(`zip: bad central directory entry ${i}`);
      const method = cd.readUInt16LE(p + 10);
      let compressedSize = cd.readUInt32LE(p + 20);
      let size = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
      // ZIP64 extended information: the fields saturated in the fixed part, in this order.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = cd.readUInt16LE(e);
        const len = cd.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) (size = u64(cd, q)), (q += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(cd, q)), (q += 8);
          if (localOffset === 0xffffffff) localOffset = u64(cd, q);
        }
        e += 4 + len;
      }
      members.push({ name, method, compressedSize, size, localOffset });
      p = extraEnd + commentLength;
    }
    return members;
  }

  /** The uncompressed bytes of one member. */
  async read(member: ZipMember): Promise<Uint8Array> {
    const header = await readAt(this.fh, member.localOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL) throw new Error(`zip: bad local header for ${member.name}`);
    const dataAt = member.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = await readAt(this.fh, dataAt, member.compressedSize);
    let data: Uint8Array;
    if (member.method === 0) data = raw;
    else if (member.method === 8) data = inflateSync(raw, { out: new Uint8Array(member.size) });
    else throw new Error(`zip: ${member.name} uses unsupported compression method ${member.method}`);
    if (data.byteLength !== member.size) throw new Error(`zip: ${member.name} expanded to ${data.byteLength} bytes, expected ${member.size}`);
    return data;
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}
