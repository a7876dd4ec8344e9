// Administration over HTTP (admin role): the users and their state, disabling and enabling a
// user (audited; a disable ends the user's sessions at once), and reading and verifying the audit
// trail. Adding users and setting passwords stay on the command line (`concord users`), where a
// password never crosses the network or a browser.
import { z } from 'zod';
import { roles } from '../../accounts/roles.ts';
import { verifyAudit } from '../../app/audit.ts';
import { setDisabled } from '../../app/accounts.ts';
import { ApiError } from '../errors.ts';
import { route } from '../route.ts';

const userRow = z.object({
  username: z.string(),
  role: z.enum(roles),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const username = z.object({ username: z.string().regex(/^[a-z][a-z0-9._-]{1,39}$/, 'must be a user name') });

const toggle = (disabled: boolean) =>
  route({
    method: 'POST',
    url: `/api/users/:username/${disabled ? 'disable' : 'enable'}`,
    tag: 'admin',
    summary: disabled ? 'Disable a user (ends their sessions)' : 'Enable a disabled user',
    role: 'admin',
    params: username,
    response: userRow,
    handler: async ({ params }, { store, principal }) => {
      if (disabled && principal?.kind === 'user' && principal.username === params.username)
        throw new ApiError(400, 'invalid-input', 'params.username: you cannot disable yourself', 'params.username');
      return setDisabled(store, params.username, disabled, principal!.actor);
    },
  });

const entry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

export const adminRoutes = [
  route({
    method: 'GET',
    url: '/api/users',
    tag: 'admin',
    summary: 'The user accounts (no password records)',
    role: 'admin',
    response: z.array(userRow),
    csv: (rows) => ({ filename: 'concord-users.csv', rows }),
    handler: async (_in, { store }) => store.accounts.listUsers(),
  }),
  toggle(true),
  toggle(false),
  route({
    method: 'GET',
    url: '/api/audit',
    tag: 'admin',
    summary: 'The audit trail, oldest first: who changed what, when, before and after',
    role: 'admin',
    query: z.object({
      since: z.string().max(40).optional(),
      actor: z.string().max(200).optional(),
      subject: z.string().max(200).optional(),
      after: z.coerce.number().int().min(0).optional(),
      limit: z.coerce.number().int().min(1).max(5000).default(500),
    }),
    response: z.array(entry),
    handler: async ({ query }, { store }) =>
      store.audit.list({
        since: query.since,
        actor: query.actor,
        subject: query.subject,
        afterSeq: query.after,
        limit: query.limit,
      }),
  }),
  route({
    method: 'GET',
    url: '/api/audit/verify',
    tag: 'admin',
    summary:
      'Recomputes the hash chain and checks case versions against it: the first broken entry, if any, and the head to keep off-site',
    role: 'admin',
    response: z.object({
      ok: z.boolean(),
      entries: z.number().int(),
      head: z.object({ seq: z.number().int(), hash: z.string() }),
      broken: z.object({ seq: z.number().int(), problem: z.string() }).optional(),
      caseProblems: z.array(z.string()),
    }),
    handler: async (_in, { store }) => {
      const r = await verifyAudit(store);
      return {
        ok: !r.broken && r.caseProblems.length === 0,
        entries: r.entries,
        head: r.head,
        ...(r.broken ? { broken: r.broken } : {}),
        caseProblems: r.caseProblems,
      };
    },
  }),
];
