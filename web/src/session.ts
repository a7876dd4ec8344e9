// Who is using the situation room: the server's mode (accounts, or the local single-user mode),
// the logged-in user and role, and the CSRF token, loaded from /api/auth/me; logging in and out.
// Kept outside React (one session per page) and read through useSession().
import { useSyncExternalStore } from 'react';
import { getJson, onUnauthenticated, sendJson, setCsrfToken } from './api.ts';
import type { Role } from '../../src/accounts/roles.ts';
import type { ApiAnswer } from '../../src/server/api/answers.ts';

export type { Role };
type Me = ApiAnswer<'/api/auth/me'>;
export interface Session {
  state: 'loading' | 'ready' | 'error';
  mode: Me['mode'];
  user: Me['user'];
  error?: string;
}

let current: Session = { state: 'loading', mode: 'local', user: null };
const listeners = new Set<() => void>();

function set(next: Session): void {
  current = next;
  for (const l of listeners) l();
}

export async function loadSession(): Promise<void> {
  try {
    const me = await getJson<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    set({ state: 'ready', mode: me.mode, user: me.user });
  } catch (e) {
    set({ ...current, state: 'error', error: (e as Error).message });
  }
}

onUnauthenticated(() => {
  setCsrfToken(null);
  if (current.user || current.state !== 'ready') set({ state: 'ready', mode: 'accounts', user: null });
});

export async function logIn(username: string, password: string): Promise<void> {
  const r = await sendJson<ApiAnswer<'/api/auth/login', 'POST'>>('POST', '/api/auth/login', { username, password });
  setCsrfToken(r.csrfToken);
  set({ state: 'ready', mode: 'accounts', user: r.user });
}

export async function logOut(): Promise<void> {
  await sendJson('POST', '/api/auth/logout').catch(() => undefined);
  setCsrfToken(null);
  set({ state: 'ready', mode: 'accounts', user: null });
}

export function useSession(): Session {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** Whether the user may change cases (analyst or admin; everyone in the local mode). */
export function useCanEdit(): boolean {
  const s = useSession();
  return s.mode === 'local' || s.user?.role === 'analyst' || s.user?.role === 'admin';
}
