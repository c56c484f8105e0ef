import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { CITED_KEYS, checkTree } from './check.js';
import { type Options, resolveSettings, type Settings } from './options.js';
import { report } from './report.js';

/** The part of a unified-engine FileSet the plugin uses. */
interface FileSetLike {
  readonly files: readonly VFile[];
  use(completer: (set: FileSetLike) => void): void;
}

/**
 * Check (and optionally rewrite) citations and rubric links.
 *
 * In a unified-engine run (remark-cli), the engine passes its file set as the
 * second argument; with `reportUnusedSources` the plugin then reports, once
 * all files are done, the bibliography entries no file cited.
 */
export default function remarkRubric(options?: Options | null, fileSet?: unknown) {
  const settings = resolveSettings(options);
  if (settings.reportUnusedSources && isFileSet(fileSet)) {
    fileSet.use((set) => reportUnused(set.files, settings));
  }
  return (tree: Root, file: VFile): undefined => {
    checkTree(tree, file, settings);
  };
}

/** Warns on the first file (in path order) about sources that no file in `files` cites. */
export function reportUnused(files: readonly VFile[], settings: Settings): void {
  const cited = new Set(files.flatMap((file) => file.data[CITED_KEYS] ?? []));
  const [first] = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (!first) return;
  for (const key of settings.sourceNumbers.keys()) {
    if (!cited.has(key)) {
      report(first, 'citation-unused', `Source \`${key}\` is in the bibliography but no checked file cites it`, undefined);
    }
  }
}

function isFileSet(value: unknown): value is FileSetLike {
  return typeof value === 'object' && value !== null && 'use' in value && 'files' in value;
}
