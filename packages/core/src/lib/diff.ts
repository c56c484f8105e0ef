/**
 * The semantic diff between two versions of the rubric: what changed, item
 * by item, and the semver bump that change requires (docs/architecture.md):
 *
 * - major: an id removed (with or without its retired stub), renumbered, or
 *   moved to another bucket or section; anything a consumer keyed on breaks.
 * - minor: a new milestone, criterion, term, source or bucket; a change of
 *   meaning (a milestone's title, a criterion's text, a term's name).
 * - patch: wording (summaries, bodies, definitions, questions, titles of sources).
 *
 * Crosswalks: a framework item added is minor and retired or removed is major
 * (mappings to it break); a mapping added, dropped or given another
 * relationship is minor, its rationale reworded is patch.
 *
 * An id that disappears without a `status: retired` stub is an error: consumers
 * holding it would never learn where it went.
 */
import type { Rubric } from './schemas.js';
import { type WordChange, wordDiff } from './word-diff.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export type ItemKind = 'milestone' | 'criterion' | 'term' | 'source' | 'bucket' | 'framework-item' | 'mapping';
export type ChangeType = 'added' | 'retired' | 'removed' | 'renumbered' | 'moved' | 'meaning' | 'editorial';

export interface RubricChange {
  readonly kind: ItemKind;
  readonly id: string;
  readonly change: ChangeType;
  readonly bump: Exclude<Bump, 'none'>;
  /** The fields that changed, for `moved`, `renumbered`, `meaning` and `editorial`. */
  readonly fields?: readonly string[];
  readonly replacedBy?: { readonly kind: string; readonly ids: readonly string[] };
  /** One plain-English sentence, for changelogs. */
  readonly message: string;
  /** For a change of meaning or wording: each changed text, before and after, word by word. */
  readonly texts?: readonly TextChange[];
}

/** One changed text of an item: a title, a criterion's text, a definition, a body. */
export interface TextChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly words: readonly WordChange[];
}

export interface RubricDiff {
  readonly from: string;
  readonly to: string;
  readonly bump: Bump;
  readonly changes: readonly RubricChange[];
  /** Ids removed without a retired stub: each names the fix. */
  readonly errors: readonly string[];
}

const order: Bump[] = ['none', 'patch', 'minor', 'major'];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

export function compareBumps(a: Bump, b: Bump): number {
  return order.indexOf(a) - order.indexOf(b);
}

/** How a changed field is described: reworded text, a value from one thing to another, or a changed list. */
type FieldKind = 'text' | 'value' | 'list';

/**
 * What a diff knows of one kind of item, typed by the item: the fields that
 * place it (major when they change), carry its meaning (minor) and the
 * details around it (patch), each with how its change is described.
 */
interface KindRules<T> {
  readonly kind: ItemKind;
  readonly items: (rubric: Rubric) => readonly T[];
  readonly id: (item: T) => string;
  readonly name: (item: T) => string;
  readonly placement: readonly (keyof T & string)[];
  readonly meaning: readonly (keyof T & string)[];
  readonly details: Readonly<Partial<Record<keyof T & string, FieldKind>>>;
  /**
   * How an item that is gone is reported: by default as removed without a
   * retired stub (major, an error); `dropped` for items that have no id of
   * their own to keep (a mapping), as a minor change of meaning.
   */
  readonly removal?: 'dropped';
}

type Milestone = Rubric['milestones'][number];
type Criterion = Milestone['criteria'][number];
type Term = Rubric['glossary'][number];
type Source = Rubric['sources'][number];
type Bucket = Rubric['buckets'][number];
type FrameworkItem = Rubric['frameworks'][number]['items'][number];
/** A mapping with the milestone or criterion it belongs to; its id is `<owner> -> <target>`. */
interface OwnedMapping {
  readonly id: string;
  readonly owner: string;
  readonly target: string;
  readonly relationship: string;
  readonly rationale: string;
}

/** Every mapping of a rubric, of milestones and of criteria. Releases made before crosswalks have none. */
function mappingsOf(rubric: Rubric): OwnedMapping[] {
  return rubric.milestones.flatMap((m) =>
    [
      ...(m.mappings ?? []).map((mapping) => ({ owner: m.id, mapping })),
      ...m.criteria.flatMap((c) => (c.mappings ?? []).map((mapping) => ({ owner: c.id, mapping }))),
    ].map(({ owner, mapping }) => ({ id: `${owner} -> ${mapping.target}`, owner, ...mapping })),
  );
}

/** Checks each table against its item type while keeping them in one list. */
const rulesFor = <T>(rules: KindRules<T>) => rules as unknown as KindRules<Record<string, unknown>>;

const kinds = [
  rulesFor<Bucket>({
    kind: 'bucket',
    items: (r) => r.buckets,
    id: (b) => b.id,
    name: (b) => `bucket \`${b.id}\``,
    placement: ['number'],
    meaning: ['title'],
    details: { question: 'text' },
  }),
  rulesFor<Milestone>({
    kind: 'milestone',
    items: (r) => r.milestones,
    id: (m) => m.id,
    name: (m) => `Milestone ${m.number} (\`${m.id}\`)`,
    placement: ['number', 'bucket', 'section'],
    meaning: ['title'],
    details: { summary: 'text', body: 'text', stage: 'value', sources: 'list', related: 'list' },
  }),
  rulesFor<Criterion>({
    kind: 'criterion',
    items: (r) => r.milestones.flatMap((m) => m.criteria),
    id: (c) => c.id,
    name: (c) => `criterion \`${c.id}\``,
    placement: [],
    meaning: ['text'],
    details: { seed: 'text' },
  }),
  rulesFor<Term>({
    kind: 'term',
    items: (r) => r.glossary,
    id: (t) => t.slug,
    name: (t) => `glossary term \`${t.slug}\``,
    placement: [],
    meaning: ['term'],
    details: { definition: 'text', aliases: 'list', seeAlso: 'list' },
  }),
  rulesFor<Source>({
    kind: 'source',
    items: (r) => r.sources,
    id: (s) => s.id,
    name: (s) => `source \`${s.id}\``,
    placement: ['number'],
    meaning: [],
    details: {
      title: 'text',
      author: 'value',
      publisher: 'value',
      issued: 'value',
      URL: 'value',
      type: 'value',
      'container-title': 'text',
      'collection-title': 'text',
      'collection-number': 'value',
      source: 'text',
    },
  }),
  rulesFor<FrameworkItem>({
    kind: 'framework-item',
    items: (r) => (r.frameworks ?? []).flatMap((f) => f.items.map((item) => ({ ...item, id: `${f.id}/${item.id}` }))),
    id: (i) => i.id,
    name: (i) => `framework item \`${i.id}\``,
    placement: [],
    meaning: [],
    details: { title: 'text', topic: 'text', issued: 'value' },
  }),
  rulesFor<OwnedMapping>({
    kind: 'mapping',
    items: mappingsOf,
    id: (m) => m.id,
    name: (m) => `the mapping of \`${m.owner}\` to \`${m.target}\``,
    placement: [],
    meaning: ['relationship'],
    details: { rationale: 'text' },
    removal: 'dropped',
  }),
];

/** The sections a list of changes is shown in, most consequential first: the one grouping every view uses. */
export const changeGroups: readonly { readonly title: string; readonly changes: readonly ChangeType[] }[] = [
  { title: 'Removed without a retired stub', changes: ['removed'] },
  { title: 'Retired', changes: ['retired'] },
  { title: 'Renumbered or moved', changes: ['renumbered', 'moved'] },
  { title: 'Meaning changed', changes: ['meaning'] },
  { title: 'Added', changes: ['added'] },
  { title: 'Editorial', changes: ['editorial'] },
];

/** The diff's changes in {@link changeGroups}, empty groups left out. */
export function groupChanges(
  changes: readonly RubricChange[],
): { readonly title: string; readonly changes: readonly RubricChange[] }[] {
  return changeGroups
    .map((group) => ({ title: group.title, changes: changes.filter((c) => group.changes.includes(c.change)) }))
    .filter((group) => group.changes.length > 0);
}

export function diffRubrics(from: Rubric, to: Rubric): RubricDiff {
  const changes: RubricChange[] = [];
  const errors: string[] = [];
  const milestoneOf = new Map(to.milestones.flatMap((m) => m.criteria.map((c) => [c.id, m] as const)));

  for (const rules of kinds) {
    const before = new Map(rules.items(from).map((item) => [rules.id(item), item]));
    const after = new Map(rules.items(to).map((item) => [rules.id(item), item]));
    for (const [id, item] of after) {
      const old = before.get(id);
      if (!old) {
        const owner = rules.kind === 'criterion' ? milestoneOf.get(id) : undefined;
        const message = owner
          ? `Milestone ${owner.number} (\`${owner.id}\`) gained the criterion \`${id}\`: ${String(item.text)}`
          : rules.kind === 'mapping'
            ? `\`${String(item.owner)}\` maps to \`${String(item.target)}\` (${String(item.relationship)}): ${String(item.rationale)}`
            : `Added ${rules.name(item)}${addedLabel(item)}`;
        changes.push({ kind: rules.kind, id, change: 'added', bump: 'minor', message });
        continue;
      }
      if (old.status !== 'retired' && item.status === 'retired') {
        const replacedBy = item.replacedBy as RubricChange['replacedBy'];
        const where = replacedBy ? ` (${replacedBy.kind} to ${replacedBy.ids.map((x) => `\`${x}\``).join(', ')})` : '';
        changes.push({
          kind: rules.kind,
          id,
          change: 'retired',
          bump: 'major',
          ...(replacedBy ? { replacedBy } : {}),
          message: `Retired ${rules.name(item)}${where}`,
        });
        continue;
      }
      const changed = (fields: readonly string[]) =>
        fields.filter((f) => JSON.stringify(old[f]) !== JSON.stringify(item[f]));
      const placement = changed(rules.placement);
      if (placement.length > 0) {
        const type: ChangeType = placement.includes('number') && placement.length === 1 ? 'renumbered' : 'moved';
        const detail = placement.map((f) => `${f} ${JSON.stringify(old[f])} → ${JSON.stringify(item[f])}`).join(', ');
        changes.push({
          kind: rules.kind,
          id,
          change: type,
          bump: 'major',
          fields: placement,
          message: `${capitalize(rules.name(old))} ${type === 'renumbered' ? 'was renumbered' : 'moved'}: ${detail}`,
        });
      }
      const texts = (fields: readonly string[]): { texts?: TextChange[] } => {
        const changedTexts = fields.flatMap((field) => {
          const [before, after] = [old[field], item[field]];
          return typeof before === 'string' && typeof after === 'string'
            ? [{ field, before, after, words: wordDiff(before, after) }]
            : [];
        });
        return changedTexts.length > 0 ? { texts: changedTexts } : {};
      };
      const meaning = changed(rules.meaning);
      if (meaning.length > 0) {
        changes.push({
          kind: rules.kind,
          id,
          change: 'meaning',
          bump: 'minor',
          fields: meaning,
          message: `${capitalize(rules.name(item))} changed its ${meaning.join(' and ')}`,
          ...texts(meaning),
        });
      }
      const details = changed(Object.keys(rules.details));
      if (details.length > 0) {
        const described = details.map((field) =>
          describeField(field, rules.details[field] as FieldKind, old[field], item[field]),
        );
        changes.push({
          kind: rules.kind,
          id,
          change: 'editorial',
          bump: 'patch',
          fields: details,
          message: `${capitalize(rules.name(item))}: ${described.join('; ')}`,
          ...texts(details.filter((field) => rules.details[field] === 'text')),
        });
      }
    }
    for (const [id, old] of before) {
      if (after.has(id)) continue;
      if (rules.removal === 'dropped') {
        changes.push({
          kind: rules.kind,
          id,
          change: 'meaning',
          bump: 'minor',
          message: `${capitalize(rules.name(old))} was dropped`,
        });
        continue;
      }
      changes.push({
        kind: rules.kind,
        id,
        change: 'removed',
        bump: 'major',
        message: `Removed ${rules.name(old)} without a retired stub`,
      });
      errors.push(
        `${capitalize(rules.name(old))} was removed. Ids are permanent: keep it with \`status: retired\` and \`replacedBy\` (moved, split or merged) so that consumers holding the id learn where it went.`,
      );
    }
  }
  const bump = changes.reduce<Bump>((acc, c) => maxBump(acc, c.bump), 'none');
  return { from: from.version, to: to.version, bump, changes, errors };
}

/** `summary reworded`, `stage changed from \`pilot\` to \`scale\``, `sources changed`. */
function describeField(field: string, kind: FieldKind, before: unknown, after: unknown): string {
  if (kind === 'text') return `${field} reworded`;
  if (kind === 'list') return `${field} changed`;
  const show = (value: unknown) =>
    value === undefined ? 'none' : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
  return `${field} changed from ${show(before)} to ${show(after)}`;
}

/** What follows an added item's name: its title, term or topic. */
function addedLabel(item: Record<string, unknown>): string {
  if (typeof item.title === 'string') return `: ${item.title}`;
  if (typeof item.term === 'string') return `: ${item.term}`;
  if (typeof item.topic === 'string') return ` (topic: ${item.topic})`;
  return '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
