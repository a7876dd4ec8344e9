// The gate in front of every API route: who is asking, may they send this request, may their
// role call this route. Order: (1) cross-site requests that change state are refused (Origin and
// Sec-Fetch-Site must be this site); (2) the principal: the embedded single-user mode when no
// account exists and the server allows it (loopback peer and loopback Host name only, so neither
// another machine nor a DNS-rebinding page gets in), else the live session named by the cookie
// (401 otherwise); (3) the CSRF token of the session in the `x-csrf-token` header on every
// request other than GET/HEAD (403 when missing or wrong); (4) the route's role (403). The session
// record is read again whenever anything in the store changed (store-reads.ts), so a session
// ended by another process is refused at the next request.
import { concordCommand } from '../../concord-command.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { userInfo } from 'node:os';
import { type Role, roleAllows } from '../../accounts/roles.ts';
import { csrfTokenFor, csrfTokenValid } from '../../accounts/secrets.ts';
import { sessionUser } from '../../app/accounts.ts';
import type { Store } from '../../store/store.ts';
import { ApiError } from '../errors.ts';
import { type StampedReads, storeReads } from '../store-reads.ts';
import type { Route } from '../route.ts';
import { readCookie, sessionCookie, sessionCookieHeader } from './cookies.ts';

/** The least role a route needs: its own, else viewer for a GET and analyst for a change. */
export function routeRole(r: Pick<Route, 'method' | 'role'>): Role {
  return r.role ?? (r.method === 'GET' ? 'viewer' : 'analyst');
}

export interface AuthConfig {
  /** Serve without login while no account exists (only to loopback clients): `concord serve` on a loopback address. */
  allowLocal: boolean;
  /** Mark cookies Secure even when the request itself was plain HTTP (TLS ends at a proxy). */
  secureCookies: boolean;
  /** Requests arrive through a reverse proxy (X-Forwarded-*): the embedded mode is then never allowed. */
  trustProxy: boolean;
}

export const defaultAuth: AuthConfig = { allowLocal: true, secureCookies: false, trustProxy: false };

export interface Principal {
  kind: 'user' | 'local';
  username: string;
  role: Role;
  /** Who the audit trail records: `user:NAME` or `local:OSUSER`. */
  actor: string;
  /** The session's CSRF token (null in the embedded mode, which relies on the same-site checks). */
  csrfToken: string | null;
  /** Digest of the session token (for logout). */
  tokenHash?: string;
}

export const csrfHeader = 'x-csrf-token';

/** The operating-system user running the server (read once: it does not change while it runs). */
const localName = ((): (() => string) => {
  let name: string | undefined;
  return () => {
    if (name === undefined) {
      try {
        name = userInfo().username;
      } catch {
        name = process.env.USER ?? 'local';
      }
    }
    return name;
  };
})();

const loopbackPeer = (a: string | undefined) =>
  !!a && (a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.'));
const loopbackHost = (h: string | undefined) => !!h && /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i.test(h);

/** Whether the request comes from a page of another site (or the request names a different origin). */
function crossSite(req: FastifyRequest): string | undefined {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site is ${site}`;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    // The host the client addressed (X-Forwarded-Host only when the server trusts a proxy).
    const own = req.host ?? '';
    let same: boolean;
    try {
      const o = new URL(origin);
      same = o.host === new URL(`${o.protocol}//${own}`).host;
    } catch {
      return `Origin "${origin}" is not a URL of this site`;
    }
    if (!same) return `Origin ${origin} is not this site`;
  }
  return undefined;
}

/**
 * Stores known to hold accounts. No code deletes an account (they are disabled), so once a store
 * has one it always has: remembering it spares a query per request. (Restoring a backup without
 * accounts under a running server would keep it requiring logins: the safe direction.)
 */
const storesWithAccounts = new WeakSet<Store>();
async function hasAccounts(store: Store): Promise<boolean> {
  if (storesWithAccounts.has(store)) return true;
  const has = await store.accounts.hasUsers();
  if (has) storesWithAccounts.add(store);
  return has;
}

/** The principal of the request (null on a public route without one), or an ApiError (401/403). */
export async function authorize(
  req: FastifyRequest,
  reply: FastifyReply,
  route: Route,
  store: Store,
  config: AuthConfig,
  /** The request's reads of the store (store-reads.ts): the session is read once while the store is unchanged. */
  reads: StampedReads = storeReads(store).now(),
): Promise<Principal | null> {
  const changes = req.method !== 'GET' && req.method !== 'HEAD';
  if (changes) {
    const why = crossSite(req);
    if (why)
      throw new ApiError(
        403,
        'csrf',
        `cross-site request refused (${why}): state can only be changed from Concord's own pages`,
      );
  }
  let principal: Principal | null = null;
  const users = await hasAccounts(store);
  if (!users) {
    if (!config.allowLocal || config.trustProxy) {
      if (!route.public)
        throw new ApiError(
          401,
          'unauthenticated',
          `this server requires accounts and none exists: an administrator runs ${concordCommand('users add --role admin NAME')}`,
        );
    } else if (!loopbackPeer(req.socket.remoteAddress) || !loopbackHost(req.headers.host)) {
      throw new ApiError(
        403,
        'forbidden',
        `without accounts Concord answers only on this machine (localhost); create accounts with ${concordCommand('users add')} to serve others`,
      );
    } else {
      const name = localName();
      principal = { kind: 'local', username: name, role: 'admin', actor: `local:${name}`, csrfToken: null };
    }
  } else {
    const token = readCookie(req.headers.cookie, sessionCookie);
    const user = token
      ? await sessionUser(store, token, undefined, (h) => reads.read(`session:${h}`, () => store.accounts.session(h)))
      : undefined;
    if (user && token) {
      // The CSRF token (an HMAC) is derived only when asked for (GET /api/auth/me and /csrf).
      principal = {
        kind: 'user',
        username: user.username,
        role: user.role,
        actor: `user:${user.username}`,
        get csrfToken() {
          return csrfTokenFor(token);
        },
        tokenHash: user.tokenHash,
      };
    } else if (token && !route.public) {
      // A cookie that names no live session (expired, idle, revoked, user disabled): cleared.
      reply.header('set-cookie', sessionCookieHeader('', 0, config.secureCookies || req.protocol === 'https'));
      throw new ApiError(401, 'unauthenticated', 'your session has expired or was ended: log in again');
    } else if (!route.public) {
      throw new ApiError(401, 'unauthenticated', 'log in to use Concord (POST /api/auth/login)');
    }
  }
  if (changes && !route.csrfExempt && principal?.kind === 'user') {
    const given = req.headers[csrfHeader];
    if (typeof given !== 'string' || given === '')
      throw new ApiError(
        403,
        'csrf',
        `missing CSRF token: send the session's token (GET /api/auth/csrf) in the ${csrfHeader} header`,
      );
    const token = readCookie(req.headers.cookie, sessionCookie)!;
    if (!csrfTokenValid(token, given))
      throw new ApiError(
        403,
        'csrf',
        `invalid CSRF token in the ${csrfHeader} header: it does not belong to this session`,
      );
  }
  if (principal && !route.public) {
    const need = routeRole(route);
    if (!roleAllows(principal.role, need))
      throw new ApiError(
        403,
        'forbidden',
        `${route.method} ${route.url} needs the ${need} role; ${principal.username} is ${principal.role}`,
      );
  }
  return principal;
}
