/**
 * Cross-reference rules, run after every file has the right shape. Each rule
 * is a small function that returns problems with the position of the offending
 * value: duplicate ids or numbers, references to ids that do not exist.
 */
import { code } from '../format.js';
import type { Problem } from '../problem.js';
import type { RuleId } from '../rules.js';
import type {
  Bucket,
  Criterion,
  Framework,
  Mapping,
  MilestoneFrontMatter,
  ReplacedBy,
  Section,
  Signal,
  Source,
  Stage,
  Term,
} from '../schemas.js';
import { slugify } from '../slug.js';
import { didYouMean } from '../suggest.js';
import { unknownTarget } from '../targets.js';
import type { ParsedYaml, ValuePath } from './yaml.js';

/** One parsed item and a way to find any of its values in its file. */
export interface Entry<T> {
  readonly value: T;
  readonly file: string;
  readonly locate: ParsedYaml['locate'];
}

export interface RuleInput {
  readonly buckets: readonly Entry<Bucket>[];
  readonly sections: readonly Entry<Section>[];
  readonly stages: readonly Entry<Stage>[];
  readonly signals: readonly Entry<Signal>[];
  readonly milestones: readonly Entry<MilestoneFrontMatter>[];
  readonly glossary: readonly Entry<Term>[];
  readonly sources: readonly Entry<Source>[];
  readonly frameworks: readonly Entry<Framework>[];
  /** How a message names a file (the loader names them from the rubric folder's name on); the path itself by default. */
  readonly shown?: (file: string) => string;
}

type Rule = (input: RuleInput) => Problem[];

/** A duplicate: found at `later`, first used at `first`; the first place is in the message and, as data, in `related`. */
function duplicate(
  later: Problem,
  first: { file: string; line: number; column: number },
  shown: (f: string) => string,
  text: (place: string) => string,
): Problem {
  return {
    ...later,
    message: text(`${shown(first.file)}:${first.line}:${first.column}`),
    related: [{ file: first.file, line: first.line, column: first.column, message: 'first used here' }],
  };
}

const asIs = (file: string) => file;

export function checkCrossReferences(input: RuleInput): Problem[] {
  return crossReferenceRules.flatMap((rule) => rule(input));
}

const duplicates: Rule = (input) => {
  const shown = input.shown ?? asIs;
  return [
    ...unique(input.buckets, 'bucket', 'id', (b) => b.id, shown),
    ...unique(input.buckets, 'bucket', 'number', (b) => b.number, shown),
    ...unique(input.sections, 'section', 'id', (s) => s.id, shown),
    ...unique(input.sections, 'section', 'number', (s) => s.number, shown),
    ...unique(input.stages, 'stage', 'id', (s) => s.id, shown),
    ...unique(input.stages, 'stage', 'number', (s) => s.number, shown),
    ...unique(input.signals, 'signal', 'id', (s) => s.id, shown),
    ...unique(input.milestones, 'milestone', 'id', (m) => m.id, shown),
    ...unique(input.milestones, 'milestone', 'number', (m) => m.number, shown),
    ...unique(input.sources, 'source', 'id', (s) => s.id, shown),
    ...unique(input.sources, 'source', 'number', (s) => s.number, shown),
    ...unique(input.glossary, 'glossary term', 'slug', (t) => t.slug, shown),
    ...uniqueCriteria(input.milestones, shown),
    ...uniqueTermNames(input.glossary),
  ];
};

const milestoneReferences: Rule = (input) => {
  const buckets = ids(input.buckets, (b) => b.id);
  const sections = ids(input.sections, (s) => s.id);
  const stages = ids(input.stages, (s) => s.id);
  const milestones = ids(input.milestones, (m) => m.id);
  const sources = ids(input.sources, (s) => s.id);
  const criteria = new Set(input.milestones.flatMap((m) => m.value.criteria.map((c) => c.id)));
  const problems: Problem[] = [];
  for (const entry of input.milestones) {
    const m = entry.value;
    for (const item of reference(entry, ['bucket'], m.bucket, buckets, 'bucket')) problems.push(item);
    for (const item of reference(entry, ['section'], m.section, sections, 'section')) problems.push(item);
    if (m.stage !== undefined)
      for (const item of reference(entry, ['stage'], m.stage, stages, 'lifecycle stage')) problems.push(item);
    m.related.forEach((id, i) => {
      for (const item of reference(entry, ['related', i], id, milestones, 'related milestone')) problems.push(item);
      if (id === m.id)
        problems.push(at(entry, ['related', i], 'rubric-schema', `Milestone ${code(id)} lists itself as related`));
    });
    m.sources.forEach((key, i) => {
      for (const item of reference(entry, ['sources', i], key, sources, 'source key', 'citation-unknown'))
        problems.push(item);
    });
    m.criteria.forEach((criterion: Criterion, i) => {
      const prefix = `${m.id}.`;
      if (!criterion.id.startsWith(prefix)) {
        const suggestion = `${prefix}${criterion.id.slice(criterion.id.indexOf('.') + 1)}`;
        problems.push(
          at(
            entry,
            ['criteria', i, 'id'],
            'rubric-schema',
            `Criterion id ${code(criterion.id)} is outside its milestone: expected it to start with ${code(prefix)}, such as ${code(suggestion)}`,
          ),
        );
      }
      if (criterion.replacedBy)
        for (const item of replacement(
          entry,
          ['criteria', i, 'replacedBy'],
          criterion.replacedBy,
          criteria,
          'criterion',
        ))
          problems.push(item);
      for (const item of retirement(entry, ['criteria', i], criterion.status, criterion.replacedBy))
        problems.push(item);
    });
    if (m.replacedBy)
      for (const item of replacement(entry, ['replacedBy'], m.replacedBy, milestones, 'milestone')) problems.push(item);
    for (const item of retirement(entry, [], m.status, m.replacedBy)) problems.push(item);
  }
  return problems;
};

const glossaryReferences: Rule = (input) => {
  const slugs = ids(input.glossary, (t) => t.slug);
  const problems: Problem[] = [];
  for (const entry of input.glossary) {
    const t = entry.value;
    const expected = slugify(t.term);
    if (t.slug !== expected) {
      problems.push(
        at(
          entry,
          ['slug'],
          'rubric-schema',
          `Slug ${code(t.slug)} does not match term ${code(t.term)}: expected ${code(expected)}`,
        ),
      );
    }
    t.seeAlso.forEach((slug, i) => {
      for (const item of reference(entry, ['seeAlso', i], slug, slugs, 'glossary term', 'glossary-unknown'))
        problems.push(item);
    });
    if (t.replacedBy)
      for (const item of replacement(entry, ['replacedBy'], t.replacedBy, slugs, 'glossary term')) problems.push(item);
    for (const item of retirement(entry, [], t.status, t.replacedBy)) problems.push(item);
  }
  return problems;
};

const signalReferences: Rule = (input) => {
  const buckets = ids(input.buckets, (b) => b.id);
  const milestones = ids(input.milestones, (m) => m.id);
  return input.signals.flatMap((entry) => [
    ...entry.value.buckets.flatMap((id, i) => reference(entry, ['buckets', i], id, buckets, 'bucket')),
    ...entry.value.milestones.flatMap((id, i) => reference(entry, ['milestones', i], id, milestones, 'milestone')),
  ]);
};

/** `related`, `seeAlso` and signals point at items readers can use: a retired one is named with where it went. */
const retiredReferences: Rule = (input) => {
  const retiredMilestones = retiredIds(input.milestones, (m) => m.id);
  const retiredTerms = retiredIds(input.glossary, (t) => t.slug);
  const problems: Problem[] = [];
  for (const entry of input.milestones) {
    entry.value.related.forEach((id, i) => {
      const retired = retiredMilestones.get(id);
      if (retired) problems.push(retiredReference(entry, ['related', i], 'milestone', id, retired));
    });
  }
  for (const entry of input.glossary) {
    entry.value.seeAlso.forEach((slug, i) => {
      const retired = retiredTerms.get(slug);
      if (retired) problems.push(retiredReference(entry, ['seeAlso', i], 'glossary term', slug, retired));
    });
  }
  for (const entry of input.signals) {
    entry.value.milestones.forEach((id, i) => {
      const retired = retiredMilestones.get(id);
      if (retired) problems.push(retiredReference(entry, ['milestones', i], 'milestone', id, retired));
    });
  }
  return problems;
};

/** A `replacedBy` chain must end at an item that is not retired: never at itself, never in a loop. */
const replacementCycles: Rule = (input) => {
  const nodes: { id: string; entry: Entry<unknown>; path: ValuePath; next: readonly string[] }[] = [];
  for (const entry of input.milestones) {
    const m = entry.value;
    if (m.replacedBy) nodes.push({ id: m.id, entry, path: ['replacedBy'], next: m.replacedBy.ids });
    m.criteria.forEach((c, i) => {
      if (c.replacedBy) nodes.push({ id: c.id, entry, path: ['criteria', i, 'replacedBy'], next: c.replacedBy.ids });
    });
  }
  for (const entry of input.glossary) {
    const t = entry.value;
    if (t.replacedBy) nodes.push({ id: t.slug, entry, path: ['replacedBy'], next: t.replacedBy.ids });
  }
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of nodes) {
    if (reported.has(start.id)) continue;
    // Walk the chain from `start` depth-first; a path that comes back to an id on it is a loop.
    const trail: string[] = [];
    const onTrail = new Set<string>();
    const loop = findLoop(start.id, byId, trail, onTrail, new Set());
    if (!loop || loop[0] !== start.id) continue;
    for (const id of loop) reported.add(id);
    const text = loop.length === 1 ? 'points at itself' : `goes round in a loop (${[...loop, start.id].join(' -> ')})`;
    problems.push(
      at(
        start.entry,
        start.path,
        'rubric-schema',
        `\`replacedBy\` of ${code(start.id)} ${text}; a replacement must lead to an item that is not retired`,
      ),
    );
  }
  return problems;
};

/** Each catalog is `frameworks/<id>.yaml`, its item ids are unique, and it cites a known source. */
const frameworkCatalogs: Rule = (input) => {
  const sources = ids(input.sources, (s) => s.id);
  const problems: Problem[] = [];
  for (const entry of input.frameworks) {
    const f = entry.value;
    const expected = `${f.id}.yaml`;
    const name = entry.file.split(/[\\/]/).at(-1);
    if (name !== expected)
      problems.push(
        at(
          entry,
          ['id'],
          'rubric-schema',
          `Catalog id ${code(f.id)} does not match its file name ${code(name ?? '')}: rename the file to ${code(expected)} or change the id`,
        ),
      );
    if (f.source !== undefined)
      for (const item of reference(entry, ['source'], f.source, sources, 'source key', 'citation-unknown'))
        problems.push(item);
    const seen = new Map<string, number>();
    f.items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        const place = entry.locate(['items', first, 'id']);
        problems.push(
          duplicate(
            at(entry, ['items', i, 'id'], 'rubric-duplicate', ''),
            { file: entry.file, ...place },
            input.shown ?? asIs,
            (where) => `Duplicate item id ${code(item.id)} in ${code(f.id)}: already used at ${where}`,
          ),
        );
      } else seen.set(item.id, i);
      for (const problem of retirement(entry, ['items', i], item.status, item.replacedBy)) problems.push(problem);
    });
  }
  return problems;
};

/**
 * Every mapping `target` names an item of a catalog, and not a retired one (`no-relationship`: a
 * catalog), and every id in its `basis` is an excerpt of that item: a mapping rests on words of the
 * official text that the catalog keeps.
 */
const mappingTargets: Rule = (input) => {
  const catalogs = new Map(input.frameworks.map((e) => [e.value.id, e.value]));
  const problems: Problem[] = [];
  const check = (entry: Entry<MilestoneFrontMatter>, path: ValuePath, mapping: Mapping) => {
    if (mapping.rationaleType === undefined)
      problems.push(
        at(
          entry,
          path,
          'rubric-schema',
          'A mapping needs `rationaleType`: `syntactic`, `semantic` or `functional` (what the comparison rests on)',
        ),
      );
    if (mapping.relationship !== 'no-relationship' && (mapping.basis === undefined || mapping.basis.length === 0))
      problems.push(
        at(
          entry,
          path,
          'rubric-schema',
          "A mapping needs `basis`: the ids of the target item's excerpts, the words of the official text it rests on",
        ),
      );
    if (!mapping.target.includes('/')) {
      if (!catalogs.has(mapping.target)) {
        const known = [...catalogs.keys()];
        problems.push(
          at(
            entry,
            [...path, 'target'],
            'framework-unknown',
            `Unknown framework ${code(mapping.target)}, expected one of ${known.map(code).join(', ')}${didYouMean(mapping.target, known)}`,
          ),
        );
      }
      return;
    }
    const problem = unknownTarget(mapping.target, catalogs);
    if (problem) {
      problems.push(at(entry, [...path, 'target'], 'framework-unknown', problem));
      return;
    }
    const [frameworkId = '', itemId = ''] = mapping.target.split('/');
    const item = catalogs.get(frameworkId)?.items.find((i) => i.id === itemId);
    const excerpts = (item?.excerpts ?? []).map((e) => e.id);
    mapping.basis?.forEach((id, b) => {
      if (excerpts.includes(id)) return;
      problems.push(
        at(
          entry,
          [...path, 'basis', b],
          'framework-unknown',
          `The basis ${code(id)} is not an excerpt of ${code(mapping.target)}: ${
            excerpts.length === 0
              ? `the item has no excerpts; add the words of the official text it rests on to \`frameworks/${frameworkId}.yaml\``
              : `expected one of ${excerpts.map(code).join(', ')}${didYouMean(id, excerpts)}`
          }`,
        ),
      );
    });
  };
  for (const entry of input.milestones) {
    entry.value.mappings.forEach((mapping, i) => {
      check(entry, ['mappings', i], mapping);
    });
    entry.value.criteria.forEach((criterion, c) => {
      criterion.mappings?.forEach((mapping, i) => {
        check(entry, ['criteria', c, 'mappings', i], mapping);
      });
    });
  }
  return problems;
};

/** A stage comes with its basis in the guide's words, and a basis with its stage: no basis, no stage. */
const stageBases: Rule = (input) => {
  const problems: Problem[] = [];
  for (const entry of input.milestones) {
    const { stage, stageBasis } = entry.value;
    if (stage !== undefined && stageBasis === undefined)
      problems.push(
        at(
          entry,
          ['stage'],
          'rubric-schema',
          "A `stage` needs `stageBasis`: the words of the guide's description of that stage that support it; without them, remove the stage",
        ),
      );
    if (stageBasis !== undefined && stage === undefined)
      problems.push(at(entry, ['stageBasis'], 'rubric-schema', '`stageBasis` is only allowed with a `stage`'));
  }
  return problems;
};

export const crossReferenceRules: readonly Rule[] = [
  duplicates,
  frameworkCatalogs,
  mappingTargets,
  stageBases,
  milestoneReferences,
  glossaryReferences,
  signalReferences,
  retiredReferences,
  replacementCycles,
];

function findLoop(
  id: string,
  byId: ReadonlyMap<string, { next: readonly string[] }>,
  trail: string[],
  onTrail: Set<string>,
  done: Set<string>,
): string[] | undefined {
  if (onTrail.has(id)) return trail.slice(trail.indexOf(id));
  // Real chains are a few steps long; a hostile one thousands deep is not followed further.
  if (done.has(id) || trail.length > 1000) return undefined;
  const node = byId.get(id);
  if (!node) return undefined;
  trail.push(id);
  onTrail.add(id);
  for (const next of node.next) {
    const loop = findLoop(next, byId, trail, onTrail, done);
    if (loop) return loop;
  }
  trail.pop();
  onTrail.delete(id);
  done.add(id);
  return undefined;
}

function retiredIds<T extends { status?: string | undefined; replacedBy?: ReplacedBy | undefined }>(
  entries: readonly Entry<T>[],
  id: (value: T) => string,
): Map<string, T> {
  return new Map(entries.filter((e) => e.value.status === 'retired').map((e) => [id(e.value), e.value]));
}

function retiredReference<T>(
  entry: Entry<T>,
  path: ValuePath,
  noun: string,
  id: string,
  retired: { replacedBy?: ReplacedBy | undefined },
): Problem {
  const where = retired.replacedBy ? `; it was replaced by ${retired.replacedBy.ids.map(code).join(', ')}` : '';
  return at(
    entry,
    path,
    'rubric-schema',
    `The ${noun} ${code(id)} is retired${where}: point at an item that is not retired`,
  );
}

function ids<T>(entries: readonly Entry<T>[], id: (value: T) => string): Set<string> {
  return new Set(entries.map((entry) => id(entry.value)));
}

function unique<T>(
  entries: readonly Entry<T>[],
  noun: string,
  field: 'id' | 'number' | 'slug',
  get: (value: T) => string | number,
  shown: (file: string) => string,
): Problem[] {
  const seen = new Map<string | number, Entry<T>>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const value = get(entry.value);
    const first = seen.get(value);
    if (first) {
      const place = first.locate([field]);
      problems.push(
        duplicate(
          at(entry, [field], 'rubric-duplicate', ''),
          { file: first.file, ...place },
          shown,
          (where) =>
            `Duplicate ${noun} ${field} ${code(String(value))}: already used at ${where}; each ${noun} needs its own ${field}`,
        ),
      );
    } else {
      seen.set(value, entry);
    }
  }
  return problems;
}

function uniqueCriteria(
  milestones: readonly Entry<MilestoneFrontMatter>[],
  shown: (file: string) => string,
): Problem[] {
  const seen = new Map<string, { entry: Entry<MilestoneFrontMatter>; index: number }>();
  const problems: Problem[] = [];
  for (const entry of milestones) {
    entry.value.criteria.forEach((criterion, index) => {
      const first = seen.get(criterion.id);
      if (first) {
        const place = first.entry.locate(['criteria', first.index, 'id']);
        problems.push(
          duplicate(
            at(entry, ['criteria', index, 'id'], 'rubric-duplicate', ''),
            { file: first.entry.file, ...place },
            shown,
            (where) => `Duplicate criterion id ${code(criterion.id)}: already used at ${where}`,
          ),
        );
      } else {
        seen.set(criterion.id, { entry, index });
      }
    });
  }
  return problems;
}

/** A slug or alias must name one term only, or `getTerm` would be ambiguous. */
function uniqueTermNames(glossary: readonly Entry<Term>[]): Problem[] {
  const owners = new Map<string, Entry<Term>>();
  const problems: Problem[] = [];
  for (const entry of glossary) {
    const names: [ValuePath, string][] = [
      [['slug'], entry.value.slug],
      ...entry.value.aliases.map((alias, i): [ValuePath, string] => [['aliases', i], alias]),
    ];
    const own = new Set<string>();
    for (const [path, name] of names) {
      const key = name.toLowerCase();
      const owner = owners.get(key);
      // The same slug twice is a duplicate slug (reported above); here, names shared between terms.
      if (owner !== undefined && owner !== entry && !(path[0] === 'slug' && owner.value.slug === name)) {
        const noun = path[0] === 'slug' ? 'Glossary slug' : 'Alias';
        problems.push(
          at(
            entry,
            path,
            'rubric-duplicate',
            `${noun} ${code(name)} is already a name of the term ${code(owner.value.slug)}; a name may belong to one term only`,
          ),
        );
      } else if (!own.has(key)) {
        if (owner === undefined) owners.set(key, entry);
        own.add(key);
      }
    }
  }
  return problems;
}

function reference<T>(
  entry: Entry<T>,
  path: ValuePath,
  value: string,
  known: ReadonlySet<string>,
  noun: string,
  ruleId: RuleId = 'rubric-schema',
): Problem[] {
  if (known.has(value)) return [];
  return [at(entry, path, ruleId, `Unknown ${noun} ${code(value)}${didYouMean(value, known)}`)];
}

function replacement<T>(
  entry: Entry<T>,
  path: ValuePath,
  replacedBy: ReplacedBy,
  known: ReadonlySet<string>,
  noun: string,
): Problem[] {
  return replacedBy.ids.flatMap((id, i) => reference(entry, [...path, 'ids', i], id, known, `replacement ${noun}`));
}

function retirement<T>(
  entry: Entry<T>,
  path: ValuePath,
  status: string | undefined,
  replacedBy: ReplacedBy | undefined,
): Problem[] {
  if (replacedBy && status !== 'retired') {
    return [
      at(
        entry,
        [...path, 'replacedBy'],
        'rubric-schema',
        '`replacedBy` is only allowed on an item with `status: retired`',
      ),
    ];
  }
  return [];
}

function at<T>(entry: Entry<T>, path: ValuePath, ruleId: RuleId, message: string): Problem {
  return { file: entry.file, ...entry.locate(path), ruleId, severity: 'error', message };
}
