// Finds a Dataverse file's download URL by name: reads the dataset version's file listing
// (native API) and substitutes the file id into the access URL. A failed listing names its cause
// (DNS, refused, bad port, HTTP status), unwrapped from fetch's error, and the URL it asked (the
// mirror's when there is one). A listing is asked once: its failures are not retried.
import { causeText } from './download.ts';
import { type DownloadCause, DownloadError } from './errors.ts';
import { networkCause } from './network-errors.ts';
import type { DataverseLookup } from './manifest.ts';

interface ListedFile {
  label?: string;
  dataFile?: { id?: number; filename?: string; originalFileName?: string };
}

/** The access URL for `lookup.fileName`; `rewrite` maps an upstream URL to the one to request (a mirror). */
export async function resolveDataverse(
  lookup: DataverseLookup,
  label: string,
  rewrite: (url: string) => string = (u) => u,
): Promise<string> {
  const listUrl = rewrite(lookup.listUrl);
  let body: { data?: ListedFile[] };
  const host = new URL(listUrl).host;
  // The URL asked is the one named (a mirror's, with the upstream it stands for).
  const viaMirror = listUrl === lookup.listUrl ? '' : ` (mirror of ${new URL(lookup.listUrl).host})`;
  const failed = (why: string, failure: DownloadCause) =>
    new DownloadError(label, `could not list the Dataverse files at ${listUrl}${viaMirror}: ${why}`, false, {
      host,
      ...failure,
    });
  let res: Response;
  try {
    res = await fetch(listUrl, { headers: { accept: 'application/json', 'user-agent': 'concord-data-fetch' } });
  } catch (e) {
    const cause = networkCause(e);
    throw failed(causeText(cause), { code: cause.code, kind: cause.kind, detail: causeText(cause) });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw failed(`HTTP ${res.status} ${res.statusText}`, { code: `HTTP ${res.status}` });
  }
  try {
    body = (await res.json()) as { data?: ListedFile[] };
  } catch (e) {
    throw failed(`the listing is not JSON: ${(e as Error).message}`, {});
  }
  const hit = (body.data ?? []).find(
    (f) =>
      f.label === lookup.fileName ||
      f.dataFile?.filename === lookup.fileName ||
      f.dataFile?.originalFileName === lookup.fileName,
  );
  const id = hit?.dataFile?.id;
  if (typeof id !== 'number')
    throw new DownloadError(label, `${lookup.fileName} is not in the Dataverse listing ${lookup.listUrl}`);
  return lookup.accessUrl.replace('{id}', String(id));
}
