/** Worker entry: reads a batch of milestone files and posts their results back. */
import { parentPort } from 'node:worker_threads';
import { readMilestoneFile } from './milestone-file.js';

parentPort?.on('message', (batch: { folder: string; names: string[] }) => {
  parentPort?.postMessage(batch.names.map((name) => readMilestoneFile(batch.folder, name)));
});
