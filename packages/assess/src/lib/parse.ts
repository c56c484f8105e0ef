/**
 * Reads an assessment (YAML, or JSON, which YAML includes) with positions:
 * syntax and duplicate keys, then the schema, then ids against the rubric.
 * Runs anywhere (no Node APIs). Never throws for bad content.
 */
import { didYouMean, type Problem } from '@usd1-milestones/core/rules';
import { LineIndex, overflowProblem, parseShape, parseYaml, shapeProblems } from '@usd1-milestones/core/yaml';
import { type Assessment, assessmentSchema } from './schema.js';

/** The parts of a rubric the reader checks ids against; any version's data fits. */
export interface RubricIds {
  readonly milestones: readonly {
    readonly id: string;
    /** `mayNotApply`: when a criterion may be marked not applicable (rubric 1.5.0 on). */
    readonly criteria: readonly { readonly id: string; readonly mayNotApply?: string | undefined }[];
  }[];
}

export interface ParseResult {
  readonly assessment: Assessment | undefined;
  readonly problems: readonly Problem[];
}

export interface ParseOptions {
  /**
   * The rubric versions a `rubricVersion` may name (the releases and the
   * current one); another version gets an `assessment-consistency` warning.
   */
  readonly versions?: readonly string[];
  /**
   * Today's date (YYYY-MM-DD), for the warning on evidence dated in the
   * future; the clock's UTC date when left out. Tests pass a fixed date.
   */
  readonly today?: string;
}

/**
 * Reads an assessment. Every problem comes in one pass: shape problems and
 * unknown ids together (ids are checked on whatever parsed), errors first
 * in file order, then warnings that do not stop scoring
 * (`assessment-consistency`): a milestone marked `met` whose own criteria say
 * otherwise, or a `rubricVersion` that is not a version of the rubric.
 * `assessment` is set when there is no error.
 */
export function parseAssessment(
  text: string,
  file: string,
  rubric: RubricIds,
  options: ParseOptions = {},
): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseYaml(source, new LineIndex(source));
  if (!parsed.ok) {
    return {
      assessment: undefined,
      problems: [
        {
          file,
          ...parsed.position,
          ruleId: 'assessment-syntax',
          severity: 'error',
          // JSON is read by the YAML parser (JSON is YAML); the message names the format the file is in.
          message: /\.json$/i.test(file) ? parsed.message.replace(/^Invalid YAML/, 'Invalid JSON') : parsed.message,
        },
      ],
    };
  }
  const yaml = parsed.yaml;
  const problems: Problem[] = [];
  const result = parseShape(assessmentSchema, yaml.value);
  if (!result.success) {
    if ('overflow' in result) return { assessment: undefined, problems: [overflowProblem(file, 'assessment-schema')] };
    for (const problem of shapeProblems(file, yaml, assessmentSchema, result.issues, '', 'assessment-schema'))
      problems.push(problem);
  }

  // Ids are checked on the parsed YAML's own keys, not on zod's output, so that
  // a key such as `__proto__` is reported instead of vanishing into a prototype.
  const at = (
    path: (string | number)[],
    key: string | undefined,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) =>
    problems.push({
      file,
      ...yaml.locate(path, key === undefined ? {} : { key }),
      ruleId: severity === 'error' ? 'assessment-schema' : 'assessment-consistency',
      severity,
      message,
    });
  const milestones = new Map(rubric.milestones.map((m) => [m.id, new Set(m.criteria.map((c) => c.id))]));
  const raw = isRecord(yaml.value) && isRecord(yaml.value.milestones) ? yaml.value.milestones : {};
  for (const id of Object.keys(raw)) {
    const criteria = milestones.get(id);
    if (!criteria) {
      at(
        ['milestones'],
        id,
        `Unknown milestone \`${id}\`, expected a milestone id of the rubric${didYouMean(id, milestones.keys())}`,
      );
      continue;
    }
    const entry = raw[id];
    const given = isRecord(entry) && isRecord(entry.criteria) ? entry.criteria : {};
    for (const criterion of Object.keys(given)) {
      if (!criteria.has(criterion)) {
        at(
          ['milestones', id, 'criteria'],
          criterion,
          `Unknown criterion \`${criterion}\` for milestone \`${id}\`, expected one of its criteria${didYouMean(criterion, criteria)}`,
        );
      }
    }
  }
  for (const warning of consistencyWarnings(yaml.value, rubric, options))
    at(warning.path, warning.key, warning.message, warning.severity ?? 'warning');
  problems.sort((a, b) =>
    a.severity === b.severity ? a.line - b.line || a.column - b.column : a.severity === 'error' ? -1 : 1,
  );
  const failed = problems.some((p) => p.severity === 'error');
  return { assessment: !failed && result.success ? result.data : undefined, problems };
}

/**
 * A problem with an answer, at a path of its data: a warning about an
 * assessment that reads but says two things, or (`severity: 'error'`) an
 * answer that lacks what its status requires, such as the `reason` of a
 * `not-applicable`. The site's form shows both as the reader answers.
 */
export interface ConsistencyWarning {
  readonly path: (string | number)[];
  readonly key: string;
  readonly message: string;
  readonly severity?: 'error';
}

/**
 * `assessment-consistency` warnings, the same for every input format: a
 * milestone marked `met` whose own criteria say otherwise, evidence dated
 * after the assessment or in the future, and a `rubricVersion` the rubric
 * never had. `value` is the assessment's data as read.
 */
export function consistencyWarnings(value: unknown, rubric: RubricIds, options: ParseOptions): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  const known = new Map(rubric.milestones.map((m) => [m.id, new Set(m.criteria.map((c) => c.id))]));
  const raw = isRecord(value) && isRecord(value.milestones) ? value.milestones : {};
  const assessedOn = isRecord(value) && typeof value.date === 'string' ? value.date : undefined;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const [id, entry] of Object.entries(raw)) {
    if (!known.has(id) || !isRecord(entry)) continue;
    const judgements: [ValuePath, unknown][] = [[['milestones', id], entry]];
    if (isRecord(entry.criteria))
      for (const [criterion, judgement] of Object.entries(entry.criteria))
        judgements.push([['milestones', id, 'criteria', criterion], judgement]);
    for (const [path, judgement] of judgements)
      warnings.push(...evidenceDateWarnings(path, judgement, assessedOn, today));
    warnings.push(...answerWarnings(id, entry), ...notApplicableWarnings(id, entry, rubric));
  }
  for (const [id, entry] of Object.entries(raw)) {
    const criteria = known.get(id);
    if (!criteria || !isRecord(entry) || entry.status !== 'met') continue;
    const given = isRecord(entry.criteria) ? entry.criteria : {};
    // The milestone's status is what gets scored, so say so.
    for (const [criterion, judgement] of Object.entries(given)) {
      const status = isRecord(judgement) ? judgement.status : undefined;
      if (typeof status === 'string' && status !== 'met' && status !== 'not-applicable' && criteria.has(criterion)) {
        warnings.push({
          path: ['milestones', id, 'criteria', criterion],
          key: 'status',
          message: `Milestone \`${id}\` is marked \`met\` but its criterion \`${criterion}\` is \`${status}\`; the milestone is scored as \`met\`. Leave the milestone's status out to derive it from its criteria`,
        });
      }
    }
  }
  const version = isRecord(value) ? value.rubricVersion : undefined;
  if (
    options.versions &&
    typeof version === 'string' &&
    /^\d+\.\d+\.\d+$/.test(version) &&
    !options.versions.includes(version)
  ) {
    warnings.push({
      path: [],
      key: 'rubricVersion',
      message: `\`rubricVersion\` ${version} is not a version of the rubric (known: ${options.versions.join(', ')}); the assessment is scored against the current rubric and changes since ${version} cannot be listed`,
    });
  }
  return warnings;
}

type ValuePath = (string | number)[];

/**
 * Answers that need more than a status (as the OpenSSF Best Practices badge
 * asks a URL for some answers and a justification for N/A): `met` with no
 * evidence behind it, at the milestone or the criterion, and
 * `not-applicable` with no `reason` saying why (an error).
 */
function answerWarnings(id: string, entry: Record<string, unknown>): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  const hasEvidence = (judgement: unknown) =>
    isRecord(judgement) && Array.isArray(judgement.evidence) && judgement.evidence.length > 0;
  const hasReason = (judgement: unknown) =>
    isRecord(judgement) && typeof judgement.reason === 'string' && judgement.reason.trim() !== '';
  const criteria = isRecord(entry.criteria) ? Object.entries(entry.criteria) : [];
  const anyEvidence = hasEvidence(entry) || criteria.some(([, judgement]) => hasEvidence(judgement));
  const check = (path: ValuePath, what: string, judgement: unknown, evidenced: boolean) => {
    const status = isRecord(judgement) ? judgement.status : undefined;
    if (status === 'met' && !evidenced)
      warnings.push({
        path,
        key: 'status',
        message: `${what} is marked \`met\` without evidence; add the document, report or on-chain record that shows it`,
      });
    if (status === 'not-applicable' && !hasReason(judgement))
      warnings.push({
        path,
        key: 'status',
        message: `${what} is marked \`not-applicable\` without a \`reason\`; say in \`reason\` why it does not apply`,
        severity: 'error',
      });
  };
  check(['milestones', id], `Milestone \`${id}\``, entry, anyEvidence);
  for (const [criterion, judgement] of criteria)
    check(
      ['milestones', id, 'criteria', criterion],
      `Criterion \`${criterion}\``,
      judgement,
      hasEvidence(judgement) || hasEvidence(entry),
    );
  return warnings;
}

/**
 * `not-applicable` where the rubric does not say the item may not apply: a
 * criterion without `mayNotApply`, or a milestone as a whole none of whose
 * criteria has one. Scoring still leaves the item out; the warning asks the
 * assessor to check. Releases before 1.5.0 mark no criterion, so there the
 * warning does not fire.
 */
function notApplicableWarnings(id: string, entry: Record<string, unknown>, rubric: RubricIds): ConsistencyWarning[] {
  const milestone = rubric.milestones.find((m) => m.id === id);
  // A rubric that marks nothing (before 1.5.0) cannot tell.
  if (!milestone || !rubricMarks(rubric)) return [];
  const may = new Map(milestone.criteria.map((c) => [c.id, c.mayNotApply]));
  const warnings: ConsistencyWarning[] = [];
  if (entry.status === 'not-applicable' && ![...may.values()].some((condition) => condition !== undefined))
    warnings.push({
      path: ['milestones', id],
      key: 'status',
      message: `Milestone \`${id}\` is marked \`not-applicable\`, but the rubric names no case in which any of its criteria does not apply; check that it does not`,
    });
  const criteria = isRecord(entry.criteria) ? Object.entries(entry.criteria) : [];
  for (const [criterion, judgement] of criteria) {
    if (!isRecord(judgement) || judgement.status !== 'not-applicable' || !may.has(criterion)) continue;
    if (may.get(criterion) === undefined)
      warnings.push({
        path: ['milestones', id, 'criteria', criterion],
        key: 'status',
        message: `Criterion \`${criterion}\` is marked \`not-applicable\`, but the rubric names no case in which it does not apply; check that it does not`,
      });
  }
  return warnings;
}

/** Whether a rubric marks any criterion `mayNotApply` (1.5.0 on). */
function rubricMarks(rubric: RubricIds): boolean {
  return rubric.milestones.some((m) => m.criteria.some((c) => c.mayNotApply !== undefined));
}

/**
 * Evidence that says it describes a day after the assessment was made, or a
 * day still to come: a typo in `asOf` (or in the assessment's date) that would
 * otherwise pass as fresh evidence. Dates compare as text: both are YYYY-MM-DD.
 */
function evidenceDateWarnings(
  path: ValuePath,
  judgement: unknown,
  assessedOn: string | undefined,
  today: string,
): ConsistencyWarning[] {
  const evidence = isRecord(judgement) && Array.isArray(judgement.evidence) ? judgement.evidence : [];
  const warnings: ConsistencyWarning[] = [];
  evidence.forEach((item, i) => {
    const asOf = isRecord(item) ? item.asOf : undefined;
    const named = `Evidence ${isRecord(item) && typeof item.url === 'string' ? `\`${item.url}\` ` : ''}`;
    if (asOf === undefined && isRecord(item)) {
      warnings.push({
        path: [...path, 'evidence', i],
        key: 'url',
        message: `${named}has no \`asOf\`, so its age cannot be judged; give the date it describes (\`usd1-milestones assess verify --pin\` fills it in)`,
      });
      return;
    }
    if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    const what = `${named}is dated ${asOf}`;
    if (asOf > today)
      warnings.push({
        path: [...path, 'evidence', i],
        key: 'asOf',
        message: `${what}, in the future (today is ${today}); check the date`,
      });
    else if (assessedOn !== undefined && asOf > assessedOn)
      warnings.push({
        path: [...path, 'evidence', i],
        key: 'asOf',
        message: `${what}, after the assessment's date ${assessedOn}; check both dates`,
      });
  });
  return warnings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
