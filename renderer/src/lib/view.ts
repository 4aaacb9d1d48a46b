// The workbench's views and how they appear in the address bar (#/code/12), so a reload comes back to the same place.

export type View = 'library' | 'code' | 'codebook' | 'reliability' | 'compare';

export const VIEWS: { id: View; label: string; key: string; g: string }[] = [
  { id: 'library', label: 'Library', key: '1', g: 'l' },
  { id: 'code', label: 'Code', key: '2', g: 'r' },
  { id: 'codebook', label: 'Codebook', key: '3', g: 'c' },
  { id: 'reliability', label: 'Reliability', key: '4', g: 'a' },
  { id: 'compare', label: 'Compare', key: '5', g: 'o' },
];

/** A view id from outside (the address bar, a menu command), checked against the known views. */
export function isView(id: string): id is View {
  return VIEWS.some((v) => v.id === id);
}

export function readLocation(hash = window.location.hash): { view: View; articleId: number | null } {
  const match = /^#\/([a-z]+)(?:\/(\d+))?$/.exec(hash);
  if (!match || !isView(match[1])) return { view: 'library', articleId: null };
  return { view: match[1] as View, articleId: match[2] ? Number(match[2]) : null };
}

export function writeLocation(view: View, articleId: number | null) {
  const hash = `#/${view}${articleId !== null ? `/${articleId}` : ''}`;
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}
