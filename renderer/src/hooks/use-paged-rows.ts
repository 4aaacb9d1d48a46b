// Lazily paged rows for the virtualized list: only the total up front, pages fetched as rows come into view, cached.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  total: number;
  items: T[];
}

export type FetchPage<T> = (offset: number, limit: number) => Promise<Page<T>>;

interface Data<T> {
  /** Identifies what is shown (query + filter); a new key resets the cursor and scroll. */
  key: string;
  /** Bumped when the same key must be fetched again (after an import or a story change). */
  version: number;
  total: number;
  pages: Map<number, T[]>;
  inflight: Set<number>;
  fetch: FetchPage<T>;
}

export interface PagedRows<T> {
  /** What is on screen: the last source whose first page arrived (null before any). */
  data: Data<T> | null;
  /** True while the requested source differs from what is shown. */
  pending: boolean;
  /** The failure of the latest request, if it failed; what was shown before stays. */
  error: unknown;
  row(index: number): T | undefined;
  ensure(start: number, end: number): void;
}

export function usePagedRows<T>(key: string, version: number, fetch: FetchPage<T>, pageSize = 100): PagedRows<T> {
  const [data, setData] = useState<Data<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);
  const dataRef = useRef<Data<T> | null>(null);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  useEffect(() => {
    let cancelled = false;
    const fetchNow = fetchRef.current;
    setError(null);
    fetchNow(0, pageSize).then(
      (page) => {
        if (cancelled) return;
        const next: Data<T> = { key, version, total: page.total, pages: new Map([[0, page.items]]), inflight: new Set(), fetch: fetchNow };
        dataRef.current = next;
        setData(next);
      },
      (err: unknown) => {
        if (!cancelled) setError(err);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, version, pageSize]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const current = dataRef.current;
      if (!current || current.total === 0) return;
      const last = Math.min(end, current.total - 1);
      for (let p = Math.floor(start / pageSize); p <= Math.floor(last / pageSize); p++) {
        if (current.pages.has(p) || current.inflight.has(p)) continue;
        current.inflight.add(p);
        current.fetch(p * pageSize, pageSize).then(
          (page) => {
            current.inflight.delete(p);
            if (dataRef.current !== current) return;
            current.pages.set(p, page.items);
            current.total = page.total;
            setTick((t) => t + 1);
          },
          (err: unknown) => {
            current.inflight.delete(p);
            if (dataRef.current === current) setError(err);
          },
        );
      }
    },
    [pageSize],
  );

  const row = useCallback(
    (index: number) => dataRef.current?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );

  const pending = !data || data.key !== key || data.version !== version;
  return { data, pending: pending && !error, error, row, ensure };
}
