/**
 * An assessment as a CycloneDX 1.6 attestation: the document's `declarations`
 * hold who assessed what, and its `definitions` carry the rubric's standard
 * exactly as `usd1-milestones export --format cyclonedx` writes it, so every
 * claim points at a requirement by that export's `bom-ref`
 * (`milestone:<id>`, `criterion:<id>`).
 *
 * - the assessor is the one assessor; the arrangement is the one target, a
 *   service (CycloneDX has no kind closer to a token arrangement);
 * - each answer (a milestone answered as a whole, or a criterion) is a claim
 *   whose predicate is its status and the requirement's words, whose reasoning
 *   is the note (and, for `not-applicable`, the reason), and whose evidence is
 *   the answer's evidence items;
 * - each evidence item keeps its kind, URL, dates and SHA-256 (as an external
 *   reference of type `evidence` of the claim, where CycloneDX holds hashes);
 * - the attestation maps each answered requirement to its claim, with a
 *   conformance score of 1 for met, 0.5 for partial and 0 for not met or not
 *   disclosed, as the coverage counts them; `not-applicable` has no score.
 *
 * The serial number is derived from the assessment itself and the timestamp is
 * the assessment's date, so the same file gives the same bytes. No Node APIs.
 */
import type { Rubric } from '@usd1-milestones/core';
import { cyclonedxStandard, uuidV5 } from '@usd1-milestones/core/export';
import { type Assessment, answerWords, type Evidence, type Status } from './schema.js';
import { credit, scoreAssessment } from './score.js';

const predicateOf: Readonly<Record<Status, string>> = {
  met: 'Met',
  partial: 'Partly met',
  'not-met': 'Not met',
  'not-disclosed': 'Not disclosed',
  'not-applicable': 'Not applicable',
};

interface Answer {
  /** The requirement's `bom-ref` in the rubric's standard. */
  readonly requirement: string;
  readonly id: string;
  readonly words: string;
  readonly status: Status;
  /** A milestone's status that follows from its criteria. */
  readonly derived?: boolean;
  readonly note?: string | undefined;
  readonly reason?: string | undefined;
  readonly evidence: readonly Evidence[];
}

/** The attestation document: the assessment, with the standard of `rubric` (the data it is scored with). */
export function cyclonedxAttestation(assessment: Assessment, rubric: Rubric): Record<string, unknown> {
  // Only the standard's definitions are carried; the export's own date stays out of them.
  const standard = cyclonedxStandard(rubric, `${assessment.date}T00:00:00Z`) as {
    definitions: { standards: unknown[] };
  };
  const milestones = new Map(rubric.milestones.map((m) => [m.id, m]));
  // A milestone answered through its criteria has the status its criteria give it, as scored.
  const card = scoreAssessment(assessment, rubric);
  const answers: Answer[] = [];
  for (const [id, entry] of Object.entries(assessment.milestones)) {
    const m = milestones.get(id);
    if (!m) continue;
    const status = entry.status ?? card.milestones[id]?.status;
    if (status !== undefined && status !== 'not-assessed')
      answers.push({
        requirement: `milestone:${id}`,
        id,
        words: `${m.number}. ${m.title}`,
        status,
        derived: entry.status === undefined,
        note: entry.note,
        reason: entry.reason,
        evidence: entry.evidence ?? [],
      });
    for (const [criterion, judgement] of Object.entries(entry.criteria ?? {})) {
      const c = m.criteria.find((x) => x.id === criterion);
      if (!c) continue;
      answers.push({
        requirement: `criterion:${criterion}`,
        id: criterion,
        words: c.text,
        status: judgement.status,
        note: judgement.note,
        reason: judgement.reason,
        evidence: judgement.evidence ?? [],
      });
    }
  }

  const evidence = answers.flatMap((a) =>
    a.evidence.map((item, i) => ({
      'bom-ref': `evidence:${a.id}:${i + 1}`,
      propertyName: `usd1-milestones:evidence:${item.kind}`,
      description: [
        `${item.title ?? item.url} (${item.kind}${item.cadence ? `, ${item.cadence}` : ''})`,
        item.sha256 ? `SHA-256 ${item.sha256}` : undefined,
      ]
        .filter((part) => part !== undefined)
        .join('; '),
      data: [{ name: item.title ?? item.url, contents: { url: item.url } }],
      ...(item.asOf ? { created: `${item.asOf}T00:00:00Z` } : {}),
      ...(item.expires ? { expires: `${item.expires}T23:59:59Z` } : {}),
    })),
  );
  const claims = answers.map((a) => {
    const reasoning = answerWords(a);
    return {
      'bom-ref': `claim:${a.id}`,
      target: 'arrangement',
      predicate: `${predicateOf[a.status]}${a.derived ? ' (as its criteria give it)' : ''}: ${a.words}`,
      ...(reasoning ? { reasoning } : {}),
      ...(a.evidence.length > 0 ? { evidence: a.evidence.map((_, i) => `evidence:${a.id}:${i + 1}`) } : {}),
      ...(a.evidence.length > 0
        ? {
            externalReferences: a.evidence.map((item) => ({
              type: 'evidence',
              url: item.url,
              ...(item.sha256 ? { hashes: [{ alg: 'SHA-256', content: item.sha256 }] } : {}),
            })),
          }
        : {}),
    };
  });
  const map = answers.map((a) => {
    // The coverage's credit; `not-applicable` is left out of coverage, so it has no score.
    const score = a.status === 'not-applicable' ? undefined : credit[a.status];
    return {
      requirement: a.requirement,
      claims: [`claim:${a.id}`],
      conformance: {
        ...(score === undefined ? {} : { score }),
        rationale: `${predicateOf[a.status]}${a.derived ? ' (as its criteria give it)' : ''}`,
      },
    };
  });

  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidV5(`assessment:${JSON.stringify(assessment)}`)}`,
    version: 1,
    metadata: { timestamp: `${assessment.date}T00:00:00Z` },
    declarations: {
      assessors: [{ 'bom-ref': 'assessor', organization: { name: assessment.assessor } }],
      attestations: [
        {
          summary: `${assessment.arrangement} assessed against ${rubric.title} ${rubric.version} on ${assessment.date} (made against ${assessment.rubricVersion}). A profile, not a grade.`,
          assessor: 'assessor',
          map,
        },
      ],
      claims,
      evidence,
      targets: {
        services: [
          {
            'bom-ref': 'arrangement',
            name: assessment.arrangement,
            ...(assessment.hypothetical ? { description: 'A hypothetical arrangement, for illustration only.' } : {}),
          },
        ],
      },
    },
    definitions: standard.definitions,
  };
}
