// Client-side routing over the History API: the URL path is the state, links push a new entry,
// back and forward re-render. Routes are matched in app.tsx.
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

const changed = 'concord:navigate';

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  window.dispatchEvent(new Event(changed));
  window.scrollTo(0, 0);
}

export interface Location {
  path: string;
  params: URLSearchParams;
}

/** The current path and query string; re-renders on navigation. */
export function useLocation(): Location {
  const read = (): Location => ({ path: location.pathname, params: new URLSearchParams(location.search) });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    window.addEventListener('popstate', update);
    window.addEventListener(changed, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(changed, update);
    };
  }, []);
  return loc;
}

/** Replaces the query string without a new history entry (for form state kept in the URL). */
export function replaceParams(params: Record<string, string | undefined>): void {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  const q = p.toString();
  history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={click} {...rest} />;
}
