/**
 * An assessment as a CycloneDX 1.6 attestation, on a real file: it validates
 * against CycloneDX's 1.6 JSON Schema; every claim points at a requirement of
 * the rubric's standard in the same document, by the bom-ref the rubric's own
 * CycloneDX export gives it; evidence keeps its URL, dates and digest; the
 * same assessment gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { cyclonedxErrors } from '../../../scripts/cyclonedx.js';
import { cyclonedxAttestation } from '../src/lib/cyclonedx.js';
import { parseAssessment } from '../src/lib/parse.js';

const file = join(import.meta.dirname, 'fixtures/attested.yaml');
const parsed = parseAssessment(readFileSync(file, 'utf8'), 'attested.yaml', rubric, { today: '2026-12-01' });
if (!parsed.assessment) throw new Error(`attested.yaml does not parse: ${JSON.stringify(parsed.problems)}`);
const assessment = parsed.assessment;

interface Declarations {
  assessors: { 'bom-ref': string; organization: { name: string } }[];
  attestations: {
    assessor: string;
    summary: string;
    map: { requirement: string; claims: string[]; conformance: { score?: number; rationale: string } }[];
  }[];
  claims: {
    'bom-ref': string;
    target: string;
    predicate: string;
    reasoning?: string;
    evidence?: string[];
    externalReferences?: { type: string; url: string; hashes?: { alg: string; content: string }[] }[];
  }[];
  evidence: { 'bom-ref': string; description: string; data: { contents: { url: string } }[]; created?: string }[];
  targets: { services: { 'bom-ref': string; name: string }[] };
}

describe('cyclonedxAttestation', () => {
  const document = cyclonedxAttestation(assessment, rubric) as {
    declarations: Declarations;
    definitions: { standards: { 'bom-ref': string; requirements: { 'bom-ref': string }[] }[] };
  };
  const { declarations } = document;

  it("validates against CycloneDX's 1.6 JSON Schema with zero errors", () => {
    expect(parsed.problems).toEqual([]);
    expect(cyclonedxErrors(document)).toEqual([]);
  });

  it('fails the schema when a conformance score is out of range, so the check above can fail', () => {
    const broken = structuredClone(document);
    const [first] = broken.declarations.attestations[0]?.map ?? [];
    if (first) first.conformance.score = 2;
    expect(cyclonedxErrors(broken)).toEqual(['/declarations/attestations/0/map/0/conformance/score must be <= 1']);
  });

  it("maps each answer to the rubric's requirement by the bom-ref of its own export, with a score as coverage counts it", () => {
    const requirements = new Set(document.definitions.standards[0]?.requirements.map((r) => r['bom-ref']));
    const [attestation] = declarations.attestations;
    expect(attestation?.map.map((m) => [m.requirement, m.claims, m.conformance])).toEqual([
      ['milestone:reserve-reporting', ['claim:reserve-reporting'], { score: 1, rationale: 'Met' }],
      [
        'milestone:reserve-policy',
        ['claim:reserve-policy'],
        { score: 0.5, rationale: 'Partly met (as its criteria give it)' },
      ],
      [
        'criterion:reserve-policy.permitted-assets',
        ['claim:reserve-policy.permitted-assets'],
        { score: 1, rationale: 'Met' },
      ],
      [
        'criterion:reserve-policy.excluded-assets',
        ['claim:reserve-policy.excluded-assets'],
        { score: 0, rationale: 'Not met' },
      ],
      [
        'milestone:bridge-risk-disclosure',
        ['claim:bridge-risk-disclosure'],
        { rationale: 'Not applicable (as its criteria give it)' },
      ],
      [
        'criterion:bridge-risk-disclosure.same-claim',
        ['claim:bridge-risk-disclosure.same-claim'],
        { rationale: 'Not applicable' },
      ],
    ]);
    expect(attestation?.map.filter((m) => !requirements.has(m.requirement))).toEqual([]);
    expect(attestation?.assessor).toBe('assessor');
    expect(declarations.assessors).toEqual([{ 'bom-ref': 'assessor', organization: { name: 'Tests' } }]);
    expect(declarations.targets.services).toEqual([
      {
        'bom-ref': 'arrangement',
        name: 'Attested Dollar (hypothetical)',
        description: 'A hypothetical arrangement, for illustration only.',
      },
    ]);
  });

  it('keeps each claim with its words, note or reason, and evidence with URL, date and digest', () => {
    const criterion = rubric.milestones
      .find((m) => m.id === 'bridge-risk-disclosure')
      ?.criteria.find((c) => c.id === 'bridge-risk-disclosure.same-claim');
    expect(declarations.claims.find((c) => c['bom-ref'] === 'claim:bridge-risk-disclosure.same-claim')).toEqual({
      'bom-ref': 'claim:bridge-risk-disclosure.same-claim',
      target: 'arrangement',
      predicate: `Not applicable: ${criterion?.text}`,
      reasoning: 'Not applicable: The issuer states that no bridging is used.',
    });
    expect(declarations.claims.find((c) => c['bom-ref'] === 'claim:reserve-reporting')).toMatchObject({
      reasoning: 'Monthly, by an independent accountant.',
      evidence: ['evidence:reserve-reporting:1'],
      externalReferences: [
        {
          type: 'evidence',
          url: 'https://example.org/attested/reserves-2026-10.pdf',
          hashes: [{ alg: 'SHA-256', content: 'd8f28896134050b203fb74a7dbb40bf37547f51e1a0175930a874f4cc5dc71db' }],
        },
      ],
    });
    // The milestone's own evidence stays with the milestone's claim, also when its criteria give its status.
    expect(declarations.claims.find((c) => c['bom-ref'] === 'claim:reserve-policy')?.evidence).toEqual([
      'evidence:reserve-policy:1',
    ]);
    expect(declarations.evidence.map((e) => e['bom-ref'])).toEqual([
      'evidence:reserve-reporting:1',
      'evidence:reserve-policy:1',
    ]);
    expect(declarations.evidence.slice(0, 1)).toEqual([
      {
        'bom-ref': 'evidence:reserve-reporting:1',
        propertyName: 'usd1-milestones:evidence:attestation',
        description:
          'Reserve report, October 2026 (attestation); SHA-256 d8f28896134050b203fb74a7dbb40bf37547f51e1a0175930a874f4cc5dc71db',
        data: [
          {
            name: 'Reserve report, October 2026',
            contents: { url: 'https://example.org/attested/reserves-2026-10.pdf' },
          },
        ],
        created: '2026-10-31T00:00:00Z',
      },
    ]);
  });

  it('is the same bytes for the same assessment, and carries the rubric standard as the export does', () => {
    expect(JSON.stringify(cyclonedxAttestation(structuredClone(assessment), rubric))).toBe(JSON.stringify(document));
    expect(document.definitions.standards[0]?.['bom-ref']).toBe(`usd1-milestones@${rubric.version}`);
  });
});
