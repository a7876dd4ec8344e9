// The web application's only door to data: JSON requests to Concord's HTTP API, its JSON errors
// surfaced as ApiFailure (code, message, field), and a hook that loads a resource for a view.
// Every request that is not a GET carries the session's CSRF token (x-csrf-token); a 401 from
// any request tells the session (session.ts) to show the login page.
import { useEffect, useState } from 'react';

let csrfToken: string | null = null;
let unauthenticated: () => void = () => {};

/** The CSRF token of the current session (null without accounts). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when the server answers 401 (the session ended or never began). */
export function onUnauthenticated(f: () => void): void {
  unauthenticated = f;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; field?: string };
  } | null;
  if (!res.ok) {
    const e = body?.error;
    if (res.status === 401 && !res.url.endsWith('/api/auth/login')) unauthenticated();
    throw new ApiFailure(res.status, e?.code ?? 'http', e?.message ?? `the server answered ${res.status}`, e?.field);
  }
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(path, { signal, headers: { accept: 'application/json' } }));
}

export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return answer<T>(
    await fetch(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

/** The CSV download of a table endpoint. */
export function csvHref(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}format=csv`;
}

export type Loaded<T> =
  | { state: 'loading'; note?: string }
  | { state: 'error'; error: ApiFailure | Error }
  | { state: 'ok'; data: T };

/** Seconds between retries while the server builds an index (503 index-building). */
const retrySeconds = 4;

/** Loads `path` (none when null) and reloads when it changes; retries while an index is being built. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setLoaded({ state: 'loading' });
    const attempt = () =>
      getJson<T>(path, ctl.signal).then(
        (data) => setLoaded({ state: 'ok', data }),
        (error: Error) => {
          if (error.name === 'AbortError') return;
          if (error instanceof ApiFailure && error.code === 'index-building') {
            setLoaded({ state: 'loading', note: error.message });
            timer = setTimeout(attempt, retrySeconds * 1000);
            return;
          }
          setLoaded({ state: 'error', error });
        },
      );
    attempt();
    return () => {
      ctl.abort();
      if (timer) clearTimeout(timer);
    };
  }, [path]);
  return loaded;
}
