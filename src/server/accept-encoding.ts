// Content negotiation of the one coding the server sends besides identity: whether a request's
// Accept-Encoding accepts gzip (RFC 9110 section 12.5.3: gzip listed with q=0 is refused; where
// gzip is not listed, `*` decides). Used by the kept API answers (route.ts) and the web
// application's files (static.ts).

/** Whether an Accept-Encoding header accepts gzip. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | undefined;
  for (const part of header.split(',')) {
    const [coding, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const accepted = !q || Number(q.slice(2)) > 0;
    if (coding.toLowerCase() === 'gzip') return accepted;
    if (coding === '*') star = accepted;
  }
  return star ?? false;
}
