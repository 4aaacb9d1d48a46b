// Worker thread of the import pool: prepares one file per message.
import { parentPort } from 'node:worker_threads';
import { prepareSource } from './prepare';
import type { ImportSource } from './types';

parentPort!.on('message', ({ id, source }: { id: number; source: ImportSource }) => parentPort!.postMessage({ id, result: prepareSource(source) }));
parentPort!.postMessage({ ready: true });
