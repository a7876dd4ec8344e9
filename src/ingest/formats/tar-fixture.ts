// Builders of tar archives byte by byte, for tests: ustar header blocks written by hand (so names
// and sizes a real tar would refuse can be made: traversal, absolute paths, links, huge sizes), pax
// extended headers and the end-of-archive marker. Test support only.

/** One ustar header block, written by hand (so names tar itself would refuse can be made). */
export function header(name: string, size: number, type = '0', opts: { prefix?: string; magic?: string; linkname?: string } = {}): Buffer {
  const b = Buffer.alloc(512);
  b.write(name, 0, 100, 'utf8');
  if (opts.linkname) b.write(opts.linkname, 157, 100, 'utf8');
  b.write('0000644\0', 100, 'latin1');
  b.write('0000000\0', 108, 'latin1');
  b.write('0000000\0', 116, 'latin1');
  if (size < 8 ** 11) b.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  else {
    b[124] = 0x80; // GNU base-256, for sizes beyond 8 GiB
    b.writeUIntBE(size, 130, 6);
  }
  b.write('00000000000\0', 136, 'latin1');
  b.write(type, 156, 'latin1');
  b.write(opts.magic ?? 'ustar\u000000', 257, 'latin1');
  if (opts.prefix) b.write(opts.prefix, 345, 155, 'utf8');
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const x of b) sum += x;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return b;
}

export function entry(name: string, body: string | Buffer, type = '0', opts: { prefix?: string; linkname?: string } = {}): Buffer {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header(name, data.length, type, opts), data, pad]);
}

export function pax(records: Record<string, string>): Buffer {
  const body = Object.entries(records)
    .map(([k, v]) => {
      const rest = ` ${k}=${v}\n`;
      let len = Buffer.byteLength(rest) + 1;
      while (String(len).length + Buffer.byteLength(rest) !== len) len++;
      return `${len}${rest}`;
    })
    .join('');
  return entry('PaxHeader', body, 'x');
}

export const END = Buffer.alloc(1024);
