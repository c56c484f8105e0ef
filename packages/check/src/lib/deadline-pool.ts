/**
 * Runs jobs on worker threads, each with a time limit. The Markdown parser
 * is synchronous and some inputs make it superlinear (160 KB of `*a**` takes
 * most of a minute), so a job that overruns is stopped by ending its worker,
 * which is the only way to interrupt synchronous code; a fresh worker takes
 * its place and the remaining jobs go on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export type Outcome<R> =
  | { readonly status: 'done'; readonly result: R }
  | { readonly status: 'timeout'; readonly seconds: number }
  | { readonly status: 'failed'; readonly message: string };

export interface PoolOptions {
  /** The built worker module; it answers each `{id, job}` message with `{id, result}` or `{id, error}`. */
  readonly script: string | URL;
  /** Per-job limit in seconds. */
  readonly seconds: number;
  /** Handed to every worker as `workerData` (the rubric to check against, for example). */
  readonly workerData?: unknown;
  /** At most this many workers; defaults to the machine's parallelism, at most 4. */
  readonly size?: number;
}

interface Slot {
  worker: Worker | undefined;
  busy: boolean;
  /** Resolves once the worker has loaded its modules: start-up does not count against a job's time. */
  ready: Promise<void> | undefined;
}

interface Pending<J, R> {
  readonly id: number;
  readonly job: J;
  readonly resolve: (outcome: Outcome<R>) => void;
}

export class DeadlinePool<J, R> {
  readonly #options: PoolOptions;
  readonly #slots: Slot[];
  readonly #queue: Pending<J, R>[] = [];
  #nextId = 0;

  constructor(options: PoolOptions) {
    this.#options = options;
    const size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
    this.#slots = Array.from({ length: size }, () => ({ worker: undefined, busy: false, ready: undefined }));
  }

  /** Runs `job` on the next free worker; never rejects. */
  run(job: J): Promise<Outcome<R>> {
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, job, resolve });
      this.#drain();
    });
  }

  /** Ends every worker; jobs still queued are not run. */
  async close(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.worker?.terminate()));
    for (const slot of this.#slots) slot.worker = undefined;
  }

  #drain(): void {
    for (const slot of this.#slots) {
      if (slot.busy) continue;
      const next = this.#queue.shift();
      if (!next) return;
      this.#start(slot, next);
    }
  }

  #start(slot: Slot, pending: Pending<J, R>): void {
    slot.busy = true;
    let worker: Worker;
    try {
      if (!slot.worker) {
        const started = new Worker(this.#options.script, {
          workerData: this.#options.workerData,
          execArgv: builtExecArgv(),
        });
        slot.worker = started;
        slot.ready = new Promise((resolve) => {
          const onReady = (message: { ready?: boolean }) => {
            if (message?.ready !== true) return;
            started.off('message', onReady);
            resolve();
          };
          started.on('message', onReady);
          // A worker that dies while loading settles the job through its exit handler below.
          started.once('exit', () => resolve());
        });
      }
      worker = slot.worker;
    } catch (error) {
      slot.busy = false;
      pending.resolve({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      queueMicrotask(() => this.#drain());
      return;
    }
    worker.ref();
    let settled = false;
    const finish = (outcome: Outcome<R>, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keepWorker) {
        worker.unref();
      } else {
        slot.worker = undefined;
        slot.ready = undefined;
        void worker.terminate();
      }
      slot.busy = false;
      pending.resolve(outcome);
      this.#drain();
    };
    const onMessage = (message: { id: number; result?: R; error?: string }) => {
      if (message.id !== pending.id) return;
      if (message.error !== undefined) finish({ status: 'failed', message: message.error }, true);
      else finish({ status: 'done', result: message.result as R }, true);
    };
    const onError = (error: Error) => finish({ status: 'failed', message: error.message }, false);
    const onExit = (code: number) => finish({ status: 'failed', message: `worker exited with code ${code}` }, false);
    let timer: NodeJS.Timeout | undefined;
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    void (slot.ready ?? Promise.resolve()).then(() => {
      if (settled) return;
      timer = setTimeout(
        () => finish({ status: 'timeout', seconds: this.#options.seconds }, false),
        this.#options.seconds * 1000,
      );
      worker.postMessage({ id: pending.id, job: pending.job });
    });
  }
}

/** Serves a pool from inside a worker: `handle` runs each job; a thrown error is sent back as text. */
export function serveJobs<J, R>(
  port: {
    on(event: 'message', listener: (message: { id: number; job: J }) => void): unknown;
    postMessage(value: unknown): void;
  },
  handle: (job: J) => R | Promise<R>,
): void {
  // Modules are loaded by now: tell the pool, which starts each job's clock only after this.
  port.postMessage({ ready: true });
  port.on('message', async ({ id, job }) => {
    try {
      port.postMessage({ id, result: await handle(job) });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/**
 * This process's Node flags for a worker, less the source condition. A worker
 * runs built JavaScript, but a process started with `--conditions
 * @usd1-milestones/source` (the test runner passes its resolve conditions on
 * to Node) would make the worker resolve this project's packages to their
 * TypeScript sources, which Node cannot load.
 */
export function builtExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if ((arg === '--conditions' || arg === '-C') && argv[i + 1] === SOURCE_CONDITION) {
      i++;
      continue;
    }
    if (arg === `--conditions=${SOURCE_CONDITION}` || arg === `-C=${SOURCE_CONDITION}`) continue;
    kept.push(arg);
  }
  return kept;
}

const SOURCE_CONDITION = '@usd1-milestones/source';
