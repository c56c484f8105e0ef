import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bump, diffRubrics, type Rubric } from '../src/index.js';

type Mutable = { -readonly [K in keyof Rubric]: Rubric[K] } & Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the edits reach into deep copies of the data, typed loosely on purpose.
type Draft = Record<string, any>;
const base = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/releases/1.0.0.json'), 'utf8')) as Rubric;

/** A copy of release 1.0.0 with one edit, as the "to" side of a diff. */
function edited(edit: (r: Draft) => void): Rubric {
  const copy = structuredClone(base) as unknown as Mutable;
  edit(copy);
  copy.version = '1.1.0';
  return copy as unknown as Rubric;
}

const milestone = (r: Draft, id: string) => r.milestones.find((m: { id: string }) => m.id === id);

const cases: {
  name: string;
  edit: (r: Draft) => void;
  bump: Bump;
  changes: [string, string, string, string][];
  errors?: number;
}[] = [
  { name: 'no change', edit: () => {}, bump: 'none', changes: [] },
  {
    name: 'a new criterion',
    edit: (r) =>
      milestone(r, 'compliance-roles').criteria.push({
        id: 'compliance-roles.travel-rule',
        text: 'The arrangement says who applies the travel rule.',
      }),
    bump: 'minor',
    changes: [
      [
        'criterion',
        'compliance-roles.travel-rule',
        'added',
        'Milestone 12 (`compliance-roles`) gained the criterion `compliance-roles.travel-rule`: The arrangement says who applies the travel rule.',
      ],
    ],
  },
  {
    name: 'body wording',
    edit: (r) => {
      milestone(r, 'reserve-policy').body += '\nOne more sentence.\n';
    },
    bump: 'patch',
    changes: [['milestone', 'reserve-policy', 'editorial', 'Milestone 5 (`reserve-policy`): body reworded']],
  },
  {
    name: 'a new stage and sources, named for what they are',
    edit: (r) => {
      const m = milestone(r, 'reserve-policy');
      m.stage = 'scale';
      m.sources = [...m.sources, 'fsb-2023'];
    },
    bump: 'patch',
    changes: [
      [
        'milestone',
        'reserve-policy',
        'editorial',
        'Milestone 5 (`reserve-policy`): stage changed from none to `scale`; sources changed',
      ],
    ],
  },
  {
    name: 'a criterion that changes meaning',
    edit: (r) => {
      milestone(r, 'redemption-promise').criteria[2].text = 'The promise states the fees charged.';
    },
    bump: 'minor',
    changes: [
      [
        'criterion',
        'redemption-promise.minimums-and-fees',
        'meaning',
        'Criterion `redemption-promise.minimums-and-fees` changed its text',
      ],
    ],
  },
  {
    name: 'a milestone moved to another bucket',
    edit: (r) => {
      milestone(r, 'market-integrity').bucket = 'resilience';
    },
    bump: 'major',
    changes: [
      [
        'milestone',
        'market-integrity',
        'moved',
        'Milestone 23 (`market-integrity`) moved: bucket "compliance" → "resilience"',
      ],
    ],
  },
  {
    name: 'a retired milestone with its stub',
    edit: (r) => {
      Object.assign(milestone(r, 'listing-policies'), {
        status: 'retired',
        replacedBy: { kind: 'merged', ids: ['multi-venue-liquidity'] },
      });
    },
    bump: 'major',
    changes: [
      [
        'milestone',
        'listing-policies',
        'retired',
        'Retired Milestone 22 (`listing-policies`) (merged to `multi-venue-liquidity`)',
      ],
    ],
  },
  {
    name: 'a milestone removed without a stub',
    edit: (r) => {
      r.milestones = r.milestones.filter((m: { id: string }) => m.id !== 'listing-policies');
    },
    bump: 'major',
    changes: [
      ['milestone', 'listing-policies', 'removed', 'Removed Milestone 22 (`listing-policies`) without a retired stub'],
      [
        'criterion',
        'listing-policies.clear-criteria',
        'removed',
        'Removed criterion `listing-policies.clear-criteria` without a retired stub',
      ],
      [
        'criterion',
        'listing-policies.communication-practices',
        'removed',
        'Removed criterion `listing-policies.communication-practices` without a retired stub',
      ],
    ],
    errors: 3,
  },
  {
    name: 'a new term and a reworded definition',
    edit: (r) => {
      r.glossary.push({
        slug: 'stress-test',
        term: 'Stress test',
        definition: 'A rehearsal of a bad day.',
        aliases: [],
        seeAlso: [],
      });
      r.glossary.find((t: { slug: string }) => t.slug === 'bridge').definition =
        'A system that moves tokens between blockchains.';
    },
    bump: 'minor',
    changes: [
      ['term', 'bridge', 'editorial', 'Glossary term `bridge`: definition reworded'],
      ['term', 'stress-test', 'added', 'Added glossary term `stress-test`: Stress test'],
    ],
  },
];

describe('diffRubrics on edits of release 1.0.0', () => {
  it.each(cases)('$name', ({ edit, bump, changes, errors }) => {
    const diff = diffRubrics(base, edited(edit));
    expect(diff.bump).toBe(bump);
    expect(diff.changes.map((c) => [c.kind, c.id, c.change, c.message])).toEqual(changes);
    expect(diff.errors).toHaveLength(errors ?? 0);
  });

  it('names the fix for a removed id', () => {
    const diff = diffRubrics(
      base,
      edited((r) => r.sources.pop()),
    );
    expect(diff.errors).toEqual([
      'Source `bis-2025` was removed. Ids are permanent: keep it with `status: retired` and `replacedBy` (moved, split or merged) so that consumers holding the id learn where it went.',
    ]);
    expect([diff.from, diff.to]).toEqual(['1.0.0', '1.1.0']);
  });
});

describe('diffRubrics on crosswalks', () => {
  const catalog = {
    id: 'pfmi',
    title: 'Principles for financial market infrastructures',
    publisher: 'CPMI and IOSCO',
    issued: '2012-04',
    items: [
      { id: 'P7', title: 'Liquidity risk' },
      { id: 'P8', topic: 'Settlement finality' },
    ],
  };
  const mapped = (relationship = 'intersects-with', rationale = 'Both cover liquidity under stress.') =>
    edited((r) => {
      r.frameworks = [structuredClone(catalog)];
      milestone(r, 'stress-liquidity-plan').mappings = [{ target: 'pfmi/P7', relationship, rationale }];
    });
  const summary = (from: Rubric, to: Rubric) => {
    const diff = diffRubrics(from, to);
    return [diff.bump, diff.changes.map((c) => [c.kind, c.change, c.bump, c.message]), diff.errors.length];
  };

  it('a mapping added to a release made before crosswalks is minor, with its catalog items', () => {
    const [bump, changes] = summary(base, mapped());
    expect(bump).toBe('minor');
    expect(changes).toContainEqual([
      'mapping',
      'added',
      'minor',
      '`stress-liquidity-plan` maps to `pfmi/P7` (intersects-with): Both cover liquidity under stress.',
    ]);
    expect(changes).toContainEqual([
      'framework-item',
      'added',
      'minor',
      'Added framework item `pfmi/P7`: Liquidity risk',
    ]);
  });

  it('a relationship changed is minor, a rationale reworded is patch, a mapping dropped is minor', () => {
    expect(summary(mapped(), mapped('subset-of'))).toEqual([
      'minor',
      [['mapping', 'meaning', 'minor', 'The mapping of `stress-liquidity-plan` to `pfmi/P7` changed its relationship']],
      0,
    ]);
    expect(summary(mapped(), mapped('intersects-with', 'Both ask for enough liquidity.'))).toEqual([
      'patch',
      [['mapping', 'editorial', 'patch', 'The mapping of `stress-liquidity-plan` to `pfmi/P7`: rationale reworded']],
      0,
    ]);
    const dropped = edited((r) => {
      r.frameworks = [structuredClone(catalog)];
    });
    expect(summary(mapped(), dropped)).toEqual([
      'minor',
      [['mapping', 'meaning', 'minor', 'The mapping of `stress-liquidity-plan` to `pfmi/P7` was dropped']],
      0,
    ]);
  });

  it('a catalog item retired is major; one removed is major and an error', () => {
    const retired = edited((r) => {
      r.frameworks = [structuredClone(catalog)];
      r.frameworks[0].items[1].status = 'retired';
    });
    const before = edited((r) => {
      r.frameworks = [structuredClone(catalog)];
    });
    expect(summary(before, retired)).toEqual([
      'major',
      [['framework-item', 'retired', 'major', 'Retired framework item `pfmi/P8`']],
      0,
    ]);
    const removed = edited((r) => {
      r.frameworks = [{ ...structuredClone(catalog), items: [catalog.items[0]] }];
    });
    expect(summary(before, removed)).toEqual([
      'major',
      [['framework-item', 'removed', 'major', 'Removed framework item `pfmi/P8` without a retired stub']],
      1,
    ]);
  });
});
