/**
 * Reads many milestone files across worker threads. YAML parsing dominates a
 * large load and is CPU-bound, so it is spread over the cores; small rubrics
 * (the real one has 33 files) are read in this thread, where starting a
 * worker would cost more than it saves.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type MilestoneFile, readMilestoneFile } from './milestone-file.js';

/** Below this many files a worker costs more than it saves. */
const PARALLEL_THRESHOLD = 400;
const MAX_WORKERS = 4;

/** The built worker sits next to the built loader; when running from source there is none. */
function workerScript(): string | undefined {
  try {
    const path = fileURLToPath(new URL('./loader-worker.js', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function readMilestoneFiles(folder: string, names: readonly string[]): Promise<MilestoneFile[]> {
  const script = names.length >= PARALLEL_THRESHOLD ? workerScript() : undefined;
  const workers = Math.min(MAX_WORKERS, availableParallelism());
  if (!script || workers < 2) return names.map((name) => readMilestoneFile(folder, name));

  const size = Math.ceil(names.length / workers);
  const batches = Array.from({ length: workers }, (_, i) => names.slice(i * size, (i + 1) * size));
  try {
    const results = await Promise.all(batches.map((batch) => runWorker(script, folder, batch)));
    return results.flat();
  } catch {
    // A worker that cannot start (a locked-down runtime, a missing file) must not fail the load.
    return names.map((name) => readMilestoneFile(folder, name));
  }
}

function runWorker(script: string, folder: string, names: readonly string[]): Promise<MilestoneFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once('message', (results: MilestoneFile[]) => {
      void worker.terminate();
      resolve(results);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`loader worker exited with code ${code}`)));
    worker.postMessage({ folder, names });
  });
}
