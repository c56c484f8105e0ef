/**
 * The one shape of "what changed": a release's changes.json, the site's
 * changes page and `usd1-milestones diff --format json` all come from here.
 * A first release (no previous one) lists everything as added.
 */
import { diffRubrics, type RubricChange, type RubricDiff } from './diff.js';
import type { Rubric } from './schemas.js';
import type { TranslationDiff } from './translation-diff.js';

export interface ChangesDocument {
  readonly from: string | null;
  readonly to: string;
  readonly bump: RubricDiff['bump'];
  readonly changes: readonly RubricChange[];
  readonly errors: readonly string[];
  readonly translations: readonly TranslationDiff[];
}

export function changesDocument(
  previous: Rubric | undefined,
  current: Rubric,
  translations: readonly TranslationDiff[] = [],
): ChangesDocument {
  const empty: Rubric = { ...current, buckets: [], milestones: [], glossary: [], sources: [], frameworks: [] };
  const diff = diffRubrics(previous ?? empty, current);
  return {
    from: previous ? previous.version : null,
    to: current.version,
    bump: diff.bump,
    changes: diff.changes,
    errors: diff.errors,
    translations: translations.filter((t) => t.bump !== 'none'),
  };
}
