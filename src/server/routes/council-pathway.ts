// The right-authority pathway (ICISS 2001): a situation (state, crimes alleged, draft measures,
// expected Council positions, Assembly votes, regional organisation) walked through the Council,
// the General Assembly under Uniting for Peace and Chapter VIII, by the council core. A
// malformed situation is a 400 naming the field.
import { z } from 'zod';
import { atrocityCrimes, draftMeasures, measureBases, parseSituation, walkPathway } from '../../council/index.ts';
import { ApiError } from '../errors.ts';
import { route } from '../route.ts';
import { voteDecisionSchema } from './council-vote.ts';

export const councilPathwayRoutes = [
  route({
    method: 'GET',
    url: '/api/council/measures',
    tag: 'council',
    summary: 'The measures a draft can propose, with the Charter basis of each, and the four atrocity crimes',
    response: z.object({
      crimes: z.array(z.string()),
      measures: z.array(
        z.object({
          measure: z.string(),
          source: z.string(),
          chapterVII: z.boolean(),
          regionalNeedsAuthorisation: z.boolean(),
          assembly: z.string(),
        }),
      ),
    }),
    handler: () => ({
      crimes: [...atrocityCrimes],
      measures: draftMeasures.map((m) => ({ measure: m, ...measureBases[m] })),
    }),
  }),
  route({
    method: 'POST',
    url: '/api/council/pathway',
    tag: 'council',
    role: 'viewer',
    summary:
      "Walk R2P's right-authority sequence for a situation: Security Council, then Uniting for Peace, then a regional organisation under Chapter VIII",
    description:
      'Body: {state, year, date?, crimesAlleged, draftMeasures, chapter?, positions: {member: yes|no|abstain|absent}, parties?, councilActs?, hostConsent?, generalAssembly?: {yes, no, abstain}, regionalOrganisation?: {name, stateIsMember, willing}} (docs/council.md).',
    body: z.record(z.string(), z.unknown()).describe('the situation'),
    response: z.object({
      state: z.string(),
      year: z.number().int(),
      steps: z.array(
        z.object({
          authority: z.string(),
          outcome: z.string(),
          rules: z.array(z.object({ rule: z.string(), source: z.string() })),
          findings: z.array(z.string()),
          vote: voteDecisionSchema.optional(),
        }),
      ),
      authority: z.string().nullable(),
      conclusion: z.string(),
      notes: z.array(z.string()),
    }),
    handler: ({ body }) => {
      const parsed = parseSituation(body);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        const field = first.field === '(root)' ? 'body' : `body.${first.field}`;
        throw new ApiError(
          400,
          'invalid-input',
          parsed.errors.map((e) => `${e.field === '(root)' ? 'body' : `body.${e.field}`}: ${e.reason}`).join('; '),
          field,
        );
      }
      return walkPathway(parsed.situation);
    },
  }),
];
