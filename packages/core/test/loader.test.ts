import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRubric } from '../src/loader.js';
import type { Problem } from '../src/rules.js';
import { rubricWith, validRubric } from './helpers.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function problemsIn(dir: string): Promise<string[]> {
  const { problems } = await loadRubric(dir);
  return problems.map((p: Problem) => `${relative(dir, p.file)}:${p.line}:${p.column} ${p.ruleId} ${p.message}`);
}

async function overlay(name: string | undefined, remove: readonly string[] = []): Promise<string> {
  const dir = await rubricWith(name, remove);
  made.push(dir);
  return dir;
}

describe('framework catalogs and mappings', () => {
  it('loads catalogs from frameworks/ and mappings of milestones and criteria', async () => {
    const dir = await overlay('ok/frameworks');
    const { rubric, problems } = await loadRubric(dir);
    expect(problems).toEqual([]);
    expect(rubric?.frameworks).toEqual([
      {
        id: 'pfmi',
        title: 'Principles for financial market infrastructures',
        publisher: 'CPMI and IOSCO',
        issued: '2012-04',
        items: [
          {
            id: 'P7',
            title: 'Liquidity risk',
            excerpts: [
              {
                id: 'p7',
                locator: 'Principle 7, headline standard',
                text: 'Words of the principle, as a fixture.',
                readIn: 'A fixture.',
              },
            ],
          },
          {
            id: 'P8',
            topic: 'Settlement finality',
            excerpts: [
              {
                id: 'p8',
                locator: 'Principle 8, headline standard',
                text: 'Words of the principle, as a fixture.',
                readIn: 'A fixture.',
              },
            ],
          },
        ],
      },
    ]);
    const alpha = rubric?.milestones[0];
    expect(alpha?.mappings).toEqual([
      {
        target: 'pfmi/P7',
        relationship: 'intersects-with',
        rationaleType: 'semantic',
        basis: ['p7'],
        rationale: 'Both ask for liquid resources.',
      },
    ]);
    expect(alpha?.criteria[0]?.mappings).toEqual([
      {
        target: 'pfmi/P8',
        relationship: 'subset-of',
        rationaleType: 'semantic',
        basis: ['p8'],
        rationale: 'The criterion covers part of what the item asks.',
      },
    ]);
    // A rubric without the folder has no catalogs and its milestones no mappings.
    const plain = await loadRubric(validRubric);
    expect([plain.rubric?.frameworks, plain.rubric?.milestones[1]?.mappings]).toEqual([[], []]);
  });
});

describe('loadRubric on the valid fixture', () => {
  it('loads with no problems and keeps bodies and paths', async () => {
    const { rubric, problems } = await loadRubric(validRubric, { version: '2.3.4' });
    expect(problems).toEqual([]);
    expect(rubric?.version).toBe('2.3.4');
    expect(rubric?.milestones.map((m) => [m.number, m.id, m.path])).toEqual([
      [1, 'alpha', 'milestones/01-alpha.md'],
      [2, 'beta', 'milestones/02-beta.md'],
    ]);
    expect(rubric?.milestones[1]?.body).toBe('Beta links [Milestone 1](milestone:alpha).\n');
  });

  it('accepts a BOM and CRLF line endings and yields the same data', async () => {
    const dir = await overlay('ok/bom-crlf');
    const crlf = await loadRubric(dir);
    const lf = await loadRubric(validRubric);
    expect(crlf.problems).toEqual([]);
    expect(crlf.rubric).toEqual(lf.rubric);
  });
});

/** Each bad rubric folder and the exact problems it must produce. */
interface BadFolder {
  name: string;
  overlay?: string;
  remove?: string[];
  expected: string[];
}

const badFolders: BadFolder[] = [
  {
    name: 'a framework catalog with a wrong id, an unknown source and a duplicate item',
    overlay: 'bad/framework-catalog',
    expected: [
      'frameworks/pfmi.yaml:1:5 rubric-schema Catalog id `pfmx` does not match its file name `pfmi.yaml`: rename the file to `pfmx.yaml` or change the id',
      'frameworks/pfmi.yaml:5:9 citation-unknown Unknown source key `cpmi-2022`',
      'frameworks/pfmi.yaml:9:9 rubric-duplicate Duplicate item id `P7` in `pfmx`: already used at <name>/frameworks/pfmi.yaml:7:9',
    ],
  },
  {
    name: 'a framework item with both a title and a topic, and a date that is not one',
    overlay: 'bad/framework-both',
    expected: [
      'frameworks/pfmi.yaml:4:9 rubric-schema `issued` is `April 2012`: Expected a date such as 2023 or 2023-07-17',
      'frameworks/pfmi.yaml:7:12 rubric-schema `items[0].title`: Expected either `title` (the official title) or `topic` (when the title is not verified), not both',
    ],
  },
  {
    name: 'mapping targets that no catalog has',
    overlay: 'bad/mapping-target',
    expected: [
      'milestones/01-alpha.md:22:13 framework-unknown Unknown item `P25` in framework `pfmi`',
      'milestones/01-alpha.md:14:17 framework-unknown Unknown framework `mica` in `mica/art-36`, expected one of `pfmi`',
    ],
  },
  {
    name: 'a mapping relationship that OSCAL does not have',
    overlay: 'bad/mapping-relationship',
    expected: [
      'milestones/01-alpha.md:23:19 rubric-schema `mappings[0].relationship` is `related-to`: expected one of `equivalent-to`, `equal-to`, `subset-of`, `superset-of`, `intersects-with`, `no-relationship`',
    ],
  },
  {
    name: 'a stage without its basis, a mapping without its rationale type or basis, a basis the catalog lacks',
    overlay: 'bad/mapping-basis',
    expected: [
      "milestones/01-alpha.md:21:5 rubric-schema A mapping needs `basis`: the ids of the target item's excerpts, the words of the official text it rests on",
      'milestones/01-alpha.md:28:13 framework-unknown The basis `p77` is not an excerpt of `pfmi/P7`: expected one of `p7`; did you mean `p7`?',
      'milestones/01-alpha.md:30:13 framework-unknown Unknown framework `pfmx`, expected one of `pfmi`; did you mean `pfmi`?',
      'milestones/01-alpha.md:14:9 rubric-schema A mapping needs `rationaleType`: `syntactic`, `semantic` or `functional` (what the comparison rests on)',
      "milestones/01-alpha.md:8:8 rubric-schema A `stage` needs `stageBasis`: the words of the guide's description of that stage that support it; without them, remove the stage",
    ],
  },
  {
    name: 'YAML syntax error',
    overlay: 'bad/yaml-syntax',
    expected: ['buckets.yaml:2:11 rubric-syntax Invalid YAML: Nested mappings are not allowed in compact mappings'],
  },
  {
    name: 'front matter that does not parse',
    overlay: 'bad/front-matter-syntax',
    expected: [
      'milestones/01-alpha.md:5:1 rubric-syntax Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  },
  {
    name: 'front matter that is never closed',
    overlay: 'bad/front-matter-unclosed',
    expected: ['milestones/01-alpha.md:1:1 rubric-syntax Front matter is never closed: expected a second `---` line'],
  },
  {
    name: 'duplicate milestone id',
    overlay: 'bad/duplicate-id',
    remove: ['milestones/02-beta.md'],
    expected: [
      'milestones/02-alpha.md:2:5 rubric-duplicate Duplicate milestone id `alpha`: already used at ' +
        '<name>/milestones/01-alpha.md:2:5; each milestone needs its own id',
    ],
  },
  {
    name: 'duplicate milestone number',
    overlay: 'bad/duplicate-number',
    expected: [
      'milestones/01-gamma.md:3:9 rubric-duplicate Duplicate milestone number `1`: already used at ' +
        '<name>/milestones/01-alpha.md:3:9; each milestone needs its own number',
    ],
  },
  {
    name: 'unknown bucket',
    overlay: 'bad/unknown-bucket',
    expected: [
      'milestones/01-alpha.md:6:9 rubric-schema Unknown bucket `promise-clarty`; did you mean `promise-clarity`?',
    ],
  },
  {
    name: 'missing title',
    overlay: 'bad/missing-title',
    expected: ['milestones/01-alpha.md:2:1 rubric-schema Missing required key `title`: expected a string'],
  },
  {
    name: 'unknown related id',
    overlay: 'bad/unknown-related',
    expected: [
      'milestones/02-beta.md:13:18 rubric-schema Unknown related milestone `alpah-x`',
      'milestones/02-beta.md:13:27 rubric-schema Unknown related milestone `alhpa`; did you mean `alpha`?',
    ],
  },
  {
    name: 'unknown key (a typo must never pass silently)',
    overlay: 'bad/unknown-key',
    expected: [
      'milestones/01-alpha.md:2:1 rubric-schema Missing required key `bucket`: expected a string',
      'milestones/01-alpha.md:6:1 rubric-schema Unknown key `buckt`; did you mean `bucket`?',
    ],
  },
  {
    name: 'wrong type',
    overlay: 'bad/wrong-type',
    expected: ['milestones/01-alpha.md:3:9 rubric-schema `number` must be a number, found a string (`one`)'],
  },
  {
    name: 'criterion id outside its milestone',
    overlay: 'bad/criterion-outside',
    expected: [
      'milestones/01-alpha.md:11:9 rubric-schema Criterion id `beta.first-copy` is outside its milestone: ' +
        'expected it to start with `alpha.`, such as `alpha.first-copy`',
    ],
  },
  {
    name: 'unknown source key in front matter',
    overlay: 'bad/unknown-source',
    expected: ['milestones/01-alpha.md:13:11 citation-unknown Unknown source key `fsb-2032`; did you mean `fsb-2023`?'],
  },
  {
    name: 'file name that does not match number and id',
    overlay: 'bad/file-name-mismatch',
    remove: ['milestones/02-beta.md'],
    expected: [
      "milestones/03-beta.md:2:5 rubric-schema File name `03-beta.md` does not match the milestone's number and id: expected `02-beta.md`",
    ],
  },
  {
    name: 'a __proto__ key',
    overlay: 'bad/proto-key',
    expected: [
      'glossary.yaml:6:3 rubric-schema Unknown key `__proto__` in `glossary[0]`; expected one of `slug`, `term`, ' +
        '`definition`, `aliases`, `seeAlso`, `status`, `replacedBy`',
    ],
  },
  {
    name: 'a YAML alias bomb',
    overlay: 'bad/alias-bomb',
    expected: [
      'glossary.yaml:2:8 rubric-syntax YAML aliases expand too far (more than 100 times), which looks like an alias bomb; write the values out instead',
    ],
  },
  {
    name: 'invalid UTF-8',
    overlay: 'bad/invalid-utf8',
    expected: [
      'buckets.yaml:3:24 rubric-syntax Invalid UTF-8 (byte 0xff at offset 57); rubric files must be UTF-8 text',
    ],
  },
  {
    name: 'a binary file',
    overlay: 'bad/binary-file',
    expected: [
      'sources.yaml:3:1 rubric-syntax File contains a NUL byte, so it looks binary; rubric files must be UTF-8 text',
    ],
  },
  {
    name: 'an empty milestones folder',
    remove: ['milestones/01-alpha.md', 'milestones/02-beta.md'],
    expected: [
      'milestones:1:1 rubric-schema No milestone files: expected at least one file named NN-id.md, such as 01-redemption-promise.md',
    ],
  },
  {
    name: 'a missing required file',
    remove: ['stages.yaml'],
    expected: ['stages.yaml:1:1 rubric-schema Missing required file `stages.yaml` in the rubric folder'],
  },
  {
    name: 'a duplicate glossary slug',
    overlay: 'bad/duplicate-slug',
    expected: [
      'glossary.yaml:11:9 rubric-duplicate Duplicate glossary term slug `kyc`: already used at <name>/glossary.yaml:6:9; each glossary term needs its own slug',
    ],
  },
  {
    name: 'replacedBy that points at itself or goes round in a loop',
    overlay: 'bad/replacement-loop',
    expected: [
      'milestones/01-alpha.md:16:17 rubric-schema `replacedBy` of `alpha.second` points at itself; a replacement must lead to an item that is not retired',
      'milestones/01-alpha.md:20:17 rubric-schema `replacedBy` of `alpha.third` goes round in a loop (alpha.third -> alpha.fourth -> alpha.third); a replacement must lead to an item that is not retired',
    ],
  },
  {
    name: 'related, seeAlso and signals naming retired items',
    overlay: 'bad/retired-reference',
    expected: [
      'milestones/02-beta.md:13:11 rubric-schema The milestone `alpha` is retired; it was replaced by `beta`: point at an item that is not retired',
      'glossary.yaml:5:13 rubric-schema The glossary term `kyc` is retired: point at an item that is not retired',
      'signals.yaml:5:16 rubric-schema The milestone `alpha` is retired; it was replaced by `beta`: point at an item that is not retired',
    ],
  },
];

describe('loadRubric on bad rubric folders', () => {
  it.each(badFolders)('$name', { timeout: 5000 }, async ({ overlay: name, remove, expected }: BadFolder) => {
    const dir = await overlay(name, remove);
    const found = await problemsIn(dir);
    expect(found).toEqual(
      expected.map((line: string) => line.replaceAll('<dir>', dir).replaceAll('<name>', basename(dir))),
    );
  });

  it('gives a duplicate the place of the first use as data too (related), not only in its message', async () => {
    const dir = await overlay('bad/duplicate-id', ['milestones/02-beta.md']);
    const { problems } = await loadRubric(dir);
    expect(problems.map((p) => ({ file: p.file, line: p.line, related: p.related }))).toEqual([
      {
        file: join(dir, 'milestones/02-alpha.md'),
        line: 2,
        related: [{ file: join(dir, 'milestones/01-alpha.md'), line: 2, column: 5, message: 'first used here' }],
      },
    ]);
  });

  it('does not pollute Object.prototype through a __proto__ key', async () => {
    const dir = await overlay('bad/proto-key');
    await loadRubric(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reports a 5 MB line as too long instead of accepting it', async () => {
    const dir = await overlay(undefined);
    const summary = 'x'.repeat(5 * 1024 * 1024);
    await writeFile(
      join(dir, 'sections.yaml'),
      `- id: design\n  number: 1\n  title: Design milestones\n  summary: ${summary}\n`,
    );
    expect(await problemsIn(dir)).toEqual([
      'sections.yaml:4:12 rubric-schema `sections[0].summary` has 5242880 characters: expected at most 400 characters',
    ]);
  });

  it.each([
    [
      'number: 0',
      '  number: 0',
      'sections.yaml:2:11 rubric-schema `sections[0].number` is `0`: expected greater than 0',
    ],
    [
      'number: .inf',
      '  number: .inf',
      'sections.yaml:2:11 rubric-schema `sections[0].number` must be a finite number, found `.inf` (infinity)',
    ],
  ])('says plainly what is wrong with %s', async (_name, numberLine, expected) => {
    const dir = await overlay(undefined);
    await writeFile(
      join(dir, 'sections.yaml'),
      `- id: design\n${numberLine}\n  title: Design milestones\n  summary: What a holder is promised.\n`,
    );
    const found = await problemsIn(dir);
    expect(found).toEqual([expected]);
    expect(found[0]?.length).toBeLessThan(300);
  });

  it('shows a 3 MB id by its start', async () => {
    const dir = await overlay(undefined);
    const id = 'z'.repeat(3 * 1024 * 1024);
    await writeFile(
      join(dir, 'signals.yaml'),
      `- id: redemption-performance\n  title: Redemption performance\n  description: Time to receive U.S. dollars.\n  buckets: [${id}]\n  milestones: [alpha]\n`,
    );
    expect(await problemsIn(dir)).toEqual([`signals.yaml:4:13 rubric-schema Unknown bucket \`${'z'.repeat(77)}...\``]);
  });

  it('refuses a file over the size limit without parsing it', async () => {
    const dir = await overlay(undefined);
    await writeFile(join(dir, 'glossary.yaml'), `# ${'y'.repeat(9 * 1024 * 1024)}\n`);
    expect(await problemsIn(dir)).toEqual([
      'glossary.yaml:1:1 rubric-syntax File is 9.0 MB; rubric files may be at most 8.0 MB',
    ]);
  });

  it('reports a folder that does not exist', async () => {
    const { rubric, problems } = await loadRubric('/nonexistent/rubric');
    expect(rubric).toBeUndefined();
    expect(problems).toEqual([
      {
        file: '/nonexistent/rubric',
        line: 1,
        column: 1,
        ruleId: 'rubric-syntax',
        severity: 'error',
        message: 'Cannot read the rubric folder: no such file or folder',
      },
    ]);
  });

  it('reports a milestone file that is a folder, not a crash', async () => {
    const dir = await overlay(undefined);
    await mkdir(join(dir, 'milestones/03-gamma.md'));
    expect(await problemsIn(dir)).toEqual([
      'milestones/03-gamma.md:1:1 rubric-syntax Expected a file, found a folder or special file',
    ]);
  });

  it('reads the fixture file bytes as committed', async () => {
    const bytes = await readFile(join(import.meta.dirname, 'fixtures/rubrics/bad/invalid-utf8/buckets.yaml'));
    expect(bytes.includes(0xff)).toBe(true);
  });
});
