// The resolution viewer: a resolution's text with the passages that justify each coded field
// (Chapter VII, Art. 39 determination, force, sanctions, tribunal, consent, ...) highlighted, and
// the fields with their values; choosing a field shows only its evidence.
import { useMemo, useState } from 'react';
import { useApi } from '../api.ts';
import { Show } from '../components/status.tsx';
import { replaceParams } from '../router.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type CodedResolution = ApiAnswer<'/api/council/resolutions/:number'>;

const fieldNames: Record<string, string> = {
  chapterVII: 'Chapter VII',
  determination: 'Art. 39 determination',
  authorizesForce: 'authorises force',
  sanctions: 'sanctions',
  tribunal: 'tribunal',
  consent: 'consent',
  humanitarian: 'humanitarian grounds',
  regional: 'regional peace and security',
  individualResponsibility: 'individual responsibility',
  protectionOfCivilians: 'protection of civilians',
  responsibilityToProtect: 'responsibility to protect',
};

/** Splits the text at every evidence boundary; each piece carries the fields whose evidence covers it. */
function segments(
  text: string,
  ranges: { start: number; end: number; field: string }[],
): { text: string; fields: string[] }[] {
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const out: { text: string; fields: string[] }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    out.push({
      text: text.slice(a, b),
      fields: [...new Set(ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.field))],
    });
  }
  return out;
}

export function ResolutionViewer({ initial }: { initial: number }) {
  const [number, setNumber] = useState(initial);
  const [draft, setDraft] = useState(String(initial));
  const [only, setOnly] = useState<string | null>(null);
  const res = useApi<CodedResolution>(`/api/council/resolutions/${number}`);
  return (
    <section aria-labelledby="res-title">
      <h2 id="res-title">Resolution viewer</h2>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(draft);
          if (Number.isInteger(n) && n > 0) {
            setNumber(n);
            setOnly(null);
            replaceParams({ resolution: String(n) });
          }
        }}
      >
        <label>
          Resolution number
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            inputMode="numeric"
            style={{ width: '7rem' }}
          />
        </label>
        <button type="submit">Show</button>
        <span className="note">Texts: CR-UNSC, 1946–1994 nearly complete. Try 82, 678, 688, 794, 827.</span>
      </form>
      <Show loaded={res} what={`resolution ${number}`}>
        {(r) => <Coded r={r} only={only} setOnly={setOnly} />}
      </Show>
    </section>
  );
}

function Coded({ r, only, setOnly }: { r: CodedResolution; only: string | null; setOnly: (f: string | null) => void }) {
  const ranges = useMemo(
    () =>
      r.fields
        .filter((f) => !only || f.field === only)
        .flatMap((f) => f.evidence.map((e) => ({ start: e.start, end: e.end, field: f.field }))),
    [r, only],
  );
  const parts = useMemo(() => segments(r.text, ranges), [r.text, ranges]);
  return (
    <div className="grid2">
      <div>
        <h3>{r.symbol}</h3>
        <table>
          <caption>Coded fields ({r.paragraphs} paragraphs)</caption>
          <thead>
            <tr>
              <th scope="col">field</th>
              <th scope="col">value</th>
              <th scope="col">evidence</th>
            </tr>
          </thead>
          <tbody>
            {r.fields.map((f) => (
              <tr key={f.field} aria-selected={only === f.field}>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={f.evidence.length === 0}
                    aria-pressed={only === f.field}
                    onClick={() => setOnly(only === f.field ? null : f.field)}
                  >
                    {fieldNames[f.field] ?? f.field}
                  </button>
                </td>
                <td>
                  <strong>{String(f.value)}</strong>
                </td>
                <td>
                  {f.evidence.length ? f.evidence.map((e) => `“${e.phrase}” (para. ${e.paragraph})`).join('; ') : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">
          Rule-based coding by Concord's council core; precision and recall on a labelled set: docs/council.md. The
          OCR'd texts keep some errors.
        </p>
      </div>
      <div
        className="coded"
        aria-label={`Text of ${r.symbol} with coded passages highlighted`}
        data-testid="resolution-text"
      >
        {parts.map((p, i) =>
          p.fields.length ? (
            <mark key={i} title={p.fields.map((f) => fieldNames[f] ?? f).join(', ')}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
