// API route of the Council's members by year (use case src/app/council-members.ts; DPPA
// membership, source unsc-members): GET /api/council/members?year=Y, JSON or CSV.
import { z } from 'zod';
import { councilMembersOf } from '../../app/council-members.ts';
import { BadInputError, NotReadyError } from '../../errors.ts';
import { ApiError } from '../errors.ts';
import { route } from '../route.ts';

const member = z.object({
  year: z.number().int(),
  iso3: z.string(),
  name: z.string(),
  seat: z.enum(['permanent', 'elected']),
});

export const councilMembersRoutes = [
  route({
    method: 'GET',
    url: '/api/council/members',
    cacheBy: ['unsc-members'],
    tag: 'council',
    summary: 'The members of the Security Council in a year, with ISO3 and seat (DPPA membership, 1946-2027)',
    query: z.object({ year: z.coerce.number().int().min(1946).max(2100).describe('the year') }),
    response: z.array(member),
    csv: (rows) => ({ filename: 'concord-council-members.csv', rows, columns: ['year', 'iso3', 'name', 'seat'] }),
    handler: async ({ query }, { store }) => {
      try {
        return await councilMembersOf(store, query.year);
      } catch (e) {
        if (e instanceof BadInputError) throw new ApiError(400, 'invalid-input', e.message, 'query.year');
        if (e instanceof NotReadyError) throw new ApiError(404, 'not-found', e.message);
        throw e;
      }
    },
  }),
];
