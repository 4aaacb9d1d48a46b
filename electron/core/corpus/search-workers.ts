// Ranks a search over a large project in worker threads at once, each over its own stretch of rowids with its own
// read-only connection, and merges their pages. Ranking is most of a search (FTS5's bm25 walks every hit), and a
// stretch's walk is shorter in proportion; each stretch still pays bm25's document-frequency walk over the whole
// index, so two threads rank a frequent phrase in about 60% of the time, not half. The search waits for them
// synchronously (Atomics.wait), as it waits for SQLite, so its callers stay as they are. The page's snippets are
// then made in the workers too, a share each, while the main thread reads the hits' summaries.
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { ArticleFilter } from '../../../shared/domain/types';
import { onClose, type ProjectContext } from '../project/context';
import { startWorker } from '../workers';
import type { IdRange } from './filter-sql';
import type { PageSnippet } from './page-snippets';
import { byRank, type RankedHit } from './search-ranking';

/**
 * A filter as the workers get it: each reads the ids it selects in its own stretch, and keeps them while `key`
 * (the filter and the version of the corpus) stays the same.
 */
export type WorkerFilter = { filter: ArticleFilter; key: string };

export type WorkerRequest =
  | ({ kind: 'rank'; match: string; filter: WorkerFilter | null; limit: number } & IdRange)
  | { kind: 'snippets'; match: string; ids: number[] };
type Ranked = { total: number; ranked: RankedHit[] };
export type WorkerAnswer = Ranked | { snippets: PageSnippet[] } | { error: string };

/** Below this many articles a search ranks in a few milliseconds: handing it over would cost more. */
const PARALLEL_MIN_ARTICLES = 20_000;
/** A worker that has not answered by then is taken for stuck: the search fails once and later ones run here. */
const ANSWER_TIMEOUT_MS = 30_000;

type Thread = { worker: Worker; port: MessagePort; done: Int32Array; ready: boolean };

class SearchWorkers {
  private readonly threads: Thread[] = [];
  private broken = false;
  readonly ready: Promise<unknown>;

  constructor(
    file: string,
    size: number,
    readonly minArticles: number,
  ) {
    const started: Promise<unknown>[] = [];
    for (let i = 0; i < size; i++) {
      const flag = new SharedArrayBuffer(4);
      const { port1, port2 } = new MessageChannel();
      const worker = startWorker('corpus/search-worker', { workerData: { file, flag, port: port2 }, transferList: [port2] });
      if (!worker) break;
      worker.unref();
      const thread: Thread = { worker, port: port1, done: new Int32Array(flag), ready: false };
      started.push(
        new Promise<void>((resolve) => {
          worker.once('message', () => resolve(void (thread.ready = true)));
          worker.once('error', () => resolve(void (this.broken = true)));
        }),
      );
      worker.on('exit', () => (this.broken = true));
      this.threads.push(thread);
    }
    this.ready = Promise.all(started);
  }

  get size() {
    return this.usable ? this.threads.length : 0;
  }

  get usable() {
    return !this.broken && this.threads.length > 1 && this.threads.every((t) => t.ready);
  }

  /** One request per thread (from the first), all at once; the returned function waits for their answers. */
  send(requests: WorkerRequest[]): () => WorkerAnswer[] {
    requests.forEach((request, i) => {
      Atomics.store(this.threads[i].done, 0, 0);
      this.threads[i].worker.postMessage(request);
    });
    return () => {
      const answers = requests.map((_, i) => this.answerOf(this.threads[i]));
      // Only once every answer is read: one left on its port would answer the next search.
      const failed = answers.find((a): a is { error: string } => 'error' in a);
      if (failed) throw new Error(failed.error);
      return answers;
    };
  }

  /**
   * The thread's answer, once its flag is up. The message is read until it is there: once in many thousand searches
   * it was not yet, just after the flag went up.
   */
  private answerOf(thread: Thread): WorkerAnswer {
    const deadline = performance.now() + ANSWER_TIMEOUT_MS;
    for (;;) {
      const received = receiveMessageOnPort(thread.port);
      if (received) return received.message as WorkerAnswer;
      if (performance.now() > deadline) {
        this.close();
        throw new Error('a search worker did not answer');
      }
      Atomics.wait(thread.done, 0, 0, 100);
    }
  }

  close() {
    this.broken = true;
    for (const { worker, port } of this.threads) {
      port.close();
      void worker.terminate();
    }
  }
}

const pools = new WeakMap<ProjectContext, SearchWorkers>();

function poolSize(): number {
  return Number(process.env.FRAMEBENCH_SEARCH_THREADS) || Math.min(4, os.availableParallelism());
}

/** Starts the project's search workers and resolves to how many run (0 on one core, or where none can start). */
export async function startSearchWorkers(ctx: ProjectContext, { minArticles = PARALLEL_MIN_ARTICLES } = {}): Promise<number> {
  const running = pools.get(ctx);
  running?.close();
  if (!running) onClose(ctx, () => pools.get(ctx)?.close());
  const pool = new SearchWorkers(ctx.path, poolSize() > 1 && ctx.path !== ':memory:' ? poolSize() : 0, minArticles);
  pools.set(ctx, pool);
  await pool.ready;
  return pool.size;
}

/** The lowest and highest article id: their span stands for the number of articles (ids are rarely skipped). */
const idSpan = (ctx: ProjectContext) =>
  ctx.db.prepare('SELECT coalesce((SELECT min(id) FROM articles), 1) AS low, coalesce((SELECT max(id) FROM articles), 0) AS high').get() as IdRange;

/** The rowid stretches, one per thread: equal spans of ids. */
function stretches({ low, high }: IdRange, parts: number): IdRange[] {
  const span = Math.ceil((high - low + 1) / parts);
  return Array.from({ length: parts }, (_, i) => ({ low: low + i * span, high: i + 1 < parts ? low + (i + 1) * span - 1 : high }));
}

export interface WorkerSearch {
  /** One page of hits in rank order, and how many hits there are. */
  rank(match: string, filter: WorkerFilter | null, offset: number, limit: number): Ranked;
  /** Starts the snippets of a page of hits; the returned function waits for them. */
  startSnippets(match: string, ids: number[]): () => PageSnippet[];
}

/**
 * The search workers of a project, or null when its searches rank in the main thread: a small project, no
 * running workers (they start with the first search of a large project, and are used once they run).
 */
export function workerSearch(ctx: ProjectContext): WorkerSearch | null {
  const pool = pools.get(ctx);
  const ids = idSpan(ctx);
  const articles = ids.high - ids.low + 1;
  if (!pool && articles >= PARALLEL_MIN_ARTICLES) void startSearchWorkers(ctx);
  if (!pool?.usable || articles < Math.max(pool.minArticles, pool.size)) return null;
  return {
    rank(match, filter, offset, limit) {
      const parts = pool
        .send(stretches(ids, pool.size).map((stretch) => ({ kind: 'rank', match, filter, limit: offset + limit, ...stretch })))()
        .map((answer) => answer as Ranked);
      return {
        total: parts.reduce((sum, part) => sum + part.total, 0),
        ranked: parts.flatMap((part) => part.ranked).sort(byRank).slice(offset, offset + limit),
      };
    },
    startSnippets(match, ids) {
      const share = Math.ceil(ids.length / pool.size);
      const shares = Array.from({ length: Math.ceil(ids.length / share) }, (_, i) => ids.slice(i * share, (i + 1) * share));
      const answers = pool.send(shares.map((part) => ({ kind: 'snippets', match, ids: part })));
      return () => answers().flatMap((answer) => (answer as { snippets: PageSnippet[] }).snippets);
    },
  };
}
