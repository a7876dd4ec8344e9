// Source unsc-resolutions: the English texts of Security Council resolutions from CR-UNSC, one
// file per resolution named S_RES_NNNN_YYYY_EN_GOLD.txt in the folder unsc/resolutions-en, into
// the table `resolutions` (number and year from the name, the file name, the text verbatim but
// for a leading byte-order mark). Any other name in the folder, a number given twice, text
// that is not UTF-8, or an empty text (no letter or digit) is an IngestError naming the file.
// The corpus is one 1946-2026: CR-UNSC gives the texts up to 1994 and its two later hand-corrected
// texts (1445 and 1454, 2002: the labelled optics sample and its reproducible draw refer to their
// paragraphs), the UN's own XML (source unxml-resolutions) the others from 2000. Rows carry
// `source` (the resolutions table is shared with unxml-resolutions).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { readTextFile } from '../formats/text.ts';
import type { Source } from '../source.ts';
import { crUnsc } from './provenance.ts';

const folder = 'unsc/resolutions-en';
const fileName = /^S_RES_(\d{4})_(\d{4})_EN_GOLD\.txt$/;

/** Number and year of a resolution file name, or undefined when the name does not fit the pattern. */
export function parseResolutionFileName(name: string): { number: number; year: number } | undefined {
  const m = fileName.exec(name);
  if (!m) return undefined;
  const number = Number(m[1]);
  const year = Number(m[2]);
  if (number < 1 || year < 1946) return undefined;
  return { number, year };
}

export const resolutionsSource: Source = {
  id: 'unsc-resolutions',
  title: 'Security Council resolutions, English texts (CR-UNSC)',
  ...crUnsc,
  files: [{ path: folder }],
  tables: ['resolutions', 'source_files'],
  version: 2,
  async load(dataDir, sink) {
    const dir = join(dataDir, folder);
    const names = readdirSync(dir).sort();
    const seen = new Map<number, string>();
    const parsed = names.map((name) => {
      const id = parseResolutionFileName(name);
      if (!id)
        throw new IngestError(`${folder}/${name}`, undefined, 'file name does not match S_RES_NNNN_YYYY_EN_GOLD.txt');
      const earlier = seen.get(id.number);
      if (earlier)
        throw new IngestError(`${folder}/${name}`, undefined, `resolution ${id.number} already read from ${earlier}`);
      seen.set(id.number, name);
      return { name, ...id };
    });
    let done = 0;
    for (const { name, number, year } of parsed) {
      const text = readTextFile(join(dir, name), `${folder}/${name}`);
      if (!/[\p{L}\p{N}]/u.test(text))
        throw new IngestError(`${folder}/${name}`, undefined, 'the resolution text is empty (is the file truncated?)');
      await sink.insert('resolutions', { number, year, file: name, text, source: this.id });
      sink.progress(++done, parsed.length);
    }
  },
};
