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

/** The folders of `dataDir` (static-data/data) that hold their version's PDF; `latest` is the newest release's. */
export function printedPdfs(dataDir: string, newest: string | undefined): PrintedPdfs {
  const pdf = exportFormat('pdf');
  if (!pdf || !existsSync(dataDir)) return { folders: [] };
  const folders = readdirSync(dataDir)
    .filter((name) => {
      const version = name === 'latest' ? newest : name;
      return version !== undefined && existsSync(join(dataDir, name, exportFileName(pdf, version)));
    })
    .sort();
  return { folders };
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
