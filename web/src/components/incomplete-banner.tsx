// The banner under the header of every page while the store is incomplete (issue 15 item 1):
// /api/health answers `degraded` with the sources not imported, and the banner names them and
// links to About the data, so an almost empty store never passes for a complete one.
import { useApi } from '../api.ts';
import { Link } from '../router.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type Health = ApiAnswer<'/api/health'>;

export function IncompleteBanner() {
  const health = useApi<Health>('/api/health');
  if (health.state !== 'ok' || health.data.status === 'ok' || health.data.missing.length === 0) return null;
  const { missing } = health.data;
  // A few titles by name, so the banner stays short when most of the data are absent.
  const shown = missing.slice(0, 4).map((m) => m.title);
  const more = missing.length - shown.length;
  return (
    <p className="incomplete-banner warning" role="status" data-testid="incomplete-banner">
      <strong>Incomplete data:</strong> {missing.length} source{missing.length === 1 ? ' is' : 's are'} not imported
      here ({shown.join('; ')}
      {more > 0 ? `; and ${more} more` : ''}), so the views that need them are empty or partial.{' '}
      <Link href="/about">About the data</Link> says what is loaded; <code>./bin/concord data fetch</code> downloads the
      rest and the next <code>npm start</code> imports it.
    </p>
  );
}
