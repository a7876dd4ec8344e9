// The printable country brief (issue 15 item 5): the HTML of GET /api/brief/:iso3 (the same page
// `concord brief` writes, made and escaped by src/app/brief-render.ts) shown inside the situation
// room, with a Print button; the print stylesheet (styles.css, @media print) hides the header and
// the buttons so the brief prints on one to three A4 pages.
import { useEffect, useState } from 'react';
import { Link } from '../router.tsx';

export function BriefPage({ iso3 }: { iso3: string }) {
  const [brief, setBrief] = useState<{ css: string; html: string; name: string } | { error: string } | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    setBrief(null);
    fetch(`/api/brief/${encodeURIComponent(iso3)}`, { signal: ctl.signal })
      .then(async (res) => {
        const text = await res.text();
        if (!res.ok) {
          const message = (() => {
            try {
              return (JSON.parse(text) as { error: { message: string } }).error.message;
            } catch {
              return `the server answered ${res.status}`;
            }
          })();
          return setBrief({ error: message });
        }
        const doc = new DOMParser().parseFromString(text, 'text/html');
        const article = doc.querySelector('article.brief');
        setBrief({
          css: doc.querySelector('style')?.textContent ?? '',
          html: article?.outerHTML ?? '',
          name: doc.querySelector('h1')?.textContent ?? iso3,
        });
      })
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setBrief({ error: e.message });
      });
    return () => ctl.abort();
  }, [iso3]);
  useEffect(() => {
    // the printed PDF's title names the country
    if (brief && 'name' in brief) document.title = `${brief.name} · Concord`;
  }, [brief]);
  if (brief === null)
    return (
      <p className="pending" role="status">
        Making the brief…
      </p>
    );
  if ('error' in brief)
    return (
      <p className="failure" role="alert">
        Could not make the brief: {brief.error}
      </p>
    );
  return (
    <>
      <p className="no-print">
        <Link href={`/country/${iso3}`}>Back to the country page</Link>{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <a className="csv" href={`/api/brief/${encodeURIComponent(iso3)}`} download>
          HTML
        </a>
        <a className="csv" href={`/api/brief/${encodeURIComponent(iso3)}?as=md`} download>
          Markdown
        </a>
      </p>
      <style>{brief.css}</style>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Concord's own brief, every value escaped by src/app/brief-render.ts */}
      <div dangerouslySetInnerHTML={{ __html: brief.html }} />
    </>
  );
}
