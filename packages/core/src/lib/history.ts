/**
 * Release history per item: `introducedIn` (the first release that had it)
 * and `changedIn` (the latest release whose semantic diff changed it). The
 * current data counts as a release only while its version is not frozen yet,
 * which is the moment the release step generates it.
 */
import { diffRubrics } from './diff.js';
import type { Rubric } from './schemas.js';
import { compareVersions } from './versions.js';

interface History {
  introducedIn?: string;
  changedIn?: string;
}

export function withHistory(current: Rubric, releases: readonly Rubric[]): Rubric {
  const ordered = [...releases].sort((a, b) => compareVersions(a.version, b.version));
  const timeline = ordered.some((r) => r.version === current.version) ? ordered : [...ordered, current];
  const history = new Map<string, History>();
  const key = (kind: string, id: string) => `${kind}:${id}`;
  let previous: Rubric | undefined;
  for (const release of timeline) {
    const ids = [
      ...release.milestones.map((m) => key('milestone', m.id)),
      ...release.milestones.flatMap((m) => m.criteria.map((c) => key('criterion', c.id))),
      ...release.glossary.map((t) => key('term', t.slug)),
    ];
    for (const id of ids) if (!history.has(id)) history.set(id, { introducedIn: release.version });
    if (previous) {
      for (const change of diffRubrics(previous, release).changes) {
        const entry = history.get(key(change.kind, change.id));
        if (entry && change.change !== 'added') entry.changedIn = release.version;
      }
    }
    previous = release;
  }
  const stamp = <T extends object>(kind: string, id: string, item: T): T => {
    const { introducedIn, changedIn, ...rest } = item as T & History;
    const entry = history.get(key(kind, id));
    return {
      ...rest,
      ...(entry?.introducedIn ? { introducedIn: entry.introducedIn } : {}),
      ...(entry?.changedIn ? { changedIn: entry.changedIn } : {}),
    } as T;
  };
  return {
    ...current,
    milestones: current.milestones.map((m) =>
      stamp('milestone', m.id, { ...m, criteria: m.criteria.map((c) => stamp('criterion', c.id, c)) }),
    ),
    glossary: current.glossary.map((t) => stamp('term', t.slug, t)),
  };
}
