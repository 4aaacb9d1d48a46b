// Ranks a search over a large project in worker threads at once, each over its own stretch of rowids with its own
// read-only connection, and merges their pages. Ranking is most of a search (FTS5's bm25 walks every hit), and a
// stretch's walk is shorter in proportion; each stretch still pays bm25's document-frequency walk over the whole
// index, so two threads rank a frequent phrase in about 60% of the time, not half. The search waits for them
// synchronously (Atomics.wait), as it waits for SQLite, so its callers stay as they are.
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { onClose, type ProjectContext } from '../project/context';
import { startWorker } from '../workers';
import { byRank, type FilterSet, type RankedHit } from './search-ranking';

export interface PartRequest {
  match: string;
  low: number;
  high: number;
  filter: FilterSet | null;
  limit: number;
}
export type PartAnswer = { total: number; ranked: RankedHit[] } | { error: string };

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

  /** One request per thread, all at once; their answers in the same order. */
  rank(requests: PartRequest[]): PartAnswer[] {
    requests.forEach((request, i) => {
      Atomics.store(this.threads[i].done, 0, 0);
      this.threads[i].worker.postMessage(request);
    });
    return requests.map((_, i) => {
      const thread = this.threads[i];
      if (Atomics.wait(thread.done, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') {
        this.close();
        throw new Error('a search worker did not answer');
      }
      return receiveMessageOnPort(thread.port)!.message as PartAnswer;
    });
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
  pools.get(ctx)?.close();
  const pool = new SearchWorkers(ctx.path, poolSize() > 1 && ctx.path !== ':memory:' ? poolSize() : 0, minArticles);
  pools.set(ctx, pool);
  onClose(ctx, () => pool.close());
  await pool.ready;
  return pool.size;
}

/** The lowest and highest article id: their span stands for the number of articles (ids are rarely skipped). */
const idSpan = (ctx: ProjectContext) =>
  ctx.db.prepare('SELECT coalesce((SELECT min(id) FROM articles), 1) AS low, coalesce((SELECT max(id) FROM articles), 0) AS high').get() as {
    low: number;
    high: number;
  };

/** The rowid stretches, one per thread: equal spans of ids. */
function stretches({ low, high }: { low: number; high: number }, parts: number): [number, number][] {
  const span = Math.ceil((high - low + 1) / parts);
  return Array.from({ length: parts }, (_, i) => [low + i * span, i + 1 < parts ? low + (i + 1) * span - 1 : high]);
}

/**
 * The page and total from the workers, or null when this search ranks in the main thread: a small project, no
 * running workers (they start with the first search of a large project, and are used once they run).
 */
export function rankInWorkers(ctx: ProjectContext, match: string, filter: PartRequest['filter'], offset: number, limit: number) {
  const pool = pools.get(ctx);
  const ids = idSpan(ctx);
  const articles = ids.high - ids.low + 1;
  if (!pool && articles >= PARALLEL_MIN_ARTICLES) void startSearchWorkers(ctx);
  if (!pool?.usable || articles < Math.max(pool.minArticles, pool.size)) return null;
  const answers = pool.rank(stretches(ids, pool.size).map(([low, high]) => ({ match, low, high, filter, limit: offset + limit })));
  const failed = answers.find((a): a is { error: string } => 'error' in a);
  if (failed) throw new Error(failed.error);
  const parts = answers as Exclude<PartAnswer, { error: string }>[];
  return {
    total: parts.reduce((sum, part) => sum + part.total, 0),
    ranked: parts.flatMap((part) => part.ranked).sort(byRank).slice(offset, offset + limit),
  };
}
