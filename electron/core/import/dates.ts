// Turns the many ways articles write their publication date into YYYY-MM-DD.

const MONTHS = new Map<string, number>(
  Object.entries({
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12,
  }),
);

// The date part is taken as written, before any time or offset: a story published
// late on 5 March in New York is dated 5 March, not 6 March in UTC.
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const MONTH_NAME_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?!\d)/i;
const LEADING_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** YYYY-MM-DD for a recognisable date, otherwise undefined; never throws. */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // YAML dates arrive as UTC midnight, so local parts could be a day off.
    return formatDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(LEADING_WEEKDAY, '');

  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return formatDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));

  const monthFirst = MONTH_NAME_FIRST.exec(text);
  if (monthFirst) return formatDate(Number(monthFirst[3]), MONTHS.get(monthFirst[1].toLowerCase()), Number(monthFirst[2]));

  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return formatDate(Number(dayFirst[3]), MONTHS.get(dayFirst[2].toLowerCase()), Number(dayFirst[1]));

  // Purely numeric forms like 03/05/2025 are ambiguous (US vs. European order), so they are not guessed.
  return undefined;
}

function formatDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1 || year < 1000) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
