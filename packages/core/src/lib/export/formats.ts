/** Each registered export format's writer, and the one function that runs them. */

import { changesDocument } from '../changes.js';
import type { Rubric } from '../schemas.js';
import type { TranslationDiff } from '../translation-diff.js';
import { rubricBibtex, rubricCff, rubricCslJson } from './citation.js';
import { cslJson } from './csl.js';
import { checklistCsv } from './csv.js';
import { cyclonedxStandard } from './cyclonedx.js';
import { oscalCatalog } from './oscal.js';
import { exportableFrameworks, oscalMapping } from './oscal-mapping.js';
import { printLayout } from './print.js';
import { type ExportFormat, type ExportFormatInfo, exportFileName } from './registry.js';

/**
 * What some formats need besides the rubric: `changes` compares with the
 * previous release (null for a first release), and a crosswalk names its
 * framework. Left out, `changes` refuses to guess, since a missing previous release would list everything as added.
 * `translations` are what the release changed in its translations (the
 * loader's `releaseTranslationChanges`), listed apart from the rubric's
 * meaning; none when left out.
 */
export interface ExportContext {
  readonly previous?: Rubric | null;
  readonly translations?: readonly TranslationDiff[];
  /** The framework of a per-framework format (`oscal-mapping`): `mica`, `genius`. */
  readonly framework?: string;
}

/** `releasedAt` dates the exports that date themselves (the OSCAL catalog's last-modified). */
type Writer = (rubric: Rubric, releasedAt: string, context: ExportContext) => string;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

// Keyed by the registry's ids: a format registered without a writer fails to compile.
const writers: { readonly [F in ExportFormat]: Writer } = {
  'oscal-catalog': (rubric, releasedAt) => json(oscalCatalog(rubric, releasedAt)),
  'oscal-mapping': (rubric, releasedAt, { framework }) => {
    if (framework === undefined) throw new Error('The oscal-mapping export needs a framework: pass { framework }');
    return json(oscalMapping(rubric, framework, releasedAt));
  },
  csv: (rubric) => checklistCsv(rubric),
  json: (rubric) => json(rubric),
  'csl-json': (rubric) => json(cslJson(rubric)),
  // The PDF's print layout; core/print makes the PDF from it.
  pdf: (rubric, releasedAt) => printLayout(rubric, releasedAt),
  cyclonedx: (rubric, releasedAt) => json(cyclonedxStandard(rubric, releasedAt)),
  changes: (rubric, _releasedAt, { previous, translations }) => {
    if (previous === undefined)
      throw new Error('The changes export needs the previous release: pass { previous } (null for a first release)');
    return json(changesDocument(previous ?? undefined, rubric, translations));
  },
  'cite-csl-json': (rubric, releasedAt) => json(rubricCslJson(rubric, releasedAt)),
  bibtex: (rubric, releasedAt) => rubricBibtex(rubric, releasedAt),
  cff: (rubric, releasedAt) => rubricCff(rubric, releasedAt),
};

/** The text of one export, the same bytes every time for the same rubric and date. */
export function exportRubric(
  rubric: Rubric,
  format: ExportFormat,
  releasedAt: string,
  context: ExportContext = {},
): string {
  return writers[format](rubric, releasedAt, context);
}

/**
 * The files a format gives for a rubric: one, or for a crosswalk one per
 * framework it can express (none for a release whose mappings it cannot).
 * The data package's generate step and the site publish exactly these.
 */
export function exportFiles(
  rubric: Rubric,
  format: ExportFormatInfo,
): readonly { readonly fileName: string; readonly framework?: string }[] {
  if (!format.perFramework) return [{ fileName: exportFileName(format, rubric.version) }];
  return exportableFrameworks(rubric).map((framework) => ({
    fileName: exportFileName(format, rubric.version, framework),
    framework,
  }));
}
