// The rendered API reference at /api/docs: one self-contained HTML page made from the OpenAPI
// document (no scripts, no external assets), grouped by tag, with each operation's parameters,
// request body and response schema.
type Json = Record<string, unknown>;

function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function typeOf(s: Json | undefined): string {
  if (!s) return '';
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeOf).join(' | ');
  const t = s.type;
  const bounds = [s.minimum !== undefined ? `>= ${s.minimum}` : '', s.maximum !== undefined ? `<= ${s.maximum}` : '']
    .filter(Boolean)
    .join(', ');
  return `${Array.isArray(t) ? t.join(' | ') : String(t ?? 'any')}${bounds ? ` (${bounds})` : ''}${s.default !== undefined ? `, default ${JSON.stringify(s.default)}` : ''}`;
}

export function renderApiDocs(doc: Json): string {
  const info = doc.info as Json;
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = ((op.tags as string[]) ?? ['other'])[0];
      const params = (op.parameters as Json[]) ?? [];
      const rows = params
        .map(
          (p) =>
            `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ', required' : ''}</td><td>${esc(typeOf(p.schema as Json))}</td><td>${esc(p.description)}</td></tr>`,
        )
        .join('');
      const ok = Object.entries(op.responses as Record<string, Json>).find(([code]) => code.startsWith('2'));
      const okSchema = ((ok?.[1].content as Json)?.['application/json'] as Json)?.schema;
      const body = ((op.requestBody as Json)?.content as Json)?.['application/json'] as Json | undefined;
      const csv = (ok?.[1].content as Json)?.['text/csv'] ? ' <span class="csv">CSV</span>' : '';
      byTag.set(tag, [
        ...(byTag.get(tag) ?? []),
        `<section id="${esc(op.operationId)}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code>${csv}</h3>
<p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}
${rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${body ? `<details><summary>request body</summary><pre>${esc(JSON.stringify(body.schema, null, 2))}</pre></details>` : ''}
<details><summary>response ${esc(ok?.[0])}</summary><pre>${esc(JSON.stringify(okSchema, null, 2))}</pre></details></section>`,
      ]);
    }
  }
  const toc = [...byTag.keys()].map((t) => `<a href="#tag-${esc(t)}">${esc(t)}</a>`).join(' · ');
  const sections = [...byTag.entries()]
    .map(([t, ops]) => `<h2 id="tag-${esc(t)}">${esc(t)}</h2>${ops.join('\n')}`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} reference</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
code,pre{font:13px ui-monospace,monospace}pre{background:#f4f5f7;padding:.6rem;overflow:auto;max-height:24rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
section{border-top:1px solid #ccc;padding:.4rem 0}h3{font-size:1rem;margin:.4rem 0}.m{display:inline-block;min-width:3.5rem;font-weight:700}
.get{color:#0b6e4f}.post{color:#8a4b00}.put{color:#3c4fa0}.delete{color:#a01d1d}.csv{font-size:.75rem;border:1px solid #888;border-radius:3px;padding:0 .3rem}
</style></head><body><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). ${toc}</p>${sections}</body></html>`;
}
