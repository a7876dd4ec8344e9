// Writes a report's blocks (report-blocks.ts) as Markdown, as a self-contained HTML page, or as
// plain text for the terminal.
// Text is escaped for each format; links are shown as text, never made live.
import type { Block } from './report-blocks.ts';

function mdText(s: string): string {
  return s.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

/** A table cell: escaped as text (so `<script>` stays text, not raw HTML), pipes escaped, line breaks as <br>. */
function mdCell(s: string): string {
  return mdText(s).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${mdText(b.text)}`);
        break;
      case 'paragraph':
        out.push(mdText(b.text));
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${mdText(i)}`).join('\n'));
        break;
      case 'table':
        if (b.rows.length === 0) {
          out.push(`_${mdText(b.empty)}_`);
          break;
        }
        out.push(
          [
            `| ${b.headers.map(mdCell).join(' | ')} |`,
            `|${b.headers.map(() => ' --- ').join('|')}|`,
            ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const style = `body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:0.5rem 0 1.5rem}th,td{border:1px solid #bbb;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}
th{background:#eee}h1{border-bottom:2px solid #444}h2{margin-top:2rem;border-bottom:1px solid #999}td{white-space:pre-wrap}`;

export function toHtml(blocks: readonly Block[]): string {
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? 'Assessment report';
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
      case 'paragraph':
        return `<p>${esc(b.text)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      case 'table':
        if (b.rows.length === 0) return `<p><em>${esc(b.empty)}</em></p>`;
        return `<table><thead><tr>${b.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
          .join('\n')}</tbody></table>`;
    }
  });
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${style}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

/** Plain text for the terminal: headings underlined, tables in aligned columns, cell lines joined by "; ". */
export function toText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(b.level === 1 ? `${b.text}\n${'='.repeat(b.text.length)}` : `${b.text}\n${'-'.repeat(b.text.length)}`);
        break;
      case 'paragraph':
        out.push(b.text);
        break;
      case 'list':
        out.push(b.items.map((i) => `  - ${i}`).join('\n'));
        break;
      case 'table': {
        if (b.rows.length === 0) {
          out.push(b.empty);
          break;
        }
        const rows = b.rows.map((r) => r.map((c) => c.replace(/\r?\n/g, '; ')));
        const showHeaders = b.headers.some((h) => h !== '');
        const all = showHeaders ? [b.headers, ...rows] : rows;
        const widths = b.headers.map((_, k) => Math.min(60, Math.max(...all.map((r) => r[k].length))));
        const line = (r: string[]) =>
          r
            .map((c, k) =>
              k === r.length - 1 ? c : c.length > widths[k] ? `${c.slice(0, widths[k] - 3)}...` : c.padEnd(widths[k]),
            )
            .join('  ')
            .trimEnd();
        out.push(
          [...(showHeaders ? [line(b.headers), line(widths.map((w) => '-'.repeat(w)))] : []), ...rows.map(line)].join(
            '\n',
          ),
        );
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
