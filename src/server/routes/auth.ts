// Login, logout, who am I, and the CSRF token. Login answers the same refusal whether the user
// name or the password was wrong (401), and 429 with Retry-After while the name or the client
// address is locked out; a successful login always issues a new session token (so a token
// planted before login is worthless) in an HttpOnly, SameSite=Strict cookie, and the answer
// carries the session's CSRF token for the x-csrf-token header.
import { z } from 'zod';
import { sessionPolicy } from '../../accounts/policy.ts';
import { roles } from '../../accounts/roles.ts';
import { csrfTokenFor } from '../../accounts/secrets.ts';
import { login, logout } from '../../app/accounts.ts';
import { sessionCookieHeader } from '../auth/cookies.ts';
import { ApiError } from '../errors.ts';
import { route } from '../route.ts';

const user = z.object({ username: z.string(), role: z.enum(roles) });

export const authRoutes = [
  route({
    method: 'POST',
    url: '/api/auth/login',
    tag: 'auth',
    summary:
      'Log in: sets the session cookie and answers the user and the CSRF token (401 wrong name or password, 429 locked out)',
    public: true,
    csrfExempt: true,
    role: 'viewer',
    body: z.object({ username: z.string().min(1).max(80), password: z.string().min(1).max(1024) }),
    response: z.object({ user, csrfToken: z.string(), expiresAt: z.string() }),
    handler: async ({ body }, { store, http }) => {
      if (!(await store.accounts.hasUsers()))
        throw new ApiError(
          409,
          'conflict',
          'no accounts exist: this server runs in its single-user mode without login',
        );
      const r = await login(store, body.username, body.password, http.ip);
      if (!r.ok) {
        if (r.reason === 'locked') {
          http.setHeader('retry-after', String(r.retryAfterSeconds ?? 60));
          throw new ApiError(
            429,
            'locked',
            `too many failed logins: try again in ${Math.ceil((r.retryAfterSeconds ?? 60) / 60)} minutes`,
          );
        }
        throw new ApiError(401, 'unauthenticated', 'wrong user name or password (or the account is disabled)');
      }
      http.setHeader(
        'set-cookie',
        sessionCookieHeader(r.token, Math.floor(sessionPolicy.absoluteMs / 1000), http.secure),
      );
      return { user: r.user, csrfToken: csrfTokenFor(r.token), expiresAt: r.expiresAt };
    },
  }),
  route({
    method: 'POST',
    url: '/api/auth/logout',
    tag: 'auth',
    summary: 'Log out: ends the session (audited) and clears the cookie',
    role: 'viewer',
    response: z.object({ ok: z.literal(true) }),
    handler: async (_in, { store, principal, http }) => {
      if (principal?.kind === 'user' && principal.tokenHash)
        await logout(store, { username: principal.username, role: principal.role, tokenHash: principal.tokenHash });
      http.setHeader('set-cookie', sessionCookieHeader('', 0, http.secure));
      return { ok: true as const };
    },
  }),
  route({
    method: 'GET',
    url: '/api/auth/me',
    tag: 'auth',
    summary:
      'Who is logged in: the mode (accounts, or local single-user), the user and role, and the CSRF token (user null when not logged in)',
    public: true,
    response: z.object({
      mode: z.enum(['accounts', 'local']),
      user: user.nullable(),
      csrfToken: z.string().nullable(),
    }),
    handler: async (_in, { store, principal }) => ({
      mode: (await store.accounts.hasUsers()) ? ('accounts' as const) : ('local' as const),
      user: principal
        ? { username: principal.kind === 'local' ? principal.actor : principal.username, role: principal.role }
        : null,
      csrfToken: principal?.csrfToken ?? null,
    }),
  }),
  route({
    method: 'GET',
    url: '/api/auth/csrf',
    tag: 'auth',
    summary: "The session's CSRF token, to send in the x-csrf-token header of every request that is not GET or HEAD",
    response: z.object({ csrfToken: z.string().nullable() }),
    handler: (_in, { principal }) => ({ csrfToken: principal?.csrfToken ?? null }),
  }),
];
