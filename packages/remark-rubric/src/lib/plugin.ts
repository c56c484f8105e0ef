import { deepestNode, tooDeepMessage } from '@usd1-milestones/core/rules';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkTree, citedKeys } from './check.js';
import { type Options, resolveSettings } from './options.js';
import { applyLevels, type RuleLevels, report } from './report.js';
import { citationSafeText } from './stringify.js';

/** The part of a unified-engine FileSet the plugin uses. */
interface FileSetLike {
  readonly files: readonly VFile[];
  use(completer: Completer): void;
}

interface Completer {
  (set: FileSetLike): void;
  pluginId?: string;
}

/** Bibliography keys to account for, stored per file when `reportUnusedSources` is on. */
const BIBLIOGRAPHY = 'usd1MilestonesBibliography';

/** The bibliography a file was checked against, for the cross-file check (see `citedKeys` on why not an augmentation). */
function bibliographyOf(file: VFile): string[] {
  const value = (file.data as Record<string, unknown>)[BIBLIOGRAPHY];
  return Array.isArray(value) ? (value as string[]) : [];
}

/**
 * Check (and optionally rewrite) citations and rubric links.
 *
 * In a unified-engine run (remark-cli), the engine passes its file set as the
 * second argument; with `reportUnusedSources` the plugin then reports, once
 * all files are done, the bibliography entries no file cited.
 */
export default function remarkRubric(this: unknown, options?: Options | null, fileSet?: unknown) {
  const settings = resolveSettings(options);
  // The engine attaches the plugin once per file; the completer's pluginId makes the set run it once.
  if (settings.reportUnusedSources && isFileSet(fileSet)) {
    const completer: Completer = (set) => reportUnused(set.files, settings.rules);
    completer.pluginId = 'usd1-milestones:citation-unused';
    fileSet.use(completer);
  }
  // Written back with remark-stringify (`remark -o`), citations stay citations rather than `\[@key]`.
  const data = (this as { data?: () => Record<string, unknown> } | undefined)?.data?.();
  if (data) {
    const extensions = (data.toMarkdownExtensions as unknown[] | undefined) ?? [];
    extensions.push(citationSafeText);
    data.toMarkdownExtensions = extensions;
  }
  return (tree: Root, file: VFile): undefined => {
    // A tree nested past the limit would overflow the stack of any recursive walk: one message instead.
    const deep = deepestNode(tree);
    if (deep) {
      const at = { line: deep.line, column: deep.column };
      report(file, 'rubric-syntax', tooDeepMessage(deep, 'tree', 'file'), { start: at, end: at });
      return;
    }
    checkTree(tree, file, settings);
    applyLevels(file, settings.rules);
    if (settings.reportUnusedSources)
      (file.data as Record<string, unknown>)[BIBLIOGRAPHY] = [...settings.sourceNumbers.keys()];
  };
}

/** Warns on the first file (in path order) about bibliography entries that no file in `files` cites. */
export function reportUnused(files: readonly VFile[], levels?: RuleLevels): void {
  if (levels?.['citation-unused'] === 'off') return;
  const cited = new Set(files.flatMap((file) => citedKeys(file)));
  const bibliography = [...new Set(files.flatMap((file) => bibliographyOf(file)))];
  const [first] = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (!first) return;
  for (const key of bibliography) {
    if (!cited.has(key)) {
      report(
        first,
        'citation-unused',
        `Source \`${key}\` is in the bibliography but no checked file cites it`,
        undefined,
      );
    }
  }
  applyLevels(first, levels);
}

function isFileSet(value: unknown): value is FileSetLike {
  return typeof value === 'object' && value !== null && 'use' in value && 'files' in value;
}
