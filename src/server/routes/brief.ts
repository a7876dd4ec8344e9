// The printable country brief (issue 15 item 5): GET /api/brief/:iso3 answers the brief of
// src/app/brief.ts as one HTML page with its print stylesheet, or as Markdown, the same as
// `concord brief`. Not kept in the answer cache: it carries the day it was made.
import { z } from 'zod';
import { countryBrief } from '../../app/brief.ts';
import { briefHtml, briefMarkdown } from '../../app/brief-render.ts';
import { fileAnswer, route } from '../route.ts';
import { countryOr404, iso3Param } from './countries.ts';

export const briefRoutes = [
  route({
    method: 'GET',
    url: '/api/brief/:iso3',
    tag: 'risk',
    summary:
      'A country brief to print (1-3 pages): forecast with interval and drivers, Framework of Analysis evidence, human-security profile, Council record and R2P references, sovereignty, peace operations, sources and their dates',
    params: iso3Param,
    query: z.object({
      as: z.enum(['html', 'md']).default('html'),
      year: z.coerce
        .number()
        .int()
        .min(1946)
        .max(2100)
        .default(2024)
        .describe('data year of the evidence and profile (default 2024)'),
    }),
    response: fileAnswer,
    file: true,
    handler: async ({ params, query }, { store }) => {
      const c = countryOr404(params.iso3);
      const brief = await countryBrief(store, c.iso3, { year: query.year });
      return query.as === 'md'
        ? { body: briefMarkdown(brief), type: 'text/markdown; charset=utf-8', filename: `concord-brief-${c.iso3}.md` }
        : { body: briefHtml(brief), type: 'text/html; charset=utf-8', filename: `concord-brief-${c.iso3}.html` };
    },
  }),
];
