// The application shell: header navigation and the route table (path to view).
import type { ReactNode } from 'react';
import { Link, useLocation } from './router.tsx';
import { AboutData } from './views/about-data.tsx';
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
  { path: '/country/', title: 'Country', nav: false, render: (rest) => <CountryPage iso3={rest.split('/')[0]} /> },
  { path: '/norms', title: 'Norms', nav: true, render: () => <NormsExplorer /> },
  { path: '/council', title: 'Council', nav: true, render: () => <CouncilView /> },
  { path: '/cases/', title: 'Case', nav: false, render: (rest) => <CaseView id={rest.split('/')[0]} /> },
  { path: '/cases', title: 'Cases', nav: true, render: () => <CasesList /> },
  { path: '/about', title: 'About the data', nav: true, render: () => <AboutData /> },
];

function match(path: string): { view: View; rest: string } | undefined {
  for (const v of views) {
    if (v.path === '/' ? path === '/' : path === v.path || path.startsWith(v.path.endsWith('/') ? v.path : `${v.path}/`)) {
      return { view: v, rest: path.slice(v.path.length).replace(/^\//, '') };
    }
  }
  return undefined;
}

export function App() {
  const { path, params } = useLocation();
  const found = match(path);
  if (typeof document !== 'undefined') document.title = found ? `${found.view.title} · Concord` : 'Not found · Concord';
  return (
    <>
      <header className="top">
        <Link className="brand" href="/">Concord</Link>
        <nav aria-label="Main">
          {views.filter((v) => v.nav).map((v) => (
            <Link key={v.path} href={v.path} aria-current={found?.view === v ? 'page' : undefined}>{v.title}</Link>
          ))}
          <a href="/api/docs">API</a>
        </nav>
      </header>
      <main>{found ? found.view.render(found.rest, params) : <p className="failure">No page at {path}. <Link href="/">Back to the map</Link>.</p>}</main>
    </>
  );
}
