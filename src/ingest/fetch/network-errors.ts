// What went wrong with a request, in words a user can act on, and whether retrying can help
// (issue 15 item 1): undici's `fetch` throws "fetch failed" and keeps the cause (DNS, refused
// connection, TLS) in `err.cause`, possibly nested; this unwraps it. DNS failures are worth one
// retry (a resolver hiccup), refused connections and TLS/certificate errors none; timeouts,
// resets and other network trouble are transient and keep the downloader's retries with backoff.
// A "bad port" (a URL on a port the Fetch standard blocks, e.g. a mirror on 6000: undici refuses
// it before connecting, with no error code) is refused too: asking again cannot help.

/** How a request failed: `unreachable` and `tls` failures say the host cannot be reached as things stand. */
export type FailureKind = 'dns' | 'refused' | 'bad-port' | 'unreachable' | 'tls' | 'transient';

export interface NetworkCause {
  kind: FailureKind;
  /** The system or TLS error code (ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED, ...), when there is one. */
  code?: string;
  /** The innermost message, e.g. `getaddrinfo ENOTFOUND example.org`. */
  message: string;
  /** Attempts after the first that can help (undefined: the caller's usual number). */
  maxRetries?: number;
}

const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const refusedCodes = new Set(['ECONNREFUSED']);
const unreachableCodes = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);
const tlsCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function isTls(code: string): boolean {
  return tlsCodes.has(code) || code.startsWith('CERT_') || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_');
}

/** The innermost error with a code (or the innermost error) along the `cause` chain. */
function innermost(err: unknown): { code?: string; message: string } {
  let best: { code?: string; message: string } = { message: err instanceof Error ? err.message : String(err) };
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 8; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') best = { code, message: e.message };
    else if (best.code === undefined) best = { message: e.message };
    e = (e as { cause?: unknown }).cause;
  }
  return best;
}

/** Classifies an error thrown by `fetch` (or while reading its body). */
export function networkCause(err: unknown): NetworkCause {
  const { code, message } = innermost(err);
  if (code && dnsCodes.has(code)) return { kind: 'dns', code, message, maxRetries: 1 };
  if (code && refusedCodes.has(code)) return { kind: 'refused', code, message, maxRetries: 0 };
  if (code && unreachableCodes.has(code)) return { kind: 'unreachable', code, message, maxRetries: 0 };
  if (code && isTls(code)) return { kind: 'tls', code, message, maxRetries: 0 };
  // undici's network error for a blocked port (fetch spec "bad port"), the only such message.
  if (!code && message === 'bad port')
    return { kind: 'bad-port', message: 'bad port (fetch refuses to connect to this port)', maxRetries: 0 };
  return { kind: 'transient', code, message };
}

/** Whether a failure of this kind means the host cannot be reached at all (so its other files need not be tried). */
export function hostUnreachable(kind: FailureKind): boolean {
  return kind !== 'transient';
}
