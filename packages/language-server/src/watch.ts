/**
 * Watching a folder for as long as it can be watched. A folder that cannot be
 * watched (gone, or the system's watch limit reached) only loses the reload,
 * never the server; and a recursive watcher reports an `error` event (rather
 * than a change) when a folder under it goes before it is watched, as when
 * `git checkout` makes and removes one at once. An `error` with no listener
 * would end the process: here it closes that watcher, reports a change, and
 * watches the folder anew.
 */
import { existsSync, type FSWatcher, watch as fsWatch } from 'node:fs';

export interface WatchDeps {
  readonly watch: (
    folder: string,
    options: { recursive?: boolean },
    listener: (event: string, name: string | null) => void,
  ) => Pick<FSWatcher, 'on' | 'close' | 'unref'>;
  readonly exists: (folder: string) => boolean;
  /** Runs `fn` a little later (the clock, injected for tests). */
  readonly later: (fn: () => void) => void;
}

const nodeDeps: WatchDeps = {
  watch: (folder, options, listener) => fsWatch(folder, options, (event, name) => listener(event, name)),
  exists: existsSync,
  later: (fn) => setTimeout(fn, 100).unref(),
};

export function watchFolder(
  folder: string,
  options: { recursive?: boolean },
  changed: (name: string | null) => void,
  deps: WatchDeps = nodeDeps,
): void {
  if (!deps.exists(folder)) return;
  try {
    const watcher = deps.watch(folder, options, (_, name) => changed(name));
    watcher.on('error', () => {
      watcher.close();
      changed(null);
      deps.later(() => watchFolder(folder, options, changed, deps));
    });
    watcher.unref();
  } catch {}
}
