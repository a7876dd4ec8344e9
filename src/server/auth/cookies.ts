// The session cookie: read from the Cookie header, written HttpOnly (scripts cannot read it),
// SameSite=Strict (browsers do not send it on requests started by other sites), Path=/, and
// Secure when the request came over TLS (or the server is told it sits behind a TLS proxy).
export const sessionCookie = 'concord_session';

/** The value of cookie `name` in a Cookie header, if present. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A Set-Cookie value for the session token (`maxAgeSeconds` 0 clears it). */
export function sessionCookieHeader(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${sessionCookie}=${token}`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
