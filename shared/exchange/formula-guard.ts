// The CSV formula-injection guard: text cells that a spreadsheet would run as a formula get a leading quote.
// Shared by the Node side (writers, readers) and the browser (previews), so no Node or DOM imports here.

/**
 * Characters that make Excel, LibreOffice and Google Sheets treat a cell as a formula (OWASP "CSV injection"):
 * = + - @, tab (U+0009) and carriage return (U+000D).
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const isTrigger = (ch: string | undefined) => ch !== undefined && FORMULA_TRIGGERS.includes(ch);

/** Index of the first character after the cell's leading single quotes. */
function afterQuotes(text: string): number {
  let i = 0;
  while (text[i] === "'") i++;
  return i;
}

/**
 * The guard, ON by default in every CSV export. Applies to text cells only; numbers (numeric codes,
 * offsets, ids, counts) are written as numbers and never guarded, so a numeric code -1 stays -1.
 *
 * Rule: a text cell whose first character is =, +, -, @, tab or carriage return is written with a single
 * quote ' in front ("=SUM(A1)" → "'=SUM(A1)", "-1" as a label → "'-1"). A text cell that already starts
 * with single quotes followed by one of those characters also gets one more quote ("'=x" → "''=x"), so
 * that unguardCell can always remove exactly one quote and give back the original text.
 */
export function guardCell(text: string): string {
  return isTrigger(text[afterQuotes(text)]) ? `'${text}` : text;
}

/** The inverse of guardCell, used by the CSV imports: "'=x" → "=x", "''=x" → "'=x"; other text is unchanged. */
export function unguardCell(text: string): string {
  const quotes = afterQuotes(text);
  return quotes > 0 && isTrigger(text[quotes]) ? text.slice(1) : text;
}
