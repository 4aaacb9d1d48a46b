// Small display formatters: dates, counts, byte sizes.

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Dates are stored as YYYY-MM-DD (sometimes with a time); shown in the user's locale without shifting the day. */
export function formatDate(value: string | null): string {
  if (!value) return 'No date';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!day) return value;
  return dateFormat.format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
}

export function formatCount(n: number): string {
  return n.toLocaleString();
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A label in quotation marks for a message, unless it is a quote that already has its own. */
export function quoted(label: string): string {
  return /^["“'‘]/.test(label) ? label : `“${label}”`;
}
