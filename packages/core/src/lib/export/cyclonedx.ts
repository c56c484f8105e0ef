/**
 * The rubric as a CycloneDX 1.6 standard, the form in which OWASP ASVS, MASVS
 * and SAMM are exchanged: a document whose `definitions.standards` holds one
 * standard, this version of the rubric.
 *
 * - milestones are requirements, by number; their criteria are requirements
 *   whose `parent` is the milestone's `bom-ref`;
 * - the lifecycle stages are the standard's levels, each listing the
 *   milestones of that stage (a milestone of no one stage is in no level);
 * - bucket, section, stage, status and crosswalk mappings are properties in
 *   this project's namespace (`usd1-milestones:`);
 * - the serial number is a name-based UUID of the version and the timestamp is
 *   the release date, so the same release gives the same bytes.
 *
 * It validates against CycloneDX's published 1.6 JSON Schema (see the test).
 */
import { repositoryUrl } from '../rules.js';
import type { Milestone, Rubric } from '../schemas.js';
import { uuidV5 } from './uuid.js';

export const CYCLONEDX_SPEC_VERSION = '1.6';

interface Property {
  readonly name: string;
  readonly value: string;
}

const property = (name: string, value: string): Property => ({ name: `usd1-milestones:${name}`, value });

const milestoneRef = (id: string) => `milestone:${id}`;

/** The CycloneDX document. `releasedAt` is the release's date-time, never the clock. */
export function cyclonedxStandard(rubric: Rubric, releasedAt: string): Record<string, unknown> {
  const milestones = [...rubric.milestones].sort((a, b) => a.number - b.number);
  const requirements = milestones.flatMap((m) => [
    milestoneRequirement(m),
    ...m.criteria.map((c) => ({
      'bom-ref': `criterion:${c.id}`,
      identifier: c.id,
      text: c.text,
      parent: milestoneRef(m.id),
      ...(c.mappings?.length ? { properties: c.mappings.map((x) => property('crosswalk', crosswalk(x))) } : {}),
    })),
  ]);
  const levels = rubric.stages.map((s) => ({
    'bom-ref': `stage:${s.id}`,
    identifier: s.id,
    title: s.title,
    description: s.description,
    requirements: milestones.filter((m) => m.stage === s.id).map((m) => milestoneRef(m.id)),
  }));
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: `urn:uuid:${uuidV5(`cyclonedx:${rubric.version}`)}`,
    version: 1,
    metadata: { timestamp: releasedAt },
    definitions: {
      standards: [
        {
          'bom-ref': `usd1-milestones@${rubric.version}`,
          name: rubric.title,
          version: rubric.version,
          description: `${rubric.description}\n\n${rubric.neutralityNotice}\n\n${rubric.disclaimer}`,
          owner: 'USD1 milestones project',
          requirements,
          levels,
          externalReferences: [{ type: 'vcs', url: repositoryUrl }],
        },
      ],
    },
  };
}

function milestoneRequirement(m: Milestone): Record<string, unknown> {
  return {
    'bom-ref': milestoneRef(m.id),
    identifier: m.id,
    title: `${m.number}. ${m.title}`,
    text: m.summary,
    descriptions: [m.body],
    properties: [
      property('number', String(m.number)),
      property('bucket', m.bucket),
      property('section', m.section),
      ...(m.stage ? [property('stage', m.stage)] : []),
      ...(m.status ? [property('status', m.status)] : []),
      ...m.mappings.map((x) => property('crosswalk', crosswalk(x))),
    ],
  };
}

/** `pfmi/P7 (intersects-with)`: the target and the relationship, read from the rubric item. */
const crosswalk = (x: { readonly target: string; readonly relationship: string }) => `${x.target} (${x.relationship})`;
