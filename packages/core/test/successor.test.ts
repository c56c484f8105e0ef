import { describe, expect, it } from 'vitest';
import { type Retirable, replacedByText, soleSuccessor, targetProblem } from '../src/rules.js';

/** Items by id: `a` moved to `b`, `b` to `c` (active), `s` split into `b` and `c`, `x` and `y` each moved to the other. */
const items = new Map<string, Retirable>([
  ['a', { status: 'retired', replacedBy: { ids: ['b'] } }],
  ['b', { status: 'retired', replacedBy: { ids: ['c'] } }],
  ['c', { status: 'active' }],
  ['s', { status: 'retired', replacedBy: { ids: ['b', 'c'] } }],
  ['x', { status: 'retired', replacedBy: { ids: ['y'] } }],
  ['y', { status: 'retired', replacedBy: { ids: ['x'] } }],
  ['gone', { status: 'retired' }],
  ['lost', { status: 'retired', replacedBy: { ids: ['nowhere'] } }],
]);
const lookup = (id: string) => items.get(id);

describe('soleSuccessor', () => {
  it('follows single successors through further retirements to an active item', () => {
    expect([soleSuccessor('a', lookup), soleSuccessor('b', lookup)]).toEqual(['c', 'c']);
  });

  it('names none for an active item, a split, a loop, no successor or an unknown one', () => {
    expect(['c', 's', 'x', 'gone', 'lost', 'unknown'].map((id) => soleSuccessor(id, lookup))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('words the successors for a message', () => {
    expect([replacedByText(items.get('s') as Retirable), replacedByText(items.get('gone') as Retirable)]).toEqual([
      '; it was replaced by `b`, `c`',
      '',
    ]);
  });
});

describe('targetProblem', () => {
  const catalogs = new Map([
    [
      'pfmi',
      {
        id: 'pfmi',
        items: [
          { id: 'P7' },
          { id: 'P2', status: 'retired', replacedBy: { ids: ['P7'] } },
          { id: 'P3', status: 'retired', replacedBy: { ids: ['P7', 'P9'] } },
          { id: 'P9' },
        ],
      },
    ],
  ]);

  it('gives a retired item its one successor as the replacement, a near one as a suggestion', () => {
    expect(targetProblem('pfmi/P2', catalogs)).toEqual({
      message: 'The framework item `pfmi/P2` is retired; it was replaced by `P7`: map to an item that is not retired',
      replacement: 'pfmi/P7',
    });
    expect(targetProblem('pfmi/P3', catalogs)).toEqual({
      message:
        'The framework item `pfmi/P3` is retired; it was replaced by `P7`, `P9`: map to an item that is not retired',
    });
    expect(targetProblem('pfmi/P8', catalogs)).toEqual({
      message: 'Unknown item `P8` in framework `pfmi`; did you mean `P7`?',
      suggestion: 'pfmi/P7',
    });
    expect(targetProblem('pfmx/P7', catalogs)).toEqual({
      message: 'Unknown framework `pfmx` in `pfmx/P7`, expected one of `pfmi`; did you mean `pfmi`?',
      suggestion: 'pfmi/P7',
    });
    expect(targetProblem('pfmi/P7', catalogs)).toBeUndefined();
  });
});
