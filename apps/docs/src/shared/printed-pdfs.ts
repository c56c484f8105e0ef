/**
 * The files the site holds that not every version has: the PDFs (a site built
 * without Chromium has none; src/plugin/generate.ts says so and builds on) and
 * the crosswalks as OSCAL mapping collections (from 1.5.0, one per framework
 * mapped). The pages link such a file only where this says it exists. Shared by the plugin (Node) and the pages
 * (browser): nothing here may import either side.
 */
export const PRINTED_PDFS_PLUGIN = 'usd1-milestones-printed-pdfs';

/** The /data/<name>/ folders (a version, or `latest`) whose PDF was printed. */
export interface PrintedPdfs {
  readonly folders: readonly string[];
  /** Per /data/<name>/ folder, the frameworks it holds a mapping collection for, in file-name order. */
  readonly crosswalks: Readonly<Record<string, readonly string[]>>;
}
