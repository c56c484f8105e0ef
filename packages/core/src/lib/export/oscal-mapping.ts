/**
 * One crosswalk as an OSCAL mapping collection (OSCAL 1.2's control mapping
 * model, which carries NIST IR 8477's relationships): the rubric's mappings
 * to one framework, read from the rubric (the source) to the framework (the
 * target).
 *
 * - The source is the rubric's OSCAL catalog, shipped beside this file
 *   (`oscal-catalog.json`); its controls are the milestones and its statement
 *   items the criteria, so a map's sources are `control` or `statement` ids
 *   of that catalog (`reserve-policy`, `total-supply_smt.published`).
 * - The target is the framework's catalog in this project
 *   (`rubric/frameworks/<id>.yaml`), described in back-matter: no OSCAL
 *   catalog of MiCA, the PFMI or 12 U.S.C. chapter 56 is published, so a
 *   target's `id-ref` is the item id the catalog gives (`art-37`, `5903-a-1-C`).
 * - Each map keeps the mapping's relationship and rationale type
 *   (`matching-rationale`), its rationale as remarks, and its basis as props
 *   of the target: the excerpt id as the value, the locator and the words
 *   read, with where they were read, as the prop's remarks.
 * - OSCAL's `no-relationship` relates a source to a target set; the rubric's
 *   says a framework was considered as a whole and nothing in it applies, so
 *   it has no target item. Those are props of the mapping (`no-relationship`,
 *   the milestone id, the reason as remarks). Every milestone related to
 *   nothing in the framework is in the source gap summary.
 * - Releases before 1.5.0 record no rationale type, which OSCAL's model
 *   requires, so only releases from 1.5.0 on are exported this way.
 *
 * UUIDs are derived from the version, the framework and the ids, and the date
 * is the release's, so the same rubric gives the same bytes.
 */
import { rationaleTypes } from '../mapping-terms.js';
import type { FrameworkItem, Mapping, Rubric } from '../schemas.js';
import { PROP_NAMESPACE } from './oscal.js';
import { uuidV5 } from './uuid.js';

/** The OSCAL version whose mapping model this export follows (its JSON Schema is in the rubric package's tests). */
export const OSCAL_MAPPING_VERSION = '1.2.2';

/** A framework's id and why an export of it cannot be written, or null when it can. */
export function oscalMappingProblem(rubric: Rubric, framework: string): string | null {
  const known = rubric.frameworks.map((f) => f.id);
  if (!known.includes(framework))
    return `No framework \`${framework}\` in ${rubric.version}; its frameworks are ${known.join(', ') || 'none'}`;
  const related = mappingsTo(rubric, framework).filter((l) => l.mapping.relationship !== 'no-relationship');
  if (related.length === 0) {
    const mapped = mappedFrameworks(rubric);
    return `Nothing in ${rubric.version} maps to \`${framework}\` (OSCAL's mapping model needs at least one map)${mapped.length > 0 ? `; the frameworks with mappings are ${mapped.join(', ')}` : ''}`;
  }
  if (related.some((l) => l.mapping.rationaleType === undefined))
    return `The mappings of ${rubric.version} record no rationale type (rubric 1.5.0 added them), and OSCAL's mapping model asks for one: export a release from 1.5.0 on`;
  return null;
}

/** The frameworks of `rubric` that an OSCAL mapping collection can be written for. */
export function exportableFrameworks(rubric: Rubric): string[] {
  return rubric.frameworks.map((f) => f.id).filter((id) => oscalMappingProblem(rubric, id) === null);
}

/** The frameworks that at least one milestone or criterion relates to (not only `no-relationship`), in catalog order. */
export function mappedFrameworks(rubric: Rubric): string[] {
  return rubric.frameworks
    .map((f) => f.id)
    .filter((id) => mappingsTo(rubric, id).some((l) => l.mapping.relationship !== 'no-relationship'));
}

interface Located {
  /** The milestone's id, as the rubric's OSCAL catalog gives its control. */
  readonly milestone: string;
  /** The statement item's id in that catalog, for a criterion's mapping. */
  readonly statement?: string;
  readonly mapping: Mapping;
}

function frameworkOf(target: string): string {
  return target.split('/')[0] ?? target;
}

/** Every mapping to `framework`, milestones by number, each milestone's own before its criteria's. */
function mappingsTo(rubric: Rubric, framework: string): Located[] {
  return rubric.milestones
    .slice()
    .sort((a, b) => a.number - b.number)
    .flatMap((m) => [
      ...m.mappings.map((mapping) => ({ milestone: m.id, mapping })),
      ...m.criteria.flatMap((c) =>
        (c.mappings ?? []).map((mapping) => ({
          milestone: m.id,
          statement: `${m.id}_smt.${c.id.slice(c.id.indexOf('.') + 1)}`,
          mapping,
        })),
      ),
    ])
    .filter((located) => frameworkOf(located.mapping.target) === framework);
}

/**
 * The mapping collection document (`{ "mapping-collection": ... }`) for one
 * framework. Throws when `oscalMappingProblem` names a problem: callers ask
 * it first to say what went wrong in their own terms.
 */
export function oscalMapping(
  rubric: Rubric,
  framework: string,
  lastModified: string,
): { 'mapping-collection': Record<string, unknown> } {
  const problem = oscalMappingProblem(rubric, framework);
  if (problem !== null) throw new Error(problem);
  const catalog = rubric.frameworks.find((f) => f.id === framework);
  if (!catalog) throw new Error(`No framework \`${framework}\``);
  const uuid = (name: string) => uuidV5(`${rubric.version}:mapping:${framework}:${name}`);
  const items = new Map<string, FrameworkItem>(catalog.items.map((item) => [item.id, item]));
  const located = mappingsTo(rubric, framework);
  const related = located.filter((l) => l.mapping.relationship !== 'no-relationship');
  const unrelated = located.filter((l) => l.mapping.relationship === 'no-relationship');

  const maps = related.map((l, index) => {
    const itemId = l.mapping.target.slice(framework.length + 1);
    const item = items.get(itemId);
    const excerpts = item?.excerpts ?? [];
    const basis = (l.mapping.basis ?? []).map((id) => {
      const excerpt = excerpts.find((e) => e.id === id);
      return {
        name: 'basis',
        ns: PROP_NAMESPACE,
        value: id,
        ...(excerpt ? { remarks: `${excerpt.locator}: "${excerpt.text}" (read in: ${excerpt.readIn})` } : {}),
      };
    });
    return {
      uuid: uuid(`map:${index}:${l.statement ?? l.milestone}:${l.mapping.target}`),
      ...(l.mapping.rationaleType ? { 'matching-rationale': l.mapping.rationaleType } : {}),
      relationship: l.mapping.relationship,
      sources: [
        l.statement === undefined
          ? { type: 'control', 'id-ref': l.milestone }
          : { type: 'statement', 'id-ref': l.statement },
      ],
      targets: [
        {
          type: 'control',
          'id-ref': itemId,
          ...(basis.length > 0 ? { props: basis } : {}),
          ...(item ? { remarks: item.title ?? `Topic (in this project's words): ${item.topic}` } : {}),
        },
      ],
      remarks: l.mapping.rationale,
    };
  });

  const mappedMilestones = new Set(related.map((l) => l.milestone));
  const unmapped = rubric.milestones
    .filter((m) => m.status !== 'retired' && !mappedMilestones.has(m.id))
    .sort((a, b) => a.number - b.number)
    .map((m) => m.id);

  const rubricResource = uuid('resource:rubric');
  const frameworkResource = uuid('resource:framework');
  const mapping: Record<string, unknown> = {
    uuid: uuid('mapping'),
    'source-resource': { type: 'catalog', href: `#${rubricResource}` },
    'target-resource': { type: 'catalog', href: `#${frameworkResource}` },
    ...(unrelated.length > 0
      ? {
          props: unrelated.map((l) => ({
            name: 'no-relationship',
            ns: PROP_NAMESPACE,
            value: l.statement ?? l.milestone,
            remarks: l.mapping.rationale,
          })),
        }
      : {}),
    maps,
    ...(unmapped.length > 0
      ? { 'source-gap-summary': { uuid: uuid('gap:source'), 'unmapped-controls': [{ 'with-ids': unmapped }] } }
      : {}),
  };

  return {
    'mapping-collection': {
      uuid: uuid('collection'),
      metadata: {
        title: `${rubric.title} ${rubric.version} to ${catalog.title}`,
        'last-modified': lastModified,
        version: rubric.version,
        'oscal-version': OSCAL_MAPPING_VERSION,
        remarks:
          'A mapping says that a milestone (or criterion) and a provision concern related things, read from the milestone to the provision; it never says that meeting the milestone satisfies the provision.',
      },
      provenance: {
        method: 'human',
        'matching-rationale': usualRationale(related.map((l) => l.mapping)),
        status: 'complete',
        'mapping-description': `Each mapping of ${rubric.title} ${rubric.version} to ${catalog.id}, with its relationship, rationale type, rationale and basis (the words of the official text it rests on). Each map states its own matching rationale where the rubric records one.`,
      },
      mappings: [mapping],
      'back-matter': {
        resources: [
          {
            uuid: rubricResource,
            title: `${rubric.title} ${rubric.version}`,
            description: "The rubric's OSCAL catalog: milestones are its controls, criteria its statement items.",
            rlinks: [{ href: 'oscal-catalog.json', 'media-type': 'application/json' }],
          },
          {
            uuid: frameworkResource,
            title: catalog.title,
            description: `${catalog.publisher}. Item ids are those of the framework catalog \`${catalog.id}\` in this project (rubric/frameworks/${catalog.id}.yaml).`,
            props: [
              { name: 'framework-id', ns: PROP_NAMESPACE, value: catalog.id },
              { name: 'issued', ns: PROP_NAMESPACE, value: catalog.issued },
            ],
            ...(catalog.url ? { rlinks: [{ href: catalog.url }] } : {}),
          },
        ],
      },
    },
  };
}

/**
 * The provenance's rationale type (OSCAL requires one for the whole
 * collection): the one most mappings have, ties going to the earlier in
 * OSCAL's order. Every map states its own as well.
 */
function usualRationale(mappings: readonly Mapping[]): string {
  const counts = rationaleTypes.map((type) => mappings.filter((m) => m.rationaleType === type).length);
  return rationaleTypes[counts.indexOf(Math.max(...counts))] ?? 'semantic';
}
