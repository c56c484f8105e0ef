/**
 * Every reader-facing string of the rubric, as a translation addresses it:
 * the translation file under translations/<lang>/ that holds it, its path in
 * that file, and a key that names it in the data (`criterion:reserve-policy.permitted-assets`).
 * Ids, citation keys, link targets, aliases and the sources' official titles
 * are never translated, so they are not here.
 */
import type { Rubric } from '../schemas.js';

export interface EnglishString {
  /** The translation file, relative to translations/<lang>/: `milestones/reserve-policy.yaml`. */
  readonly file: string;
  /** Where its translation stands in that file: `['criteria', 'reserve-policy.permitted-assets']`. */
  readonly path: readonly string[];
  /** Its name in the translated data: `criterion:reserve-policy.permitted-assets`. */
  readonly key: string;
  readonly text: string;
  /**
   * Whether a language that exists must translate it. Catalog titles are
   * translated only where an official translation exists, and retired items
   * keep their stub in English.
   */
  readonly required: boolean;
}

export function englishStrings(rubric: Rubric): EnglishString[] {
  const out: EnglishString[] = [];
  walk(structuredClone(rubric) as Mutable, (s) =>
    out.push({ file: s.file, path: s.path, key: s.key, text: s.text, required: s.required }),
  );
  return out;
}

/**
 * The rubric with each string that `strings` (by key) translates replaced,
 * and the keys of the required strings left in English, so that a page can
 * say which parts fell back. Ids and everything else stay as they are.
 */
export function translateRubric(
  rubric: Rubric,
  strings: Readonly<Record<string, string | { readonly text: string }>>,
): { readonly rubric: Rubric; readonly fallback: readonly string[] } {
  const copy = structuredClone(rubric) as Mutable;
  const fallback: string[] = [];
  walk(copy, (s) => {
    // A string, or an entry as i18n/<lang>.json ships it (`{ text, source }`).
    const entry = Object.hasOwn(strings, s.key) ? strings[s.key] : undefined;
    const text = typeof entry === 'object' ? entry.text : entry;
    if (text !== undefined) s.replace(text);
    else if (s.required) fallback.push(s.key);
  });
  return { rubric: copy as unknown as Rubric, fallback };
}

// The walk writes into a copy: a plain, structurally cloned object whose strings it may replace.
type Mutable = { -readonly [K in keyof Rubric]: Rubric[K] } & Record<string, unknown>;
type Visit = (s: EnglishString & { replace(text: string): void }) => void;
type Record_ = Record<string, unknown>;

function walk(rubric: Mutable, visit: Visit): void {
  const add = (file: string, path: string[], key: string, owner: Record_, field: string, required = true) => {
    const text = owner[field];
    if (typeof text !== 'string' || text.trim() === '') return;
    visit({
      file,
      path,
      key,
      text: field === 'body' ? text.trim() : text,
      required,
      replace: (translated) => {
        owner[field] = translated;
      },
    });
  };
  const r = rubric as Record_;
  for (const field of ['title', 'description', 'neutralityNotice', 'disclaimer'])
    add('rubric.yaml', [field], `meta:${field}`, r, field);
  const list = (file: string, kind: string, items: readonly Record_[], fields: readonly string[]) => {
    for (const item of items)
      for (const field of fields) add(file, [item.id as string, field], `${kind}:${item.id}:${field}`, item, field);
  };
  list('buckets.yaml', 'bucket', rubric.buckets as unknown as Record_[], ['title', 'question']);
  list('sections.yaml', 'section', rubric.sections as unknown as Record_[], ['title', 'summary']);
  list('stages.yaml', 'stage', rubric.stages as unknown as Record_[], ['title', 'description']);
  list('signals.yaml', 'signal', rubric.signals as unknown as Record_[], ['title', 'description']);
  for (const t of rubric.glossary as unknown as Record_[]) {
    const active = t.status !== 'retired';
    for (const field of ['term', 'definition'])
      add('glossary.yaml', [t.slug as string, field], `term:${t.slug}:${field}`, t, field, active);
  }
  for (const m of rubric.milestones as unknown as Record_[]) {
    const file = `milestones/${m.id}.yaml`;
    const active = m.status !== 'retired';
    for (const field of ['title', 'summary', 'body'])
      add(file, [field], `milestone:${m.id}:${field}`, m, field, active);
    for (const c of (m.criteria ?? []) as Record_[]) {
      const live = active && c.status !== 'retired';
      add(file, ['criteria', c.id as string], `criterion:${c.id}`, c, 'text', live);
      add(file, ['mayNotApply', c.id as string], `criterion:${c.id}:mayNotApply`, c, 'mayNotApply', live);
      for (const x of (c.mappings ?? []) as Record_[])
        add(
          file,
          ['criterionMappings', c.id as string, x.target as string],
          `mapping:${c.id}:${x.target}`,
          x,
          'rationale',
          live,
        );
    }
    for (const x of (m.mappings ?? []) as Record_[])
      add(file, ['mappings', x.target as string], `mapping:${m.id}:${x.target}`, x, 'rationale', active);
  }
  // Catalog titles are official titles: translated only where an official translation exists, so never required.
  for (const f of (rubric.frameworks ?? []) as unknown as Record_[]) {
    const file = `frameworks/${f.id}.yaml`;
    for (const field of ['title', 'note']) add(file, [field], `framework:${f.id}:${field}`, f, field, false);
    for (const item of (f.items ?? []) as Record_[])
      for (const field of ['title', 'topic'])
        add(
          file,
          ['items', item.id as string, field],
          `framework-item:${f.id}/${item.id}:${field}`,
          item,
          field,
          false,
        );
  }
}
