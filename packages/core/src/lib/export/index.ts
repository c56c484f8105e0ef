export { CHECKLIST_COLUMNS, type ChecklistColumn } from './columns.js';
export { checklistCsv } from './csv.js';
export { csvField, csvText } from './csv-field.js';
export { OSCAL_VERSION, oscalCatalog, PROP_NAMESPACE } from './oscal.js';
export { EXPORT_NAMESPACE, uuidV5 } from './uuid.js';
