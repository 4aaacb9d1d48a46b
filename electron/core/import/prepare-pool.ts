// Prepares import files in worker threads while the main thread writes the ones before them: parsing, hashing
// and AFINN scoring cost about as much as the writes, so on two or more cores the two overlap. The workers are
// started once per process and kept (without holding the process open) for the next import.
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers';
import { prepareSource, type PreparedFile } from './prepare';
import type { ImportSource } from './types';

/** Below this many bytes a batch is prepared in the main thread: handing it to workers would cost more. */
const PARALLEL_MIN_BYTES = 1_000_000;

// Scoring allocates many short-lived strings; a larger young generation spends less time collecting them
// (about 10% faster).
const resourceLimits = { maxYoungGenerationSizeMb: 128 };

type Job = { resolve: (file: PreparedFile) => void; reject: (error: Error) => void };

class PreparePool {
  private readonly workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
  private nextId = 0;
  readonly ready: Promise<unknown>;

  constructor(size: number) {
    const started: Promise<unknown>[] = [];
    for (let i = 0; i < size; i++) {
      const worker = startWorker('import/prepare-worker', { resourceLimits });
      if (!worker) break;
      const entry = { worker, jobs: new Map<number, Job>() };
      worker.unref();
      started.push(new Promise((resolve) => worker.once('message', resolve).once('error', resolve)));
      worker.on('message', ({ id, result }: { id: number; result: PreparedFile }) => {
        if (!result) return;
        entry.jobs.get(id)?.resolve(result);
        entry.jobs.delete(id);
        if (!entry.jobs.size) worker.unref();
      });
      const fail = (error: Error) => {
        const at = this.workers.indexOf(entry);
        if (at >= 0) this.workers.splice(at, 1);
        for (const job of entry.jobs.values()) job.reject(error);
        entry.jobs.clear();
      };
      worker.on('error', fail);
      worker.on('exit', () => fail(new Error('import worker stopped')));
      this.workers.push(entry);
    }
    this.ready = Promise.all(started);
  }

  get size() {
    return this.workers.length;
  }

  prepare(source: ImportSource): Promise<PreparedFile> {
    if (!this.workers.length) return Promise.reject(new Error('no import worker is running'));
    const entry = this.workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      entry.worker.postMessage({ id, source });
      entry.jobs.set(id, { resolve, reject });
      entry.worker.ref();
    });
  }
}

let pool: PreparePool | undefined;

/** Preparing costs about twice what writing does, so two workers per writer keep it busy, even on two cores. */
function poolSize(): number {
  return Number(process.env.FRAMEBENCH_IMPORT_THREADS) || Math.min(4, Math.max(2, os.availableParallelism() - 1));
}

function sharedPool(): PreparePool | null {
  if (!pool?.size) pool = new PreparePool(poolSize());
  return pool.size ? pool : null;
}

/** Starts the workers now, so that the first large import does not wait for them; resolves to how many run. */
export async function warmImportPool(): Promise<number> {
  const workers = sharedPool();
  await workers?.ready;
  return workers?.size ?? 0;
}

/**
 * Each source prepared, in the order given. A few files are prepared ahead of the one being written, not all,
 * so memory stays bounded; a file whose worker fails is prepared in this thread instead.
 */
export async function* preparedInOrder(sources: ImportSource[]): AsyncGenerator<PreparedFile> {
  const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  const workers = sources.length > 1 && bytes >= PARALLEL_MIN_BYTES ? sharedPool() : null;
  if (!workers) {
    for (const source of sources) yield prepareSource(source);
    return;
  }
  const pending: Promise<PreparedFile>[] = [];
  const ahead = 2 * workers.size;
  for (let i = 0; i < sources.length; i++) {
    for (let j = pending.length; j < Math.min(sources.length, i + ahead); j++) {
      pending.push(workers.prepare(sources[j]).catch(() => prepareSource(sources[j])));
    }
    yield await pending[i];
  }
}
