/**
 * Which versions' PDFs the site holds. A site built without Chromium has none
 * (src/plugin/generate.ts says so and builds on), so the pages link a PDF only
 * where this says it exists. Shared by the plugin (Node) and the pages
 * (browser): nothing here may import either side.
 */
export const PRINTED_PDFS_PLUGIN = 'usd1-milestones-printed-pdfs';

/** The /data/<name>/ folders (a version, or `latest`) whose PDF was printed. */
export interface PrintedPdfs {
  readonly folders: readonly string[];
}
