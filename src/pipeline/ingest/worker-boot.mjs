// A worker thread's first module. Node does not carry tsx's loader over to worker threads (the main
// thread's --import hooks stay with it), so each worker registers tsx for itself and then imports its
// TypeScript entry, named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
