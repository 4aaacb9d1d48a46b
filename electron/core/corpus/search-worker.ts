// Worker thread of the search: ranks a match over one stretch of the project's rowids on its own read-only
// connection (see search-workers.ts). Answers on its port, then raises its flag for the waiting main thread.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openReadOnly } from '../db/binding';
import { filterScope, rankHits, rowidRange } from './search-ranking';
import type { PartAnswer, PartRequest } from './search-workers';

const { file, flag, port } = workerData as { file: string; flag: SharedArrayBuffer; port: MessagePort };
const db = openReadOnly(file);
const done = new Int32Array(flag);

function answer({ match, low, high, filter, limit }: PartRequest): PartAnswer {
  try {
    return rankHits(db, match, filter ? filterScope(db, filter, { low, high }) : rowidRange(low, high), 0, limit);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

parentPort!.on('message', (request: PartRequest) => {
  port.postMessage(answer(request));
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
parentPort!.postMessage('ready');
