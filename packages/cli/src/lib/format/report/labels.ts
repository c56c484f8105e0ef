/**
 * The words of an assessment report, per language (`assess --lang`). The
 * rubric's own names (buckets, stages) come translated from the data package;
 * these are the report's. A rubric change is described in English, as the
 * semantic diff writes it, in every language.
 */
import {
  type Cadence,
  type ChartWords,
  coverageText,
  type EvidenceKind,
  type GroupScore,
  type Outcome,
  outcomeTitles,
} from '@usd1-milestones/assess';

export interface ReportLabels {
  /** BCP 47 tag, for the HTML page's `lang`. */
  readonly lang: string;
  readonly outcomes: Readonly<Record<Outcome, string>>;
  /** A group's coverage as shown: `67%`, `n/a`, `not assessed`. */
  readonly coverage: (group: GroupScore | undefined) => string;
  readonly profileNotGrade: string;
  readonly comparison: string;
  readonly comparisonIntro: string;
  readonly bucket: string;
  readonly notDisclosedMilestones: string;
  readonly hypothetical: string;
  readonly assessed: (date: string, assessor: string, rubricVersion: string, scoredWith: string) => string;
  readonly bucketProfile: string;
  readonly bucketProfileOf: (label: string) => string;
  readonly coverageHeading: string;
  readonly stages: string;
  readonly stage: string;
  readonly profileBy: (title: string) => string;
  readonly perItemNote: string;
  readonly item: string;
  readonly topic: string;
  readonly stale: string;
  readonly staleLine: (kind: string, asOf: string, ageDays: number, cadence: string) => string;
  /** An evidence item's kind and cadence, as the stale line names them. */
  readonly evidenceKinds: Readonly<Record<EvidenceKind, string>>;
  readonly cadences: Readonly<Record<Cadence, string>>;
  readonly review: string;
  readonly nextSteps: string;
  readonly nextStepsNote: string;
  readonly nextStepsHead: readonly [string, string, string, string];
  /** What marking a step met adds to its bucket's coverage, in points. */
  readonly gain: (gain: number) => string;
  /** `assess --target`: the report's title, its note, its table's head and the line for no gap. */
  readonly gapsTitle: (target: string) => string;
  readonly gapsNote: string;
  readonly gapsHead: readonly [string, string, string, string];
  readonly noGaps: string;
  readonly rubricChanges: (since: string) => string;
  readonly rubricChangesInEnglish?: string;
  readonly chartHeading: string;
  /** The chart's own words: its accessible name, its title and its figures. */
  readonly chart: ChartWords;
  readonly chartLeftOut: string;
  readonly comparisonTitle: string;
  readonly pageTitle: (title: string) => string;
}

const en: ReportLabels = {
  lang: 'en',
  outcomes: outcomeTitles,
  coverage: coverageText,
  profileNotGrade:
    'A profile, not a grade: coverage counts met as 1 and partial as 0.5 over the milestones that apply.',
  comparison: 'Comparison across the buckets',
  comparisonIntro:
    'Coverage per bucket (met 1, partial 0.5, over the milestones that apply). Compare across all buckets, not on any one.',
  bucket: 'Bucket',
  notDisclosedMilestones: 'Not disclosed (milestones)',
  hypothetical: 'Hypothetical: a fictional arrangement, for illustration only.',
  assessed: (date, assessor, rubricVersion, scoredWith) =>
    `Assessed ${date} by ${assessor} against rubric ${rubricVersion}; scored with ${scoredWith}.`,
  bucketProfile: 'Bucket profile',
  bucketProfileOf: (label) => `${label}: bucket profile`,
  coverageHeading: 'Coverage',
  stages: 'Lifecycle stages',
  stage: 'Stage',
  profileBy: (title) => `Profile by ${title}`,
  perItemNote:
    'Per item: the milestones that map to it, with the same formula as a bucket (n/a: no milestone maps to it). A mapping means the texts are related, never that meeting a milestone means complying.',
  item: 'Item',
  topic: 'topic',
  stale: 'Stale evidence',
  staleLine: (kind, asOf, ageDays, cadence) => `: ${kind} as of ${asOf} is ${ageDays} days old (expected ${cadence}): `,
  evidenceKinds: {
    policy: 'policy',
    attestation: 'attestation',
    audit: 'audit',
    'proof-of-reserves': 'proof of reserves',
    'on-chain': 'on-chain data',
    report: 'report',
    other: 'other evidence',
  },
  cadences: { daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', annual: 'annual' },
  review: 'Marked for review',
  nextSteps: 'Next steps',
  nextStepsNote:
    "What would raise the profile: each criterion not met (or a milestone answered as a whole), with what marking it met would add to its bucket's coverage.",
  nextStepsHead: ['Adds', 'Milestone', 'Criterion', 'Text'],
  gain: (gain) => `+${(gain * 100).toFixed(1)} points`,
  gapsTitle: (target) => `Gaps to the target: ${target}`,
  gapsNote:
    'Where the assessment is below the target, and nothing else: met is above partial, partial above the rest; not applicable meets any target.',
  gapsHead: ['Milestone', 'Criterion', 'Target', 'Now'],
  noGaps: 'No gaps: the assessment meets the target.',
  rubricChanges: (since) => `Rubric changes since ${since}`,
  chartHeading: 'Bucket profile chart',
  chart: { label: 'Bucket coverage profile', title: 'Coverage per risk bucket', coverage: coverageText },
  chartLeftOut: 'The chart is left out on a terminal; write the report to a file with `--out` or use `--format html`.',
  comparisonTitle: 'Comparison',
  pageTitle: (title) => `${title}: USD1 milestones assessment`,
};

const esOutcomes: Readonly<Record<Outcome, string>> = {
  met: 'Cumplido',
  partial: 'Parcial',
  'not-met': 'No cumplido',
  'not-disclosed': 'No divulgado',
  'not-applicable': 'No aplica',
  'not-assessed': 'No evaluado',
};

/** A group's coverage in Spanish; a percentage is written as in English. */
function esCoverage(group: GroupScore | undefined): string {
  const text = coverageText(group);
  return text === 'n/a' ? 'no aplica' : text === 'not assessed' ? 'no evaluado' : text;
}

const es: ReportLabels = {
  lang: 'es',
  outcomes: esOutcomes,
  coverage: esCoverage,
  profileNotGrade:
    'Un perfil, no una calificación: la cobertura cuenta cumplido como 1 y parcial como 0,5 sobre los hitos que aplican.',
  comparison: 'Comparación entre las categorías',
  comparisonIntro:
    'Cobertura por categoría (cumplido 1, parcial 0,5, sobre los hitos que aplican). Compare en todas las categorías, no en una sola.',
  bucket: 'Categoría',
  notDisclosedMilestones: 'No divulgado (hitos)',
  hypothetical: 'Hipotético: un acuerdo ficticio, solo a modo de ilustración.',
  assessed: (date, assessor, rubricVersion, scoredWith) =>
    `Evaluado el ${date} por ${assessor} según la rúbrica ${rubricVersion}; puntuado con ${scoredWith}.`,
  bucketProfile: 'Perfil por categoría',
  bucketProfileOf: (label) => `${label}: perfil por categoría`,
  coverageHeading: 'Cobertura',
  stages: 'Etapas del ciclo de vida',
  stage: 'Etapa',
  profileBy: (title) => `Perfil según ${title}`,
  perItemNote:
    'Por elemento: los hitos que se corresponden con él, con la misma fórmula que una categoría (no aplica: ningún hito se corresponde con él). Una correspondencia significa que los textos están relacionados, nunca que cumplir un hito signifique cumplir una norma.',
  item: 'Elemento',
  topic: 'tema',
  stale: 'Evidencia desactualizada',
  staleLine: (kind, asOf, ageDays, cadence) =>
    `: ${kind} al ${asOf} tiene ${ageDays} días de antigüedad (se espera ${cadence}): `,
  // The glossary's Spanish terms where it has one (atestación, auditoría, prueba de reservas).
  evidenceKinds: {
    policy: 'política',
    attestation: 'atestación',
    audit: 'auditoría',
    'proof-of-reserves': 'prueba de reservas',
    'on-chain': 'datos en cadena',
    report: 'informe',
    other: 'otra evidencia',
  },
  cadences: { daily: 'diaria', weekly: 'semanal', monthly: 'mensual', quarterly: 'trimestral', annual: 'anual' },
  review: 'Marcado para revisión',
  nextSteps: 'Próximos pasos',
  nextStepsNote:
    'Lo que elevaría el perfil: cada criterio no cumplido (o un hito respondido en conjunto), con lo que añadiría a la cobertura de su categoría marcarlo como cumplido.',
  nextStepsHead: ['Añade', 'Hito', 'Criterio', 'Texto'],
  gain: (gain) => `+${(gain * 100).toFixed(1).replace('.', ',')} puntos`,
  gapsTitle: (target) => `Brechas respecto del objetivo: ${target}`,
  gapsNote:
    'Dónde la evaluación queda por debajo del objetivo, y nada más: cumplido está por encima de parcial, parcial por encima del resto; «no aplica» alcanza cualquier objetivo.',
  gapsHead: ['Hito', 'Criterio', 'Objetivo', 'Ahora'],
  noGaps: 'Sin brechas: la evaluación alcanza el objetivo.',
  rubricChanges: (since) => `Cambios en la rúbrica desde ${since}`,
  rubricChangesInEnglish: 'Los cambios se describen en inglés, tal como los escribe la comparación de versiones.',
  chartHeading: 'Gráfico del perfil por categoría',
  chart: {
    label: 'Perfil de cobertura por categoría',
    title: 'Cobertura por categoría de riesgo',
    coverage: esCoverage,
  },
  chartLeftOut:
    'El gráfico se omite en una terminal; escriba el informe en un archivo con `--out` o use `--format html`.',
  comparisonTitle: 'Comparación',
  pageTitle: (title) => `${title}: evaluación de hitos USD1`,
};

const byLanguage: Readonly<Record<string, ReportLabels>> = { en, es };

/** The report's words in `lang`; undefined for a language the report has no words for. */
export function reportLabels(lang: string): ReportLabels | undefined {
  return byLanguage[lang];
}

export const reportLanguages: readonly string[] = Object.keys(byLanguage);
