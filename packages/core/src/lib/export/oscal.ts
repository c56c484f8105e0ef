/**
 * The rubric as an OSCAL 1.1 catalog (NIST's Open Security Controls
 * Assessment Language, the exchange format of compliance tooling):
 *
 * - milestones are controls, in bucket order and then by number; the bucket is
 *   a prop. (Not groups: NIST's OSCAL 1.1.2 complete schema defines a single
 *   `group`, the profile's, which has no `controls`, so a catalog whose groups
 *   hold controls fails it. The buckets' titles and questions are props of
 *   the catalog's metadata instead.)
 * - criteria are the items of each control's statement part;
 * - the summary and the body are guidance parts;
 * - number, bucket, section and stage are props (`label` and `sort-id` are
 *   OSCAL's own; the rest are in this project's namespace);
 * - crosswalk mappings are props named `crosswalk`: the target as the value,
 *   the OSCAL relationship as the class, the rationale as remarks;
 * - the bibliography is in back-matter, and each control links its sources.
 *
 * Ids are the rubric's own (they already satisfy OSCAL's token pattern) and
 * UUIDs are derived from them, so the same rubric gives the same bytes. The
 * catalog validates against NIST's OSCAL 1.1.2 JSON Schema (see the test).
 */
import { repositoryUrl } from '../rules.js';
import type { Milestone, Rubric, Source } from '../schemas.js';
import { uuidV5 } from './uuid.js';

export const OSCAL_VERSION = '1.1.2';
/** The namespace of the props that OSCAL does not define itself. */
export const PROP_NAMESPACE = `${repositoryUrl}/ns/oscal`;

interface Prop {
  name: string;
  value: string;
  ns?: string;
  class?: string;
  remarks?: string;
}

/**
 * The catalog document (`{ catalog: ... }`). `lastModified` is when this
 * version was released (an ISO date-time with zone), never the clock.
 */
export function oscalCatalog(rubric: Rubric, lastModified: string): { catalog: Record<string, unknown> } {
  const version = rubric.version;
  const uuid = (name: string) => uuidV5(`${version}:${name}`);
  const sourceUuid = (key: string) => uuid(`source:${key}`);
  const own = (name: string, value: string, extra: Partial<Prop> = {}): Prop => ({
    name,
    value,
    ns: PROP_NAMESPACE,
    ...extra,
  });
  const milestonesOf = (bucket: string) =>
    rubric.milestones.filter((m) => m.bucket === bucket).sort((a, b) => a.number - b.number);

  const control = (m: Milestone): Record<string, unknown> => {
    const criteria = m.criteria.map((c) => ({
      id: `${m.id}_smt.${c.id.slice(c.id.indexOf('.') + 1)}`,
      name: 'item',
      props: [
        { name: 'label', value: c.id },
        ...(c.status === 'retired' ? [{ name: 'status', value: 'withdrawn' }] : []),
        ...(c.mappings ?? []).map((x) => crosswalk(own, x)),
      ],
      prose: c.text,
    }));
    const props: Prop[] = [
      { name: 'label', value: String(m.number) },
      { name: 'sort-id', value: String(m.number).padStart(2, '0') },
      ...(m.status === 'retired' ? [{ name: 'status', value: 'withdrawn' }] : []),
      own('bucket', m.bucket),
      own('section', m.section),
      ...(m.stage ? [own('stage', m.stage)] : []),
      ...m.mappings.map((x) => crosswalk(own, x)),
    ];
    return {
      id: m.id,
      class: 'milestone',
      title: m.title,
      props,
      ...(m.sources.length > 0
        ? { links: m.sources.map((key) => ({ href: `#${sourceUuid(key)}`, rel: 'reference' })) }
        : {}),
      parts: [
        { id: `${m.id}_smt`, name: 'statement', parts: criteria },
        {
          id: `${m.id}_gdn`,
          name: 'guidance',
          prose: m.summary,
          ...(m.body.trim()
            ? { parts: [{ id: `${m.id}_gdn.body`, name: 'guidance', prose: portableMarkdown(m.body.trim()) }] }
            : {}),
        },
      ],
    };
  };

  const catalog: Record<string, unknown> = {
    uuid: uuid('catalog'),
    metadata: {
      title: rubric.title,
      'last-modified': lastModified,
      version,
      'oscal-version': OSCAL_VERSION,
      props: [
        own('neutrality-notice', 'generic-descriptive', { remarks: rubric.neutralityNotice }),
        ...rubric.buckets.map((b) =>
          own('bucket', b.id, { class: `bucket-${b.number}`, remarks: `${b.title}: ${b.question}` }),
        ),
      ],
      links: [{ href: repositoryUrl, rel: 'alternate', text: 'Source of this catalog' }],
      remarks: `${rubric.description}\n\n${rubric.disclaimer}`,
    },
    controls: rubric.buckets
      .slice()
      .sort((a, b) => a.number - b.number)
      .flatMap((b) => milestonesOf(b.id).map(control)),
  };
  if (rubric.sources.length > 0) {
    catalog['back-matter'] = {
      resources: rubric.sources.map((s) => ({
        uuid: sourceUuid(s.id),
        title: s.title,
        props: [own('citation-key', s.id), own('source-number', String(s.number))],
        citation: { text: citationText(s) },
        ...(s.URL ? { rlinks: [{ href: s.URL }] } : {}),
      })),
    };
  }
  return { catalog };
}

/**
 * Markdown that reads anywhere: links in the rubric's own schemes (`glossary:`,
 * `milestone:`, `framework:`) mean nothing outside its tools, so they become
 * their text. Citations (`[@key]`) stay: the back-matter resolves their keys.
 */
function portableMarkdown(markdown: string): string {
  // Link text may wrap onto the next line, as Markdown allows (not across a blank line).
  return markdown.replace(/\[((?:[^\]\n]|\n(?!\n))+)\]\((?:glossary|milestone|framework):[^)\s]*\)/g, '$1');
}

function crosswalk(
  own: (name: string, value: string, extra?: Partial<Prop>) => Prop,
  mapping: { readonly target: string; readonly relationship: string; readonly rationale: string },
): Prop {
  return own('crosswalk', mapping.target, { class: mapping.relationship, remarks: mapping.rationale });
}

/** `Financial Stability Board (2023). High-level Recommendations ...` */
function citationText(s: Source): string {
  const who = s.author?.map((a) => a.literal).join('; ') ?? s.publisher ?? '';
  const year = s.issued['date-parts'][0]?.[0];
  return `${who}${year ? ` (${year})` : ''}. ${s.title}.${s.URL ? ` ${s.URL}` : ''}`;
}
