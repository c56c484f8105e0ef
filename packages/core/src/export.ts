/**
 * `@usd1-milestones/core/export` (Node only): the rubric in the formats people
 * already work in. An OSCAL 1.1 catalog, a CSV checklist and the JSON data,
 * each from one version of the rubric, byte for byte the same every time.
 */

export {
  type ExportFormat,
  exportFileNames,
  exportFormats,
  exportRubric,
  releaseDate,
  releaseExportFormats,
} from './lib/export/formats.js';
export {
  CHECKLIST_COLUMNS,
  type ChecklistColumn,
  checklistCsv,
  csvField,
  csvText,
  EXPORT_NAMESPACE,
  OSCAL_VERSION,
  oscalCatalog,
  PROP_NAMESPACE,
  uuidV5,
} from './lib/export/index.js';
