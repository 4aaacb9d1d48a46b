// Worker thread of the search: ranks a match over one stretch of the project's rowids, or makes snippets for a
// share of a page, on its own read-only connection (see search-workers.ts). Answers on its port, then raises its
// flag for the waiting main thread.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openReadOnly } from '../db/binding';
import { filterIds } from './filter-sql';
import { pageSnippets } from './page-snippets';
import { filterScope, filterSet, rankHits, rowidRange, type FilterSet } from './search-ranking';
import type { WorkerAnswer, WorkerRequest } from './search-workers';

const { file, flag, port } = workerData as { file: string; flag: SharedArrayBuffer; port: MessagePort };
const db = openReadOnly(file);
const done = new Int32Array(flag);

/** The last filter's articles in this worker's stretch: paging through one search reuses them. */
let filtered: { key: string; set: FilterSet } | null = null;

function rank({ match, filter, low, high, limit }: Extract<WorkerRequest, { kind: 'rank' }>) {
  if (!filter) return rankHits(db, match, rowidRange(low, high), 0, limit);
  const key = JSON.stringify([filter.key, low, high]);
  if (filtered?.key !== key) filtered = { key, set: filterSet(db, filterIds(filter.filter, { low, high })!) };
  return rankHits(db, match, filterScope(filtered.set), 0, limit);
}

function answer(request: WorkerRequest): WorkerAnswer {
  try {
    return request.kind === 'rank' ? rank(request) : { snippets: pageSnippets(db, request.match, request.ids) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

parentPort!.on('message', (request: WorkerRequest) => {
  port.postMessage(answer(request));
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
parentPort!.postMessage('ready');
