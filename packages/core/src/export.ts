/**
 * `@usd1-milestones/core/export`: the rubric in the formats people already
 * work in, from the registry of formats (id, file name, media type, label,
 * whether it ships per release) to the writers: an OSCAL 1.1 catalog, each
 * crosswalk as an OSCAL 1.2 mapping collection, a CSV
 * checklist (its columns and field quoting too, which the assessment reader
 * shares), the JSON data and the bibliography as CSL-JSON, each the same
 * bytes every time. No Node APIs, so the site's pages can read the registry.
 */

export { citationKey, RUBRIC_AUTHOR, rubricBibtex, rubricCff, rubricCslJson } from './lib/export/citation.js';
export { CHECKLIST_COLUMNS, type ChecklistColumn } from './lib/export/columns.js';
export { cslJson } from './lib/export/csl.js';
export { checklistCsv } from './lib/export/csv.js';
export { csvField, csvText } from './lib/export/csv-field.js';
export { CYCLONEDX_SPEC_VERSION, cyclonedxStandard } from './lib/export/cyclonedx.js';
export { type ExportContext, exportFiles, exportRubric } from './lib/export/formats.js';
export { OSCAL_VERSION, oscalCatalog, PROP_NAMESPACE } from './lib/export/oscal.js';
export {
  exportableFrameworks,
  mappedFrameworks,
  OSCAL_MAPPING_VERSION,
  oscalMapping,
  oscalMappingProblem,
} from './lib/export/oscal-mapping.js';
export { printLayout } from './lib/export/print.js';
export {
  type ExportFormat,
  type ExportFormatInfo,
  exportFileName,
  exportFormat,
  exportFormatIds,
  exportFormats,
} from './lib/export/registry.js';
export { EXPORT_NAMESPACE, uuidV5 } from './lib/export/uuid.js';
