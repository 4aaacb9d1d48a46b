// Worker thread of the import pool: prepares one file per message.
import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { prepareSource } from './prepare';
import type { ImportSource } from './types';

// On Linux each thread has its own nice value: the preparing threads give way to the thread that writes (and, in
// the app, answers the window), which otherwise waits its turn behind them on a machine with few cores.
try {
  os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // Not Linux: all threads keep the same priority.
}

parentPort!.on('message', ({ id, source }: { id: number; source: ImportSource }) => parentPort!.postMessage({ id, result: prepareSource(source) }));
parentPort!.postMessage({ ready: true });
