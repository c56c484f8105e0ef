/**
 * The export machinery on its own: the registry of formats and its writers,
 * name-based UUIDs against known vectors, and the SHA-1 under them against
 * Node's. The exports of the real rubric are tested in the data package.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  exportableFrameworks,
  exportFileName,
  exportFiles,
  exportFormat,
  exportFormatIds,
  exportFormats,
  exportRubric,
  uuidV5,
} from '../src/export.js';
import { frameworkSchema, type Rubric } from '../src/index.js';
import { sha1 } from '../src/lib/export/sha1.js';
import { readRelease } from '../src/loader.js';

/** A frozen release (frozen data never changes, so a copy is a stable fixture), read as every release is. */
const frozen = readRelease('1.0.0', join(import.meta.dirname, 'fixtures/releases'));
const date = '2026-01-02T03:04:05Z';

/**
 * The release with a crosswalk, so that every format has something to write: the fixture
 * catalog of the loader's tests, and a first milestone that maps to one of its items.
 */
const pfmi = frameworkSchema.parse(
  parse(readFileSync(join(import.meta.dirname, 'fixtures/rubrics/ok/frameworks/frameworks/pfmi.yaml'), 'utf8')),
);
const release: Rubric = {
  ...frozen,
  frameworks: [pfmi],
  milestones: frozen.milestones.map((m, i) =>
    i === 0
      ? {
          ...m,
          mappings: [
            {
              target: 'pfmi/P7',
              relationship: 'intersects-with',
              rationaleType: 'semantic',
              basis: ['p7'],
              rationale: 'Both ask for liquid resources.',
            },
          ],
        }
      : m,
  ),
};

describe('the export registry', () => {
  it('lists each format once, with its own file name, media type, label and description', () => {
    expect(exportFormats.map((f) => [f.id, f.fileName, f.mediaType, f.perRelease])).toEqual([
      ['oscal-catalog', 'oscal-catalog.json', 'application/json', true],
      ['oscal-mapping', 'oscal-mapping-{framework}.json', 'application/json', true],
      ['csv', 'checklist.csv', 'text/csv; charset=utf-8', true],
      ['json', 'rubric.json', 'application/json', false],
      ['csl-json', 'sources.csl.json', 'application/json', true],
      ['pdf', 'usd1-milestones-{version}.pdf', 'application/pdf', false],
      ['cyclonedx', 'cyclonedx.json', 'application/vnd.cyclonedx+json', true],
      ['changes', 'changes.json', 'application/json', true],
      ['cite-csl-json', 'citation.csl.json', 'application/vnd.citationstyles.csl+json', true],
      ['bibtex', 'citation.bib', 'application/x-bibtex', true],
      ['cff', 'CITATION.cff', 'application/yaml', true],
    ]);
    expect(new Set(exportFormats.map((f) => f.fileName)).size).toBe(exportFormats.length);
    expect(exportFormats.filter((f) => f.label.length === 0 || !/\.$/.test(f.description))).toEqual([]);
    expect(exportFormatIds).toEqual(exportFormats.map((f) => f.id));
    expect(exportFormat('csv')?.fileName).toBe('checklist.csv');
    expect(exportFormat('docx')).toBeUndefined();
    const pdf = exportFormat('pdf');
    expect(pdf && exportFileName(pdf, '1.4.0')).toBe('usd1-milestones-1.4.0.pdf');
    expect(exportFileName(exportFormat('csv') as NonNullable<typeof pdf>, '1.4.0')).toBe('checklist.csv');
    const mapping = exportFormat('oscal-mapping');
    expect(mapping && exportFileName(mapping, '1.5.0', 'genius')).toBe('oscal-mapping-genius.json');
    expect(exportFormats.filter((f) => 'perFramework' in f && f.perFramework).map((f) => f.id)).toEqual([
      'oscal-mapping',
    ]);
  });

  it.each(exportFormatIds)('has a writer for %s that gives the same text twice, ending in a line break', (id) => {
    // A crosswalk is written per framework: this release's first one it can express.
    const framework = exportableFrameworks(release)[0];
    const context = { previous: null, ...(id === 'oscal-mapping' && framework ? { framework } : {}) };
    const text = exportRubric(release, id, date, context);
    expect(text.length).toBeGreaterThan(['bibtex', 'cff', 'cite-csl-json'].includes(id) ? 200 : 1000);
    expect(text).toMatch(/\n$/);
    expect(exportRubric(structuredClone(release), id, date, context)).toBe(text);
  });

  it('writes JSON formats that parse, and the JSON format as the data itself', () => {
    for (const format of exportFormats.filter((f) => f.mediaType.endsWith('json')))
      for (const { framework } of exportFiles(release, format))
        expect(() =>
          JSON.parse(exportRubric(release, format.id, date, { previous: null, ...(framework ? { framework } : {}) })),
        ).not.toThrow();
    expect(JSON.parse(exportRubric(release, 'json', date))).toEqual(release);
  });
});

describe('name-based UUIDs', () => {
  it('match known vectors', () => {
    // RFC 9562's example (the DNS namespace and "www.example.com"), and two more computed with
    // Python's uuid.uuid5, an independent implementation (DNS "python.org", URL namespace).
    expect([
      uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
      uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
      uuidV5('http://www.example.com/', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'),
    ]).toEqual([
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
      'fcde3c85-2270-590f-9e7c-ee003d65e0e2',
    ]);
  });

  it('hash with a SHA-1 that agrees with FIPS 180 and with Node for every length across block boundaries', () => {
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    const differ: number[] = [];
    for (let length = 0; length <= 200; length++) {
      const input = Uint8Array.from({ length }, (_, i) => (i * 151 + length) % 256);
      if (hex(sha1(input)) !== createHash('sha1').update(input).digest('hex')) differ.push(length);
    }
    expect(differ).toEqual([]);
  });
});

describe('the CycloneDX standard', () => {
  const bom = JSON.parse(exportRubric(release, 'cyclonedx', date));
  const [standard] = bom.definitions.standards;

  it('is a CycloneDX 1.6 document dated by the release, with a serial number of the version', () => {
    expect([bom.bomFormat, bom.specVersion, bom.version, bom.metadata]).toEqual([
      'CycloneDX',
      '1.6',
      1,
      { timestamp: date },
    ]);
    expect(bom.serialNumber).toBe(`urn:uuid:${uuidV5('cyclonedx:1.0.0')}`);
    expect([standard.name, standard.version, standard['bom-ref']]).toEqual([
      release.title,
      '1.0.0',
      'usd1-milestones@1.0.0',
    ]);
  });

  it('holds every milestone and criterion as a requirement, each criterion under its milestone', () => {
    const ids = standard.requirements.map((r: { identifier: string }) => r.identifier);
    const expected = [...release.milestones]
      .sort((a, b) => a.number - b.number)
      .flatMap((m) => [m.id, ...m.criteria.map((c) => c.id)]);
    expect(ids).toEqual(expected);
    const first = release.milestones.find((m) => m.number === 1);
    const criterion = standard.requirements.find(
      (r: { identifier: string }) => r.identifier === first?.criteria[0]?.id,
    );
    expect(criterion).toMatchObject({ parent: `milestone:${first?.id}`, text: first?.criteria[0]?.text });
    const refs = standard.requirements.map((r: { 'bom-ref': string }) => r['bom-ref']);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('has the lifecycle stages as levels, each listing the milestones of its stage (and no other)', () => {
    expect(standard.levels.map((l: { identifier: string }) => l.identifier)).toEqual(release.stages.map((s) => s.id));
    const listed = standard.levels.flatMap((l: { requirements: string[] }) => l.requirements);
    const staged = release.milestones.filter((m) => m.stage);
    expect(staged.length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual(staged.map((m) => `milestone:${m.id}`).sort());
  });
});

describe('how to cite the rubric itself', () => {
  it('gives the version and the release date, the same in BibTeX, CSL-JSON and CITATION.cff', () => {
    expect(exportRubric(release, 'bibtex', date)).toBe(
      [
        '@manual{usd1-milestones-1.0.0,',
        '  author = {{USD1 milestones project}},',
        `  title = {${release.title}},`,
        '  edition = {Version 1.0.0},',
        '  version = {1.0.0},',
        '  organization = {USD1 milestones project},',
        '  year = {2026},',
        '  month = jan,',
        '  date = {2026-01-02},',
        '  url = {https://github.com/usd1-milestones/usd1-milestones}',
        '}',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(exportRubric(release, 'cite-csl-json', date))).toEqual([
      {
        id: 'usd1-milestones-1.0.0',
        type: 'standard',
        title: release.title,
        version: '1.0.0',
        author: [{ literal: 'USD1 milestones project' }],
        publisher: 'USD1 milestones project',
        issued: { 'date-parts': [[2026, 1, 2]] },
        URL: 'https://github.com/usd1-milestones/usd1-milestones',
      },
    ]);
    const cff = exportRubric(release, 'cff', date);
    expect(cff).toContain('\nversion: "1.0.0"\ndate-released: "2026-01-02"\n');
  });

  it('escapes what TeX would read as a command', () => {
    const odd = { ...release, title: 'Reserves & 100% of {deposits}_#1 ~ $ \\ ^' };
    expect(exportRubric(odd, 'bibtex', date)).toContain(
      '  title = {Reserves \\& 100\\% of \\{deposits\\}\\_\\#1 \\textasciitilde{} \\$ \\textbackslash{} \\textasciicircum{}},',
    );
  });

  it('refuses a release date it cannot read, saying what it expected', () => {
    expect(() => exportRubric(release, 'bibtex', 'soon')).toThrow(
      'Expected a release date such as 2026-12-02T02:47:40Z, not `soon`',
    );
  });
});

describe('what changed, as data', () => {
  it('lists a first release as all added, and refuses to guess a missing previous release', () => {
    const first = JSON.parse(exportRubric(release, 'changes', date, { previous: null }));
    expect([first.from, first.to, first.bump, first.errors, first.translations]).toEqual([
      null,
      '1.0.0',
      'minor',
      [],
      [],
    ]);
    expect(first.changes.filter((c: { change: string }) => c.change !== 'added')).toEqual([]);
    expect(first.changes.filter((c: { kind: string }) => c.kind === 'milestone')).toHaveLength(
      release.milestones.length,
    );
    expect(() => exportRubric(release, 'changes', date)).toThrow(
      'The changes export needs the previous release: pass { previous } (null for a first release)',
    );
  });

  it('gives each changed text before and after, word by word, valid against its schema', async () => {
    const { changesSchema } = await import('../src/index.js');
    const next = structuredClone(release) as unknown as {
      milestones: { criteria: { text: string }[]; summary: string }[];
    };
    const [m] = next.milestones;
    if (!m?.criteria[0]) throw new Error('fixture has no criterion');
    const before = m.criteria[0].text;
    m.criteria[0].text = `${before} In writing.`;
    const document = JSON.parse(
      exportRubric({ ...(next as unknown as typeof release), version: '1.0.1' }, 'changes', date, {
        previous: release,
      }),
    );
    expect(changesSchema.safeParse(document).success).toBe(true);
    expect(document.changes).toHaveLength(1);
    const [change] = document.changes;
    expect(change.texts).toEqual([
      {
        field: 'text',
        before,
        after: `${before} In writing.`,
        // A word keeps the space after it, so the last word is replaced by itself with the new words.
        words: [
          { type: 'same', text: before.replace(/partners\.$/, '') },
          { type: 'removed', text: 'partners.' },
          { type: 'added', text: 'partners. In writing.' },
        ],
      },
    ]);
  });
});
