/**
 * The digests of the frozen releases' rubric.json (src/shared/release-digests.ts),
 * read from the rubric package when the site builds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { RELEASE_DIGESTS_PLUGIN, type ReleaseDigests } from '../shared/release-digests';

export function releaseDigests(folder: string = releasesFolder): ReleaseDigests {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
      .sort()
      .map((name) => [
        name.slice(0, -'.json'.length),
        createHash('sha256')
          .update(readFileSync(join(folder, name)))
          .digest('hex'),
      ]),
  );
}

/** `releasesDir`: the frozen releases the site is built from (the rubric package's, unless the config says otherwise). */
export default function releaseDigestsPlugin(_context: LoadContext, options: unknown): Plugin<ReleaseDigests> {
  const { releasesDir } = (options ?? {}) as { releasesDir?: string };
  return {
    name: RELEASE_DIGESTS_PLUGIN,
    loadContent: () => releaseDigests(releasesDir),
    contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
