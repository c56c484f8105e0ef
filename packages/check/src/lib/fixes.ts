/**
 * Fixes as data, from the plugin's offsets to edits of files: what `check --fix`
 * writes, what `--fix-dry-run` shows as a unified diff, what the language server
 * offers and SARIF lists. Only `safe` fixes are ever applied; a fix is applied
 * whole or not at all, and one that overlaps a fix taken earlier in the file
 * waits for the next run (none of today's fixes overlap another).
 */

import type { Fix, TextEdit } from '@usd1-milestones/core/rules';
import type { OffsetFix } from '@usd1-milestones/remark-rubric/grammar';
import { createTwoFilesPatch } from 'diff';
import type { Finding } from './result.js';

/** How many of `findings` `check --fix` repairs: those with a safe fix. */
export function fixableCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.fix?.safe === true && f.fix.edits.length > 0).length;
}

/** 1-based line and column of an offset into a text. */
export type Place = (offset: number) => { readonly line: number; readonly column: number };

/** The plugin's fix, as edits of `file` (positions from `place`, end exclusive). */
export function fixInFile(file: string, fix: OffsetFix, place: Place): Fix {
  return {
    safe: fix.safe,
    edits: fix.edits.map((edit): TextEdit => {
      const start = place(edit.start);
      const end = place(edit.end);
      return {
        file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        text: edit.text,
      };
    }),
  };
}

/** Offsets of 1-based lines and columns in `text`. */
function offsets(text: string): (line: number, column: number) => number | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (line, column) => {
    const start = starts[line - 1];
    if (start === undefined || column < 1) return undefined;
    const offset = start + column - 1;
    const next = starts[line];
    return offset > (next === undefined ? text.length : next - 1) ? undefined : offset;
  };
}

/** One file as `--fix` would leave it. */
export interface FixedFile {
  /** As findings show it (relative to the working folder). */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** The findings whose fixes were applied. */
  readonly fixed: readonly Finding[];
}

/**
 * Applies the safe fixes of `findings` to the texts `read` gives (by the file the findings name),
 * once, in document order. A fix whose edits are out of the text or overlap a fix already taken
 * is left, as is every fix that is not safe.
 */
export function applySafeFixes(findings: readonly Finding[], read: (file: string) => string): FixedFile[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix?.safe || finding.fix.edits.length === 0) continue;
    // A fix edits the file of its finding; one that reaches into another file is not applied here.
    if (finding.fix.edits.some((edit) => edit.file !== finding.file)) continue;
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const results: FixedFile[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const before = read(file);
    const at = offsets(before);
    const taken: { start: number; end: number; text: string }[] = [];
    const fixed: Finding[] = [];
    for (const finding of list) {
      const spans = (finding.fix as Fix).edits.map((edit) => ({
        start: at(edit.line, edit.column),
        end: at(edit.endLine, edit.endColumn),
        text: edit.text,
      }));
      const usable = spans.every(
        (s): s is { start: number; end: number; text: string } =>
          s.start !== undefined && s.end !== undefined && s.start <= s.end,
      );
      if (!usable) continue;
      const clashes = spans.some((s) => taken.some((t) => (s.start as number) < t.end && t.start < (s.end as number)));
      if (clashes) continue;
      for (const s of spans) taken.push(s as { start: number; end: number; text: string });
      fixed.push(finding);
    }
    if (fixed.length === 0) continue;
    let after = '';
    let cursor = 0;
    for (const edit of taken.sort((a, b) => a.start - b.start || a.end - b.end)) {
      after += before.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    after += before.slice(cursor);
    if (after !== before) results.push({ file, before, after, fixed });
  }
  return results;
}

/** A unified diff of the files as `--fix` would write them (`a/` and `b/` prefixes, as git shows). */
export function unifiedDiff(files: readonly FixedFile[]): string {
  return files
    .map((f) => {
      const patch = createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.before, f.after, undefined, undefined, {
        context: 3,
      });
      // jsdiff starts every patch with a line of `=`; a unified diff as git and patch(1) read it starts at `---`.
      return patch.slice(patch.indexOf('--- '));
    })
    .join('');
}
