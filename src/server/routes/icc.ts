// ICC jurisdiction endpoints: whether the International Criminal Court has jurisdiction over
// conduct (territory, region, nationality, date, crime) and on which basis - Art. 12(2)(a),
// 12(2)(b), 12(3), 13(b) - or why not, with sources (the use case of src/app/icc.ts, as the
// CLI's `concord icc jurisdiction`); and one state's Rome Statute participation rows. A field
// that cannot be read is a 400 naming it.
import { z } from 'zod';
import { answerJurisdiction, iccFacts, IccQuestionError } from '../../app/icc.ts';
import { ApiError } from '../errors.ts';
import { route } from '../route.ts';
import { iso3Param } from './countries.ts';

const citation = z.object({ citation: z.string(), date: z.string(), supports: z.string(), url: z.string().optional() });

export const jurisdictionAnswerSchema = z.object({
  question: z.object({
    territory: z.string(),
    territoryName: z.string(),
    region: z.string().nullable(),
    nationality: z.string(),
    nationalityName: z.string(),
    date: z.string(),
    crime: z.string().nullable(),
  }),
  jurisdiction: z.boolean(),
  basis: z
    .array(z.string())
    .describe(
      'the provisions that give jurisdiction: Art. 12(2)(a), Art. 12(2)(b), Art. 12(3), Art. 13(b); empty when none',
    ),
  reasons: z.array(z.string()),
  sources: z.array(citation),
});

const participation = z.object({
  state: z.string(),
  name: z.string(),
  deposited: z.string(),
  entryIntoForce: z.string(),
  withdrawalNotified: z.string().nullable(),
  withdrawalEffective: z.string().nullable(),
  withdrawalRevoked: z.string().nullable(),
  note: z.string().nullable(),
  uncertain: z.string().nullable(),
  sources: z.array(citation),
});
const declaration = z.object({
  state: z.string(),
  article: z.enum(['12(3)', '124']),
  lodged: z.string(),
  from: z.string(),
  until: z.string().nullable(),
  scope: z.string().nullable(),
  effective: z.boolean(),
  note: z.string().nullable(),
  uncertain: z.string().nullable(),
  sources: z.array(citation),
});
const referral = z.object({
  resolution: z.number().int(),
  citation: z.string(),
  adopted: z.string(),
  situation: z.string(),
  territory: z.string(),
  regions: z.array(z.string()).nullable(),
  from: z.string(),
  note: z.string().nullable(),
  sources: z.array(citation),
});

export const iccRoutes = [
  route({
    method: 'GET',
    url: '/api/icc/jurisdiction',
    tag: 'icc',
    summary:
      'Whether the International Criminal Court has jurisdiction over conduct, on which basis (Art. 12(2)(a), 12(2)(b), 12(3), 13(b)) or why not, with sources',
    description:
      'territory and nationality: ISO3 or a name; region: where in the territory (a referral may cover a region only, e.g. Darfur); date: YYYY-MM-DD of the conduct; crime: genocide, crimes-against-humanity, war-crimes or ethnic-cleansing (default: any).',
    query: z.object({
      territory: z.string().min(1).max(100),
      region: z.string().max(100).optional(),
      nationality: z.string().min(1).max(100),
      date: z.string().max(20),
      crime: z.string().max(40).optional(),
    }),
    cacheBy: [],
    response: jurisdictionAnswerSchema,
    handler: async ({ query }, { store }) => {
      try {
        return await answerJurisdiction(store, query);
      } catch (e) {
        if (e instanceof IccQuestionError)
          throw new ApiError(400, 'invalid-input', `query.${e.message}`, `query.${e.field}`);
        throw e;
      }
    },
  }),
  route({
    method: 'GET',
    url: '/api/icc/participation/:iso3',
    tag: 'icc',
    summary:
      "A state's Rome Statute participation (null when it has never been a party), its Art. 12(3) and 124 declarations and the referrals of its territory, with sources",
    params: iso3Param,
    cacheBy: [],
    response: z.object({
      state: z.string(),
      participation: participation.nullable(),
      declarations: z.array(declaration),
      referrals: z.array(referral),
    }),
    handler: async ({ params }, { store }) => {
      const facts = await iccFacts(store);
      return {
        state: params.iso3,
        participation: facts.participation.find((p) => p.state === params.iso3) ?? null,
        declarations: facts.declarations.filter((d) => d.state === params.iso3),
        referrals: facts.referrals.filter((r) => r.territory === params.iso3),
      };
    },
  }),
];
