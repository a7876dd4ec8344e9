// The application shell: header navigation with who is logged in, the route table (path to
// view), and the login page instead of any view while the server wants a login. A skip link
// leads past the header to the view; the country search sits in the header of every page, and a
// banner under it names the sources missing while the store is incomplete.
import { type ReactNode, useEffect } from 'react';
import { Link, useLocation } from './router.tsx';
import { CountrySearch } from './components/country-search.tsx';
import { IncompleteBanner } from './components/incomplete-banner.tsx';
import { loadSession, logOut, useSession } from './session.ts';
import { LoginPage } from './views/login.tsx';
import { AboutData } from './views/about-data.tsx';
import { BriefPage } from './views/brief-page.tsx';
import { CaseView } from './views/case-view.tsx';
import { CasesList } from './views/cases-list.tsx';
import { CountryPage } from './views/country-page.tsx';
import { CouncilView } from './views/council-view.tsx';
import { MapView } from './views/map-view.tsx';
import { NormsExplorer } from './views/norms-explorer.tsx';

interface View {
  /** Path prefix ("/" matches only itself). */
  path: string;
  title: string;
  nav: boolean;
  render: (rest: string, params: URLSearchParams) => ReactNode;
}

const views: View[] = [
  { path: '/', title: 'Map', nav: true, render: () => <MapView /> },
  { path: '/brief/', title: 'Country brief', nav: false, render: (rest) => <BriefPage iso3={rest.split('/')[0]} /> },
  { path: '/country/', title: 'Country', nav: false, render: (rest) => <CountryPage iso3={rest.split('/')[0]} /> },
  { path: '/norms', title: 'Norms', nav: true, render: () => <NormsExplorer /> },
  { path: '/council', title: 'Council', nav: true, render: () => <CouncilView /> },
  { path: '/cases/', title: 'Case', nav: false, render: (rest) => <CaseView id={rest.split('/')[0]} /> },
  { path: '/cases', title: 'Cases', nav: true, render: () => <CasesList /> },
  { path: '/about', title: 'About the data', nav: true, render: () => <AboutData /> },
];

function match(path: string): { view: View; rest: string } | undefined {
  for (const v of views) {
    if (
      v.path === '/' ? path === '/' : path === v.path || path.startsWith(v.path.endsWith('/') ? v.path : `${v.path}/`)
    ) {
      return { view: v, rest: path.slice(v.path.length).replace(/^\//, '') };
    }
  }
  return undefined;
}

function WhoAmI() {
  const s = useSession();
  if (s.state !== 'ready' || !s.user) return null;
  return (
    <span className="whoami">
      <span data-testid="whoami">
        {s.user.username} ({s.mode === 'local' ? 'single-user mode' : s.user.role})
      </span>
      {s.mode === 'accounts' ? (
        <button type="button" className="secondary" onClick={() => void logOut()}>
          Log out
        </button>
      ) : null}
    </span>
  );
}

export function App() {
  const { path, params } = useLocation();
  const session = useSession();
  useEffect(() => {
    void loadSession();
  }, []);
  const found = match(path);
  const needLogin = session.state === 'ready' && session.mode === 'accounts' && !session.user;
  if (typeof document !== 'undefined')
    document.title = needLogin ? 'Log in · Concord' : found ? `${found.view.title} · Concord` : 'Not found · Concord';
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="top">
        <Link className="brand" href="/">
          Concord
        </Link>
        <nav aria-label="Main">
          {views
            .filter((v) => v.nav)
            .map((v) => (
              <Link key={v.path} href={v.path} aria-current={found?.view === v ? 'page' : undefined}>
                {v.title}
              </Link>
            ))}
          <a href="/api/docs">API</a>
        </nav>
        <CountrySearch />
        <WhoAmI />
      </header>
      <IncompleteBanner />
      <main id="content" tabIndex={-1}>
        {session.state === 'loading' ? (
          <p className="pending" role="status">
            Loading…
          </p>
        ) : session.state === 'error' ? (
          <p className="failure" role="alert">
            {session.error}
          </p>
        ) : needLogin ? (
          <LoginPage />
        ) : found ? (
          found.view.render(found.rest, params)
        ) : (
          <p className="failure">
            No page at {path}. <Link href="/">Back to the map</Link>.
          </p>
        )}
      </main>
    </>
  );
}
