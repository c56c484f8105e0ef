/**
 * The PDFs the site holds, as global data (src/shared/printed-pdfs.ts). The
 * docs plugin prints them while it starts (src/plugin/index.ts generates the
 * site before any plugin loads its content), so by the time this plugin loads
 * its content they are there, or were skipped for want of Chromium.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { exportFileName, exportFormat } from '@usd1-milestones/core/export';
import { PRINTED_PDFS_PLUGIN, type PrintedPdfs } from '../shared/printed-pdfs';
import { STATIC_DATA } from './generate';

/**
 * The folders of `dataDir` (static-data/data) that hold their version's PDF
 * (`latest` is the newest release's), and the frameworks each folder holds a
 * mapping collection for.
 */
export function printedPdfs(dataDir: string, newest: string | undefined): PrintedPdfs {
  const pdf = exportFormat('pdf');
  const mapping = exportFormat('oscal-mapping');
  if (!pdf || !mapping || !existsSync(dataDir)) return { folders: [], crosswalks: {} };
  const names = readdirSync(dataDir).sort();
  const folders = names.filter((name) => {
    const version = name === 'latest' ? newest : name;
    return version !== undefined && existsSync(join(dataDir, name, exportFileName(pdf, version)));
  });
  // oscal-mapping-{framework}.json: what stands where {framework} does.
  const [before = '', after = ''] = mapping.fileName.split('{framework}');
  const crosswalks = Object.fromEntries(
    names.map((name) => [
      name,
      readdirSync(join(dataDir, name))
        .filter((file) => file.startsWith(before) && file.endsWith(after))
        .sort()
        .map((file) => file.slice(before.length, file.length - after.length)),
    ]),
  );
  return { folders, crosswalks };
}

export default function printedPdfsPlugin(context: LoadContext, options: unknown): Plugin<PrintedPdfs> {
  const { newest } = (options ?? {}) as { newest?: string };
  return {
    name: PRINTED_PDFS_PLUGIN,
    loadContent: () => printedPdfs(join(context.siteDir, STATIC_DATA, 'data'), newest),
    contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
