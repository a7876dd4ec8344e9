// Security Council vote endpoints: the seats of a given year (permanent holders, size, majority,
// the actual members of that year's Council from the DPPA membership, the Member States that could
// hold an elected seat) and the Art. 27 decision of a ballot checked against the actual Council of
// its year (use case src/app/council-vote.ts). Backs the web app's vote simulator.
import { z } from 'zod';
import { countries } from '../../countries/index.ts';
import { councilSize, electedSeats, requiredVotes } from '../../council/council-size.ts';
import { permanentHolder, permanentSeats, unMemberIn } from '../../council/seats.ts';
import { councilOfYear, decideCouncilVote } from '../../app/council-vote.ts';
import { route } from '../route.ts';

const year = z.coerce.number().int().min(1946).max(2100);
const names = z.array(z.string().min(1).max(80)).max(15);

export const voteDecisionSchema = z.object({
  adopted: z.boolean(),
  reason: z.enum(['adopted', 'veto', 'insufficient-votes', 'invalid']),
  vetoedBy: z.array(z.string()),
  permanentNegativeVotes: z.array(z.string()),
  count: z.object({
    yes: z.number().int(),
    no: z.number().int(),
    abstain: z.number().int(),
    absent: z.number().int(),
    notListed: z.number().int(),
  }),
  threshold: z.number().int(),
  councilSize: z.number().int(),
  year: z.number().int(),
  procedural: z.boolean(),
  chapter: z.enum(['VI', 'VII']).nullable(),
  explanation: z.string(),
  rules: z.array(z.string()),
  errors: z.array(z.string()),
});

export const councilVoteRoutes = [
  route({
    method: 'GET',
    url: '/api/council/seats',
    tag: 'council',
    summary:
      'The Council in a year: size, majority required, permanent seat holders and the Member States eligible for an elected seat',
    description:
      'members: the actual Council of the year (DPPA membership, 1946-2027), null when the store holds no membership for it; eligible: every UN Member State of the year that is not a permanent member.',
    query: z.object({ year: year.default(2024).describe('year (from 1946)') }),
    response: z.object({
      year: z.number().int(),
      councilSize: z.number().int(),
      threshold: z.number().int(),
      electedSeats: z.number().int(),
      permanent: z.array(z.object({ seat: z.string(), name: z.string() })),
      eligible: z.array(z.object({ iso3: z.string(), name: z.string() })),
      members: z
        .array(z.object({ iso3: z.string(), name: z.string(), seat: z.enum(['permanent', 'elected']) }))
        .nullable(),
      checkedAgainst: z.string(),
    }),
    handler: async ({ query }, { store }) => {
      const council = await councilOfYear(store, query.year);
      return {
        year: query.year,
        councilSize: councilSize(query.year),
        threshold: requiredVotes(query.year),
        electedSeats: electedSeats(query.year),
        permanent: permanentSeats.map((seat) => ({ seat, name: permanentHolder(seat, query.year) })),
        eligible: countries
          .filter(
            (c) =>
              unMemberIn(c.iso3, query.year) && !['CHN', 'FRA', 'RUS', 'SUN', 'GBR', 'USA', 'TWN'].includes(c.iso3),
          )
          .map((c) => ({ iso3: c.iso3, name: c.name }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        members: council.members?.map((m) => ({ iso3: m.iso3, name: m.name, seat: m.seat })) ?? null,
        checkedAgainst: council.checkedAgainst,
      };
    },
  }),
  route({
    method: 'POST',
    url: '/api/council/vote',
    tag: 'council',
    role: 'viewer',
    summary:
      'Decide a ballot under Art. 27: adopted, vetoed or short of votes, with the explanation and the rules applied',
    description:
      'Members are ISO3 codes, permanent seat names (China, France, Russia, UK, USA) or country names, checked against the actual Council of the year (DPPA membership; UN membership only where the store holds none, said in checkedAgainst). A ballot the Charter rules out (a state that did not sit that year - the error lists the members -, a non-Member, a member listed twice, too many members, a party to a Chapter VI dispute voting) comes back with reason "invalid" and its errors.',
    body: z.object({
      year,
      yes: names.default([]),
      no: names.default([]),
      abstain: names.default([]),
      absent: names.default([]),
      procedural: z.boolean().optional(),
      chapter: z.enum(['VI', 'VII']).optional(),
      parties: names.optional(),
    }),
    response: voteDecisionSchema.extend({ checkedAgainst: z.string() }),
    handler: ({ body }, { store }) => decideCouncilVote(store, body),
  }),
];
