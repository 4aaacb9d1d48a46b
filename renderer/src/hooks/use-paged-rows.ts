// Lazily paged rows for the virtualized list: only the total up front, pages fetched as rows come into view, cached.
import { useCallback, useEffect, useRef, useState } from 'react';

const SETTLE_MS = 60;
const MAX_IN_FLIGHT = 2;

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

  // Scrolling fast through 100,000 rows must not queue a request per page passed: requests start at most
  // every SETTLE_MS, at most MAX_IN_FLIGHT at a time, and always for the rows wanted now.
  const wantedRef = useRef<{ start: number; end: number } | null>(null);
  const timerRef = useRef<number | null>(null);

  const pump = useCallback(() => {
    const current = dataRef.current;
    const wanted = wantedRef.current;
    if (!current || !wanted || current.total === 0) return;
    const last = Math.min(wanted.end, current.total - 1);
    for (let p = Math.floor(wanted.start / pageSize); p <= Math.floor(last / pageSize); p++) {
      if (current.inflight.size >= MAX_IN_FLIGHT) return;
      if (current.pages.has(p) || current.inflight.has(p)) continue;
      current.inflight.add(p);
      current.fetch(p * pageSize, pageSize).then(
        (page) => {
          current.inflight.delete(p);
          if (dataRef.current !== current) return;
          current.pages.set(p, page.items);
          current.total = page.total;
          setTick((t) => t + 1);
          pump();
        },
        (err: unknown) => {
          current.inflight.delete(p);
          if (dataRef.current === current) setError(err);
        },
      );
    }
  }, [pageSize]);

  const ensure = useCallback(
    (start: number, end: number) => {
      wantedRef.current = { start, end };
      if (timerRef.current !== null) return;
      timerRef.current = window.setTimeout(() => {
        timerRef.current = null;
        pump();
      }, SETTLE_MS);
    },
    [pump],
  );

  useEffect(
    () => () => {
      if (timerRef.current !== null) window.clearTimeout(timerRef.current);
    },
    [],
  );

  const row = useCallback(
    (index: number) => dataRef.current?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );

  const pending = !data || data.key !== key || data.version !== version;
  return { data, pending: pending && !error, error, row, ensure };
}
