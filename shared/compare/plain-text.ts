// Comparison results as plain text lines, for the command line (JSON output prints the structures as they are).
import { toCsvRows, type AggregateTable } from './tables';
import type { CoverageMatrix, DuplicateGroup, SourcingTable, StoryComparison, StorySuggestion } from './types';

const cut = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const pad = (text: string, width: number) => cut(text, width).padEnd(width);

/** "The Liberty Ledger" → "TLL"; made unique with a digit when two outlets share initials. */
export function outletAbbreviations(names: string[]): string[] {
  const used = new Map<string, number>();
  return names.map((name) => {
    const base = name.split(/\s+/).map((w) => w[0]?.toUpperCase() ?? '').join('').slice(0, 4) || '?';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  });
}

export function suggestionLines(suggestions: StorySuggestion[]): string[] {
  if (!suggestions.length) return ['no new stories suggested'];
  return suggestions.flatMap((s, i) => [
    `${i + 1}. ${s.articleIds.length} articles from ${s.outlets.length} outlets, ${s.dateFrom ?? '?'} to ${s.dateTo ?? '?'}, score ${s.score.toFixed(2)}`,
    ...s.articles.map((a) => `   #${a.id} ${pad(a.outlet, 24)} ${a.publishedAt ?? 'no date  '}  ${cut(a.title, 70)}`),
    `   shared: ${[...s.evidence.entities.slice(0, 6).map((e) => e.text), ...s.evidence.numbers.slice(0, 4).map((n) => n.text)].join(', ') || '-'}`,
    ...s.evidence.quotes.slice(0, 3).map((q) => `   quote in ${q.articles}: "${cut(q.text, 80)}"`),
    ...(s.existingStories.length ? [`   overlaps: ${s.existingStories.map((x) => `"${x.name}" (${x.shared} shared)`).join(', ')}; new: ${s.newArticleIds.map((id) => `#${id}`).join(' ') || 'none'}`] : []),
    '',
  ]);
}

export function duplicateLines(groups: DuplicateGroup[]): string[] {
  if (!groups.length) return ['no near-duplicates'];
  return groups.flatMap((g) => [
    `base #${g.baseArticleId} (${g.baseRule})`,
    ...g.members.flatMap((m) => [
      `  #${m.articleId} ${pad(m.outlet, 26)} ${m.isBase ? 'base' : `Jaccard ${m.jaccard.toFixed(2)}, +${m.wordsAdded}/-${m.wordsRemoved} words${m.titleChanged ? ', new headline' : ''}`}`,
      ...m.edits.map((e) => `      ${e.kind.padEnd(7)} ${e.before ? `"${cut(e.before, 50)}"` : ''}${e.kind === 'replace' ? ' → ' : ''}${e.after ? `"${cut(e.after, 50)}"` : ''}`),
    ]),
    '',
  ]);
}

const MARK = { headline: 'H', lead: 'L', body: 'B' } as const;

export function coverageLines(matrix: CoverageMatrix): string[] {
  const abbreviations = outletAbbreviations(matrix.outlets.map((o) => o.name));
  const width = Math.max(...abbreviations.map((a) => a.length), 1);
  return [
    `${'row'.padEnd(48)} ${'n'.padStart(2)}  ${abbreviations.map((a) => a.padEnd(width)).join(' ')}`,
    ...matrix.rows.map(
      (r) =>
        `${r.tracked ? '*' : ' '}${pad(`${r.edit ? `[${r.edit}] ` : ''}${r.label}`, 47)} ${String(r.outletsIncluded).padStart(2)}  ${r.cells.map((c) => (c.position ? MARK[c.position] : '·').padEnd(width)).join(' ')}`,
    ),
    `H headline, L lead, B body, · omitted; * holds an accepted quote. Outlets: ${matrix.outlets.map((o, i) => `${abbreviations[i]} ${o.name}`).join(', ')}`,
  ];
}

export function sourcingLines(table: SourcingTable): string[] {
  const abbreviations = outletAbbreviations(table.outlets.map((o) => o.name));
  return [
    `${'speaker'.padEnd(28)} quotes words  ${abbreviations.map((a) => a.padEnd(7)).join(' ')}`,
    ...table.speakers.map(
      (s) =>
        `${pad(s.name, 28)} ${String(s.quotes).padStart(6)} ${String(s.words).padStart(5)}  ${s.cells.map((c) => (c.quotes ? `${c.quotes}/${c.words}` : '·').padEnd(7)).join(' ')}`,
    ),
    'cells: quotes/words per outlet',
  ];
}

export function comparisonLines(c: StoryComparison): string[] {
  return [
    `Story "${c.story.name}": ${c.articles.length} articles, ${c.coverage.outlets.length} outlets`,
    ...c.articles.map((a) => `  #${a.id} ${pad(a.outlet, 26)} ${a.publishedAt ?? 'no date  '}  ${cut(a.title, 70)}`),
    '',
    `Aligned passages (${c.groups.length} groups):`,
    ...c.groups.flatMap((g) => [
      `  [${g.reason} ${g.score.toFixed(2)}] ${cut(g.label, 90)} (${g.articleIds.length} articles)`,
      ...g.members.map((m) => `      #${m.articleId} ${m.start}-${m.end}${m.quoteStart !== undefined ? ` (quote ${m.quoteStart}-${m.quoteEnd})` : ''} ${m.position}`),
    ]),
    '',
    'Coverage matrix:',
    ...coverageLines(c.coverage),
    '',
    'Sourcing:',
    ...sourcingLines(c.sourcing),
  ];
}

const formatValue = (table: AggregateTable, value: number | null) =>
  value === null ? '·' : table.valueKind === 'share' ? `${(value * 100).toFixed(1)}%` : table.valueKind === 'mean' ? value.toFixed(2) : String(value);

export function tableLines(table: AggregateTable): string[] {
  const first = Math.min(36, Math.max(table.rowTitle.length, ...table.rows.map((r) => r.label.length)));
  const widths = table.columns.map((c) => Math.max(10, Math.min(24, c.label.length)));
  return [
    table.title,
    `${pad(table.rowTitle, first)}  ${table.columns.map((c, i) => pad(c.label, widths[i])).join('  ')}`,
    ...table.rows.map(
      (r, i) => `${pad(r.label, first)}  ${table.cells[i].map((cell, j) => `${formatValue(table, cell.value)} (${cell.n})`.padEnd(widths[j])).join('  ')}`,
    ),
    `(${table.note})`,
  ];
}

/** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvText(table: AggregateTable, layout: 'wide' | 'long' = 'wide'): string {
  const field = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return toCsvRows(table, layout)
    .map((row) => row.map(field).join(','))
    .join('\n');
}
