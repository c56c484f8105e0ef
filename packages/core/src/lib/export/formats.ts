/** The export formats of `usd1-milestones export`, by name, and when each version was released. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../schemas.js';
import { cslJson } from './csl.js';
import { checklistCsv } from './csv.js';
import { oscalCatalog } from './oscal.js';

export const exportFormats = ['oscal-catalog', 'csv', 'json', 'csl-json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The file a format is published as: `oscal-catalog.json`, `checklist.csv`, `rubric.json`, `sources.csl.json`. */
export const exportFileNames: Readonly<Record<ExportFormat, string>> = {
  'oscal-catalog': 'oscal-catalog.json',
  csv: 'checklist.csv',
  json: 'rubric.json',
  'csl-json': 'sources.csl.json',
};

/** The formats written for every release beside its data (rubric.json is the data itself). */
export const releaseExportFormats: readonly ExportFormat[] = ['oscal-catalog', 'csv', 'csl-json'];

/** The text of one export. `releasedAt` dates the OSCAL catalog (see {@link releaseDate}). */
export function exportRubric(rubric: Rubric, format: ExportFormat, releasedAt: string): string {
  switch (format) {
    case 'oscal-catalog':
      return `${JSON.stringify(oscalCatalog(rubric, releasedAt), null, 2)}\n`;
    case 'csv':
      return checklistCsv(rubric);
    case 'json':
      return `${JSON.stringify(rubric, null, 2)}\n`;
    case 'csl-json':
      return `${JSON.stringify(cslJson(rubric), null, 2)}\n`;
  }
}

/**
 * When `version` was released, from releases/released-on.json (written when a
 * release is frozen). A version not released yet (Next) takes the date of the
 * newest release it builds on, so that exporting twice gives the same bytes.
 */
export function releaseDate(releasesDir: string, version: string): string {
  const file = join(releasesDir, 'released-on.json');
  const dates = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const own = dates[version];
  if (own) return own;
  const newest = Object.values(dates).sort().at(-1);
  return newest ?? '1970-01-01T00:00:00Z';
}
