// How a view shows a resource that is loading or failed: a quiet line, or the API's error
// message with its code (never a silent blank).
import type { ReactNode } from 'react';
import { ApiFailure, type Loaded } from '../api.ts';

export function Pending({ what, note }: { what: string; note?: string }) {
  return (
    <p className="pending" role="status">
      Loading {what}…{note ? ` (${note})` : ''}
    </p>
  );
}

export function Failure({ error }: { error: Error }) {
  const code = error instanceof ApiFailure ? ` (${error.code}${error.field ? `, ${error.field}` : ''})` : '';
  return (
    <p className="failure" role="alert">
      {error.message}
      {code}
    </p>
  );
}

/** Renders `children(data)` once loaded, else the loading or error line. */
export function Show<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Pending what={what} note={loaded.note} />;
  if (loaded.state === 'error') return <Failure error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}
