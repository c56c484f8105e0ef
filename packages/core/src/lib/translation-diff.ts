/**
 * What changed in one language's translation between two versions, apart
 * from the rubric's meaning: strings translated for the first time, translated
 * anew, or no longer translated. A translation alone never changes what the
 * rubric asks, so it needs a patch release at most.
 */
import type { Bump } from './diff.js';

/** A language's strings as the data package ships and freezes them (i18n/<lang>.json). */
export interface TranslationStrings {
  readonly lang: string;
  readonly strings: Readonly<Record<string, { readonly text: string; readonly source: string }>>;
}

export interface TranslationDiff {
  readonly lang: string;
  readonly bump: Extract<Bump, 'patch' | 'none'>;
  /** Keys translated now and not before. */
  readonly added: readonly string[];
  /** Keys whose translation or whose English source changed. */
  readonly changed: readonly string[];
  /** Keys translated before and not now (their English is shown instead). */
  readonly removed: readonly string[];
}

export function diffTranslations(
  from: TranslationStrings | undefined,
  to: TranslationStrings | undefined,
): TranslationDiff {
  const lang = to?.lang ?? from?.lang ?? '';
  const before = from?.strings ?? {};
  const after = to?.strings ?? {};
  const added = Object.keys(after).filter((key) => !Object.hasOwn(before, key));
  const removed = Object.keys(before).filter((key) => !Object.hasOwn(after, key));
  const changed = Object.keys(after).filter(
    (key) =>
      Object.hasOwn(before, key) &&
      (before[key]?.text !== after[key]?.text || before[key]?.source !== after[key]?.source),
  );
  const bump = added.length + changed.length + removed.length > 0 ? 'patch' : 'none';
  return { lang, bump, added, changed, removed };
}

/** `es: 484 strings translated` and the like, for a changelog line; undefined when nothing changed. */
export function describeTranslationDiff(diff: TranslationDiff): string | undefined {
  const parts = [
    diff.added.length > 0 ? `${diff.added.length} string(s) newly translated` : '',
    diff.changed.length > 0 ? `${diff.changed.length} translation(s) revised` : '',
    diff.removed.length > 0 ? `${diff.removed.length} string(s) no longer translated (shown in English)` : '',
  ].filter(Boolean);
  return parts.length === 0 ? undefined : `\`${diff.lang}\`: ${parts.join(', ')}`;
}
