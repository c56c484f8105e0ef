/** The time limit every check runs under, and what crosses into the worker threads that enforce it. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Retirable } from '@usd1-milestones/core/rules';
import type { RubricLike } from '@usd1-milestones/remark-rubric';

/** Seconds one file or text may take to parse and check before it is reported as not checked. */
export const DEFAULT_TIME_BUDGET = 10;

/**
 * The message for a file or text that ran out of time. It names no cause:
 * a large ordinary file can run out of time as well as a pathological one.
 */
export function tooComplexMessage(seconds: number): string {
  return `Not checked: it took longer than the time budget of ${seconds} s. Long files take longer, and some inputs slow the Markdown parser sharply (long runs of unmatched \`*\`, \`_\` or \`[\`, or very many link definitions); split the file or raise the budget (\`--time-budget\`)`;
}

/**
 * A worker module `name` beside the module at `base` (a module of src/ or
 * dist/, never of a subfolder); from source (the tests), the built one in
 * dist/: a worker must be JavaScript that Node can load.
 */
export function builtWorker(name: string, base: string): URL {
  const beside = new URL(`./${name}`, base);
  return existsSync(fileURLToPath(beside)) ? beside : new URL(`../dist/${name}`, base);
}

/** Only the fields the checks read, as plain data a worker can receive. */
export function plainRubric(rubric: RubricLike): RubricLike {
  return {
    sources: rubric.sources.map(({ id, number }) => ({ id, number })),
    glossary: rubric.glossary.map((t) => ({ slug: t.slug, term: t.term, aliases: [...t.aliases], ...retirement(t) })),
    milestones: rubric.milestones.map((m) => ({
      id: m.id,
      number: m.number,
      title: m.title,
      ...retirement(m),
      ...(m.criteria ? { criteria: m.criteria.map((c) => ({ id: c.id, ...retirement(c) })) } : {}),
    })),
    ...(rubric.frameworks
      ? {
          frameworks: rubric.frameworks.map(({ id, items }) => ({
            id,
            items: items.map((i) => ({ id: i.id, ...retirement(i) })),
          })),
        }
      : {}),
  };
}

/** Where a retired item went: a link to it is a finding, and its one successor the fix. */
function retirement(item: Retirable): Retirable {
  return {
    ...(item.status ? { status: item.status } : {}),
    ...(item.replacedBy ? { replacedBy: { ids: [...item.replacedBy.ids] } } : {}),
  };
}
