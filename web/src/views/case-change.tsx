// One change to a case: a small form whose fields the caller lays out, sent with the analyst's
// name, a reason and the version it was made from; the case reloads after it is saved, and the
// server's refusal (invalid input, a newer version) is shown in words (readable-refusal.ts). With accounts the author
// is the logged-in user (no name field); a viewer sees the controls disabled.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { CaseChangeAnswer } from '../../../src/server/api/cases.ts';
import { sendJson } from '../api.ts';
import { useCanEdit, useSession } from '../session.ts';
import { useAuthor } from './case-author.tsx';
import { readableRefusal } from './readable-refusal.ts';

export function CaseChange({
  url,
  basedOn,
  build,
  onSaved,
  label,
  children,
}: {
  url: string;
  basedOn: number;
  build: () => object;
  onSaved: () => void;
  label: string;
  children: ReactNode;
}) {
  const [author, setAuthor] = useAuthor();
  const accounts = useSession().mode === 'accounts';
  const canEdit = useCanEdit();
  const [reason, setReason] = useState('');
  const [state, setState] = useState<{ error?: string; saved?: string }>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await sendJson<CaseChangeAnswer>('POST', url, {
        ...build(),
        ...(accounts ? {} : { author }),
        reason,
        basedOn,
      });
      setState({
        saved: `version ${r.summary.currentVersion} saved: ${r.changes.length} change${r.changes.length === 1 ? '' : 's'}`,
      });
      setReason('');
      onSaved();
    } catch (err) {
      setState({ error: readableRefusal((err as Error).message) });
    }
  };
  return (
    <form className="inline" onSubmit={submit} aria-label={label}>
      <fieldset className="plain" disabled={!canEdit}>
        {children}
        {accounts ? null : (
          <label>
            Your name
            <input required value={author} onChange={(e) => setAuthor(e.target.value)} size={12} />
          </label>
        )}
        <label>
          Reason
          <input required value={reason} onChange={(e) => setReason(e.target.value)} size={18} />
        </label>
        <button type="submit">{label}</button>
      </fieldset>
      {!canEdit ? <span className="note">your role (viewer) may read cases but not change them</span> : null}
      {state.error ? (
        <span className="failure" role="alert">
          {state.error}
        </span>
      ) : state.saved ? (
        <span className="note" role="status">
          {state.saved}
        </span>
      ) : null}
    </form>
  );
}
