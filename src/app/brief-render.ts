// The country brief (brief.ts) as Markdown and as one self-contained HTML page with a print
// stylesheet (A4, 1-3 pages): the same sections in the same order for `concord brief` and the
// web app's brief page, which shows this HTML. Text is escaped; gaps are said once, in their
// own list, and sections without data say so instead of showing zeros.
import type { CountryBrief } from './brief.ts';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) >= 100 ? 0 : 2));

interface Block {
  title: string;
  /** Paragraphs (plain text). */
  text: string[];
  table?: { head: string[]; rows: string[][] };
}

/** The brief's sections in reading order, as plain text and tables. */
export function briefBlocks(b: CountryBrief): Block[] {
  const out: Block[] = [];
  const f = b.forecast;
  if (f) {
    const text = [`${f.label}.`];
    if (f.rank !== null && f.probability !== null) {
      const interval =
        f.low !== null && f.high !== null
          ? `, interval ${pct(f.low)}–${pct(f.high)}`
          : ' (no interval: EWP publishes none)';
      text.unshift(`Rank ${f.rank} of ${f.of}: probability ${pct(f.probability)}${interval}.`);
    } else text.unshift(`No forecast for ${b.name}: it is not among the ${f.of} countries forecast.`);
    text.push(f.description);
    out.push({
      title: 'Forecast',
      text,
      table:
        f.drivers && f.drivers.length > 0
          ? {
              head: ['Driver', 'Value', 'Average', 'Contribution'],
              rows: f.drivers.slice(0, 6).map((d) => [d.meaning, num(d.value), num(d.average), num(d.contribution)]),
            }
          : undefined,
    });
    if (!f.drivers) out[out.length - 1].text.push('Drivers: none per country in this forecast.');
  }
  if (b.factors) {
    out.push({
      title: `Framework of Analysis (UN, 2014): evidence for ${b.dataYear} or the latest year before`,
      text: [
        `Signals counted per risk factor; the strongest readings shown. ${b.factors.reduce((s, x) => s + x.missing, 0)} things the data cannot say are listed on the country page.`,
      ],
      table: {
        head: ['Risk factor', 'Risk', 'Mitigating', 'Readings'],
        rows: b.factors
          .filter((x) => x.evidence.length > 0)
          .map((x) => [
            `${x.factor}. ${x.name}`,
            String(x.risk),
            String(x.mitigating),
            x.evidence.map((e) => `${e.reading} (${e.source}, ${e.year})`).join('; '),
          ]),
      },
    });
    const silent = b.factors.filter((x) => x.evidence.length === 0).map((x) => String(x.factor));
    if (silent.length > 0)
      out[out.length - 1].text.push(`No evidence in Concord's data for factors ${silent.join(', ')}.`);
  }
  if (b.profile) {
    out.push({
      title: 'Human-security profile (UNDP 1994)',
      text: [],
      table: {
        head: ['Dimension', 'Measures'],
        rows: b.profile.map((d) => [
          d.dimension,
          d.measures.length === 0
            ? `no measure (${d.gaps} gaps)`
            : d.measures.map((m) => `${m.measure}: ${num(m.value)} ${m.unit} (${m.year})`).join('; '),
        ]),
      },
    });
  }
  if (b.council) {
    const c = b.council;
    const text = [
      c.years
        ? `Meetings whose agenda item names ${b.name}, ${c.years.first}–${c.years.last}: ${c.meetings} meetings, ${c.resolutions} resolutions, ${c.statements} presidential statements (meetings tables 1946–2022).`
        : `No meeting's agenda item names ${b.name} (meetings tables 1946–2022).`,
      c.vetoes.length > 0
        ? `Vetoed drafts: ${c.vetoes.map((v) => `${v.draft} (${v.date}, ${v.members.join(', ')})`).join('; ')}.`
        : 'No vetoed draft names it.',
    ];
    if (c.documents !== null && c.r2p !== null)
      text.push(
        c.r2p.length > 0
          ? `R2P references (r2p or population language, 2000–2026): ${c.r2p.length} of ${c.documents} resolutions and statements naming ${b.name}; latest ${c.r2p
              .slice(0, 5)
              .map((r) => `${r.symbol} (${r.date}, ${r.class})`)
              .join(', ')}.`
          : `R2P references: none in the ${c.documents} resolutions and statements 2000–2026 naming ${b.name}.`,
      );
    out.push({ title: 'Security Council record', text });
  }
  out.push({
    title: 'Sovereignty',
    text: [
      b.sovereignty
        ? `${b.sovereignty.status} since ${b.sovereignty.since} (${b.sovereignty.meaning}); ${b.sovereignty.intervals} periods in the registry.`
        : `${b.name} is not in Concord's sovereignty registry (Saxer's statuses are recorded for contested and administered territories).`,
    ],
  });
  if (b.operations) {
    out.push({
      title: 'UN peace operations',
      text: b.operations.length === 0 ? [`No UN peace operation in the DPPA list is deployed in ${b.name}.`] : [],
      table:
        b.operations.length > 0
          ? {
              head: ['Operation', 'From', 'To', 'Established by'],
              rows: b.operations.map((o) => [
                `${o.acronym}: ${o.name}`,
                o.start ?? '—',
                o.active ? 'active' : (o.end ?? '—'),
                o.resolution !== null ? `S/RES/${o.resolution}` : 'not linked',
              ]),
            }
          : undefined,
    });
  }
  out.push({
    title: 'Sources',
    text: [],
    table: {
      head: ['Source', 'Coverage', 'Imported'],
      rows: b.sources.map((s) => [
        s.title,
        s.years ? `${s.years[0]}–${s.years[1]}` : '—',
        s.importedAt ? s.importedAt.slice(0, 10) : 'not imported',
      ]),
    },
  });
  if (b.gaps.length > 0) out.push({ title: 'Gaps', text: b.gaps });
  return out;
}

function subtitle(b: CountryBrief): string {
  const un = b.country.unMember ? `UN Member State since ${b.country.unAdmission}` : 'not a UN Member State';
  return `${b.iso3} · ${[b.country.subregion, b.country.region].filter(Boolean).join(', ') || 'no region'} · ${un} · brief made ${b.made}`;
}

export function briefMarkdown(b: CountryBrief): string {
  const md = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');
  const lines = [`# ${md(b.name)}: country brief`, '', md(subtitle(b)), ''];
  for (const block of briefBlocks(b)) {
    lines.push(`## ${md(block.title)}`, '');
    for (const t of block.text) lines.push(md(t), '');
    if (block.table) {
      lines.push(`| ${block.table.head.map(md).join(' | ')} |`, `|${block.table.head.map(() => ' --- |').join('')}`);
      for (const r of block.table.rows) lines.push(`| ${r.map(md).join(' | ')} |`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The print stylesheet, every rule scoped to the brief (the web app embeds the same article). */
export const briefCss = `
.brief { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; max-width: 60rem; }
.brief h1 { font-size: 16pt; margin: 0 0 0.1rem; }
.brief .sub { color: #4a525c; margin: 0 0 0.5rem; }
.brief .headline { font-size: 13pt; font-weight: 700; margin: 0.2rem 0; }
.brief h2 { font-size: 11pt; margin: 0.7rem 0 0.2rem; border-bottom: 1px solid #aab3bd; break-after: avoid; }
.brief p { margin: 0.15rem 0; }
.brief table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 0.2rem 0; }
.brief th, .brief td { border-bottom: 1px solid #d6dbe1; padding: 0.1rem 0.3rem; text-align: left; vertical-align: top; }
.brief th { background: #f1f4f7; }
.brief tr { break-inside: avoid; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  .brief { max-width: none; }
}
`;

/** The brief as an <article class="brief">, without the page around it. */
export function briefArticle(b: CountryBrief): string {
  const parts = [`<article class="brief" data-iso3="${esc(b.iso3)}">`, `<h1>${esc(b.name)}: country brief</h1>`];
  parts.push(`<p class="sub">${esc(subtitle(b))}</p>`);
  for (const block of briefBlocks(b)) {
    parts.push(`<section><h2>${esc(block.title)}</h2>`);
    block.text.forEach((t, i) =>
      parts.push(`<p${block.title === 'Forecast' && i === 0 ? ' class="headline"' : ''}>${esc(t)}</p>`),
    );
    if (block.table) {
      parts.push(
        `<table><thead><tr>${block.table.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>`,
      );
      for (const r of block.table.rows) parts.push(`<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
      parts.push('</tbody></table>');
    }
    parts.push('</section>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

export function briefHtml(b: CountryBrief): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(b.name)}: country brief (Concord)</title>
<style>${briefCss}</style></head>
<body>
${briefArticle(b)}
</body></html>
`;
}
