/** watchFolder: an error from a watcher (a folder gone before it was watched) closes it and watches anew. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type WatchDeps, watchFolder } from '../src/watch.js';

/** Fake watchers that record what happens to them, and a clock that runs what is scheduled when told. */
function fakes(present = true) {
  const watchers: (EventEmitter & { closed: boolean })[] = [];
  const scheduled: (() => void)[] = [];
  const deps: WatchDeps = {
    watch: () => {
      const watcher = Object.assign(new EventEmitter(), {
        closed: false,
        close() {
          watcher.closed = true;
        },
        unref() {
          return watcher;
        },
      });
      watchers.push(watcher);
      return watcher as never;
    },
    exists: () => present,
    later: (fn) => scheduled.push(fn),
  };
  return { deps, watchers, scheduled };
}

describe('watchFolder', () => {
  it('survives an error event: closes that watcher, reports a change, and watches again', () => {
    const { deps, watchers, scheduled } = fakes();
    const changes: (string | null)[] = [];
    watchFolder('/workspace/rubric', { recursive: true }, (name) => changes.push(name), deps);
    expect(watchers).toHaveLength(1);
    // Without a listener, this emit would throw (and end the server).
    expect(() => watchers[0]?.emit('error', Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))).not.toThrow();
    expect([watchers[0]?.closed, changes]).toEqual([true, [null]]);
    for (const run of scheduled.splice(0)) run();
    expect(watchers).toHaveLength(2);
    expect(watchers[1]?.closed).toBe(false);
  });

  it('watches nothing when the folder is not there, and a watch that throws loses only the reload', () => {
    const absent = fakes(false);
    watchFolder('/nowhere', {}, () => undefined, absent.deps);
    expect(absent.watchers).toHaveLength(0);
    const failing: WatchDeps = {
      ...fakes().deps,
      watch: () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    expect(() => watchFolder('/workspace', {}, () => undefined, failing)).not.toThrow();
  });
});
