// Points upstream URLs at a mirror that holds the upstream layout host by host:
// `https://HOST/PATH?QUERY` becomes `MIRROR/HOST/PATH?QUERY` (how tests use a loopback server).

/** The mirror base from an explicit option, else $CONCORD_UPSTREAM_MIRROR, else none. */
export function mirrorBase(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = option ?? env.CONCORD_UPSTREAM_MIRROR;
  if (!base) return undefined;
  const parsed = new URL(base); // throws on a malformed mirror URL
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`mirror must be an http(s) URL, got ${base}`);
  return base.replace(/\/+$/, '');
}

/** Rewrites an upstream URL onto the mirror; returns it unchanged when there is no mirror. */
export function viaMirror(upstream: string, mirror: string | undefined): string {
  if (!mirror) return upstream;
  const u = new URL(upstream);
  return `${mirror}/${u.host}${u.pathname}${u.search}`;
}

/** The path under which a mirror serves an upstream URL (`/HOST/PATH?QUERY`). */
export function mirrorPath(upstream: string): string {
  const u = new URL(upstream);
  return `/${u.host}${u.pathname}${u.search}`;
}
