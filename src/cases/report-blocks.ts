// A small document model for assessment reports: headings, paragraphs, lists and tables, built
// once (report.ts) and written out as Markdown or HTML (report-render.ts).

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][]; empty: string };
