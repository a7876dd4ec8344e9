// A case edit the server refuses comes back naming the field by its path in the case document
// ("body.responses[0].justCause.thresholds: ..."); the workbench shows it in words ("Just cause,
// threshold: ...") so that a person knows which field to correct.
const words: [RegExp, string][] = [
  [/^body(\.|:\s*)/, ''],
  [/^responses\[\d+\]\.justCause\.thresholds/, 'Just cause, threshold'],
  [/^responses\[\d+\]\.justCause\.harm/, 'Just cause, actual or apprehended harm'],
  [/^responses\[\d+\]\.justCause\.evidence\[\d+\]\./, 'Just cause, evidence '],
  [/^responses\[\d+\]\.(\w+)\.evidence\[\d+\]\./, 'Evidence '],
  [/^responses\[\d+\]\.authority\./, 'Right authority, pathway situation, '],
  [/^assessments\[\d+\]\.factors\[\d+\]\.evidence\[\d+\]\./, 'Evidence '],
  [/^assessments\[\d+\]\.factors\[\d+\]\./, 'Factor '],
  [/^ledger\[\d+\]\./, 'Measure '],
  [/^situation\./, 'Situation, '],
];

/** Each line of a refusal with its field path put in words; other text is kept. */
export function readableRefusal(message: string): string {
  return message
    .split(/;\s*|\n\s*/)
    .map((part) => {
      let out = part.trim();
      for (const [re, w] of words) out = out.replace(re, w);
      return out.replace(/^(\w+): /, (_m, f: string) => `${f.charAt(0).toUpperCase()}${f.slice(1)}: `);
    })
    .filter(Boolean)
    .join('; ');
}
