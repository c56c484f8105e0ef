/**
 * The semantic diff between two versions of the rubric: what changed, item
 * by item, and the semver bump that change requires (DESIGN.md):
 *
 * - major: an id removed (with or without its retired stub), renumbered, or
 *   moved to another bucket or section; anything a consumer keyed on breaks.
 * - minor: a new milestone, criterion, term, source or bucket; a change of
 *   meaning (a milestone's title, a criterion's text, a term's name).
 * - patch: wording (summaries, bodies, definitions, questions, titles of sources).
 *
 * An id that disappears without a `status: retired` stub is an error: consumers
 * holding it would never learn where it went.
 */
import type { Rubric } from './schemas.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export type ItemKind = 'milestone' | 'criterion' | 'term' | 'source' | 'bucket';
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

type Item = {
  readonly status?: string;
  readonly replacedBy?: { readonly kind: string; readonly ids: readonly string[] };
} & Record<string, unknown>;

interface KindRules {
  readonly kind: ItemKind;
  readonly items: (rubric: Rubric) => readonly Item[];
  readonly id: (item: Item) => string;
  readonly name: (item: Item) => string;
  readonly placement: readonly string[];
  readonly meaning: readonly string[];
  readonly wording: readonly string[];
}

const kinds: readonly KindRules[] = [
  {
    kind: 'bucket',
    items: (r) => r.buckets as unknown as Item[],
    id: (b) => String(b.id),
    name: (b) => `bucket \`${String(b.id)}\``,
    placement: ['number'],
    meaning: ['title'],
    wording: ['question'],
  },
  {
    kind: 'milestone',
    items: (r) => r.milestones as unknown as Item[],
    id: (m) => String(m.id),
    name: (m) => `Milestone ${String(m.number)} (\`${String(m.id)}\`)`,
    placement: ['number', 'bucket', 'section'],
    meaning: ['title'],
    wording: ['summary', 'body', 'stage', 'sources', 'related'],
  },
  {
    kind: 'criterion',
    items: (r) => r.milestones.flatMap((m) => m.criteria) as unknown as Item[],
    id: (c) => String(c.id),
    name: (c) => `criterion \`${String(c.id)}\``,
    placement: [],
    meaning: ['text'],
    wording: ['seed'],
  },
  {
    kind: 'term',
    items: (r) => r.glossary as unknown as Item[],
    id: (t) => String(t.slug),
    name: (t) => `glossary term \`${String(t.slug)}\``,
    placement: [],
    meaning: ['term'],
    wording: ['definition', 'aliases', 'seeAlso'],
  },
  {
    kind: 'source',
    items: (r) => r.sources as unknown as Item[],
    id: (s) => String(s.id),
    name: (s) => `source \`${String(s.id)}\``,
    placement: ['number'],
    meaning: [],
    wording: [
      'title',
      'author',
      'publisher',
      'issued',
      'URL',
      'type',
      'container-title',
      'collection-title',
      'collection-number',
      'source',
    ],
  },
];

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
          : `Added ${rules.name(item)}${typeof item.title === 'string' ? `: ${item.title}` : typeof item.term === 'string' ? `: ${item.term}` : ''}`;
        changes.push({ kind: rules.kind, id, change: 'added', bump: 'minor', message });
        continue;
      }
      if (old.status !== 'retired' && item.status === 'retired') {
        const where = item.replacedBy
          ? ` (${item.replacedBy.kind} to ${item.replacedBy.ids.map((x) => `\`${x}\``).join(', ')})`
          : '';
        changes.push({
          kind: rules.kind,
          id,
          change: 'retired',
          bump: 'major',
          ...(item.replacedBy ? { replacedBy: item.replacedBy } : {}),
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
      const meaning = changed(rules.meaning);
      if (meaning.length > 0) {
        changes.push({
          kind: rules.kind,
          id,
          change: 'meaning',
          bump: 'minor',
          fields: meaning,
          message: `${capitalize(rules.name(item))} changed its ${meaning.join(' and ')}`,
        });
      }
      const wording = changed(rules.wording);
      if (wording.length > 0) {
        changes.push({
          kind: rules.kind,
          id,
          change: 'editorial',
          bump: 'patch',
          fields: wording,
          message: `${capitalize(rules.name(item))}: ${wording.join(', ')} reworded`,
        });
      }
    }
    for (const [id, old] of before) {
      if (after.has(id)) continue;
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
