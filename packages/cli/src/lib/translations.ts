/**
 * The rubric folder a `translations` command works on, loaded with its
 * translations and the frozen releases the English came from.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isFolder } from '@usd1-milestones/check';
import type { Rubric } from '@usd1-milestones/core';
import { fingerprint, type LoadResult, loadReleases, loadRubric } from '@usd1-milestones/core/loader';
import { englishStrings } from '@usd1-milestones/core/translations';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { UsageError } from '../errors.js';

export interface TranslatedRubric {
  readonly dir: string;
  readonly rubric: Rubric;
  readonly loaded: LoadResult;
  /** The English of the frozen releases by fingerprint: what a stale translation was made from. */
  readonly releasedEnglish: () => ReadonlyMap<string, string>;
}

/** `--rubric DIR` (default ./rubric), loaded; a folder that is not a rubric, or a rubric that does not load, is a UsageError. */
export async function loadTranslatedRubric(cwd: string, rubricOption: string | undefined): Promise<TranslatedRubric> {
  const label = rubricOption ?? 'rubric';
  const dir = resolve(cwd, label);
  if (!isFolder(dir) || !existsSync(join(dir, 'rubric.yaml')))
    throw new UsageError(
      `\`${label}\` is not a rubric folder (expected rubric.yaml in it); run this where rubric/ is, or pass --rubric DIR`,
    );
  const releases = loadReleases(releasesFolder);
  const loaded = await loadRubric(dir, { history: releases });
  if (!loaded.rubric)
    throw new UsageError(`The rubric in \`${label}\` does not load; run \`usd1-milestones check --rubric ${label}\``);
  let english: Map<string, string> | undefined;
  return {
    dir,
    rubric: loaded.rubric,
    loaded,
    releasedEnglish: () => {
      english ??= new Map(
        releases.flatMap((r) => englishStrings(r).map((s) => [fingerprint(s.text), s.text] as const)),
      );
      return english;
    },
  };
}
