/**
 * `assess FILE --format oscal-ar`: OSCAL 1.1 assessment results, so that
 * compliance tools read an assessment as they read any other.
 *
 * - One result per assessment file; a finding per milestone answered and per
 *   criterion answered, targeting the statement (milestone) or its item
 *   (criterion) of the OSCAL catalog this project exports for that release.
 * - OSCAL knows only `satisfied` and `not-satisfied`: `met` is satisfied,
 *   everything else is not, and this rubric's own status (partial,
 *   not-disclosed, not-applicable, not-assessed) is a `status` prop beside it.
 * - Each evidence item is an observation whose relevant evidence is a
 *   back-matter resource with the URL and, where recorded, its SHA-256.
 * - The assessment plan the results must import is embedded in back-matter
 *   (base64): it reviews the milestones assessed; the arrangement, which has
 *   no OSCAL system security plan, stands in for the plan's SSP as a resource.
 * - UUIDs are name-based (version 5) from the assessment's content, and the
 *   dates are the assessment's, never the clock: the same file, the same bytes.
 */

import type { Rubric } from '@usd1-milestones/core';
import { OSCAL_VERSION, PROP_NAMESPACE, uuidV5 } from '@usd1-milestones/core/export';
import { repositoryUrl } from '@usd1-milestones/core/rules';
import { evidenceItems } from './attestation.js';
import { toBase64 } from './dsse.js';
import { type Assessment, answerWords } from './schema.js';
import type { Scorecard } from './score.js';

export interface AssessedFile {
  readonly assessment: Assessment;
  readonly card: Scorecard;
}

type Json = Record<string, unknown>;

export function oscalAssessmentResults(files: readonly AssessedFile[], rubric: Rubric): { 'assessment-results': Json } {
  // Derived from the assessments themselves (no Node API for a digest here): the same files, the same UUIDs.
  const key = JSON.stringify(files.map((f) => f.assessment));
  const uuid = (name: string) => uuidV5(`assessment-results:${key}:${name}`);
  const prop = (name: string, value: string) => ({ name, value, ns: PROP_NAMESPACE });
  const at = (date: string) => `${date}T00:00:00Z`;
  const milestones = new Map(rubric.milestones.map((m) => [m.id, m]));
  const latest = files
    .map((f) => f.assessment.date)
    .sort()
    .at(-1) as string;
  const resources: Json[] = [];
  const assessed = [...new Set(files.flatMap((f) => Object.keys(f.assessment.milestones)))];
  const reviewedControls = {
    'control-selections': [{ 'include-controls': assessed.map((id) => ({ 'control-id': id })) }],
  };

  const results = files.map(({ assessment, card }, n) => {
    const local = (name: string) => uuid(`${n}:${name}`);
    const observations: Json[] = [];
    const observationsOf = new Map<string, string[]>();
    evidenceItems(assessment).forEach(({ milestone, criterion, item }, i) => {
      const resource = local(`evidence-resource:${i}`);
      resources.push({
        uuid: resource,
        title: item.title ?? item.url,
        rlinks: [
          {
            href: item.url,
            ...(item.sha256 ? { hashes: [{ algorithm: 'SHA-256', value: item.sha256 }] } : {}),
          },
        ],
      });
      const observation = local(`observation:${i}`);
      observations.push({
        uuid: observation,
        title: item.title ?? `${item.kind} evidence`,
        description: `Evidence of kind ${item.kind} for \`${criterion ?? milestone}\`.`,
        props: [prop('evidence-kind', item.kind)],
        methods: ['EXAMINE'],
        'relevant-evidence': [{ href: `#${resource}`, description: item.url }],
        collected: at(item.asOf ?? assessment.date),
        ...(item.expires ? { expires: `${item.expires}T23:59:59Z` } : {}),
      });
      const owner = criterion ?? milestone;
      observationsOf.set(owner, [...(observationsOf.get(owner) ?? []), observation]);
    });
    const finding = (
      id: string,
      title: string,
      status: string,
      note: string | undefined,
      target: { type: 'statement-id' | 'objective-id'; id: string },
      observed: readonly string[],
    ): Json => ({
      uuid: local(`finding:${id}`),
      title,
      description: note ?? `Assessed as ${status}.`,
      props: [prop('status', status)],
      target: {
        type: target.type,
        'target-id': target.id,
        status: { state: status === 'met' ? 'satisfied' : 'not-satisfied' },
      },
      ...(observed.length > 0 ? { 'related-observations': observed.map((o) => ({ 'observation-uuid': o })) } : {}),
    });
    const findings: Json[] = [];
    for (const [id, entry] of Object.entries(assessment.milestones)) {
      const m = milestones.get(id);
      const status = card.milestones[id]?.status ?? 'not-assessed';
      const criteriaEvidence = Object.keys(entry.criteria ?? {}).flatMap((c) => observationsOf.get(c) ?? []);
      findings.push(
        finding(
          id,
          m ? `${m.number}. ${m.title}` : id,
          status,
          answerWords(entry),
          { type: 'statement-id', id: `${id}_smt` },
          [...(observationsOf.get(id) ?? []), ...criteriaEvidence],
        ),
      );
      for (const [criterion, judgement] of Object.entries(entry.criteria ?? {}))
        findings.push(
          finding(
            criterion,
            criterion,
            judgement.status,
            answerWords(judgement),
            { type: 'objective-id', id: `${id}_smt.${criterion.slice(criterion.indexOf('.') + 1)}` },
            observationsOf.get(criterion) ?? [],
          ),
        );
    }
    return {
      uuid: local('result'),
      title: `${assessment.arrangement}, assessed ${assessment.date}`,
      description: `Assessed by ${assessment.assessor} against the USD1 milestones rubric ${assessment.rubricVersion}; scored with ${card.scoredWith}.${assessment.hypothetical ? ' Hypothetical: a fictional arrangement.' : ''}`,
      start: at(assessment.date),
      props: [
        prop('rubric-version', assessment.rubricVersion),
        prop('assessor', assessment.assessor.replace(/\s+/g, ' ')),
      ],
      'reviewed-controls': reviewedControls,
      ...(observations.length > 0 ? { observations } : {}),
      ...(findings.length > 0 ? { findings } : {}),
    };
  });

  const subject = uuid('arrangement');
  const plan = {
    'assessment-plan': {
      uuid: uuid('assessment-plan'),
      metadata: {
        title: `Assessment plan: ${files.map((f) => f.assessment.arrangement).join(', ')} against the USD1 milestones rubric`,
        'last-modified': at(latest),
        version: latest,
        'oscal-version': OSCAL_VERSION,
      },
      'import-ssp': { href: `#${subject}` },
      'reviewed-controls': reviewedControls,
      'back-matter': {
        resources: [
          {
            uuid: subject,
            title: files.map((f) => f.assessment.arrangement).join(', '),
            description: 'The arrangement assessed. It has no OSCAL system security plan; this resource stands for it.',
          },
          {
            uuid: uuid('catalog'),
            title: `USD1 milestones rubric ${rubric.version} (OSCAL catalog)`,
            rlinks: [
              { href: `${repositoryUrl}/blob/main/packages/rubric/exports/${rubric.version}/oscal-catalog.json` },
            ],
          },
        ],
      },
    },
  };
  const planResource = uuid('assessment-plan-resource');
  resources.unshift({
    uuid: planResource,
    title: 'The assessment plan these results import',
    base64: {
      filename: 'assessment-plan.json',
      'media-type': 'application/json',
      value: toBase64(new TextEncoder().encode(JSON.stringify(plan))),
    },
  });
  return {
    'assessment-results': {
      uuid: uuid('assessment-results'),
      metadata: {
        title: `Assessment results: ${files.map((f) => f.assessment.arrangement).join(', ')}`,
        'last-modified': at(latest),
        version: latest,
        'oscal-version': OSCAL_VERSION,
      },
      'import-ap': { href: `#${planResource}` },
      results,
      'back-matter': { resources },
    },
  };
}
