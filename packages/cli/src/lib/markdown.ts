/**
 * Checks one Markdown file with the remark plugin, after refusing input that
 * would make the parser crawl: deep indentation-based nesting (micromark's
 * cost grows steeply with it: 400 levels take seconds, 10,000 never finish).
 */
import { relative } from 'node:path';
import remarkRubric, { type RubricLike } from '@usd1-milestones/remark-rubric';
import { type RuleId, rules } from '@usd1-milestones/rubric';
import { readText } from '@usd1-milestones/rubric/loader';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Finding } from './result.js';

/** About 100 levels of two-space list nesting. */
export const MAX_INDENT_COLUMNS = 200;

export interface CheckOptions {
  readonly rubric: RubricLike;
  /** Milestone bodies: also reject unsafe content. */
  readonly rubricContent: boolean;
}

export interface MarkdownResult {
  readonly findings: readonly Finding[];
  /** Bibliography keys the file cites, for the rubric-wide unused-source check. */
  readonly cited: readonly string[];
}

/** Reads and checks `path`; `text` may be passed when it was already read. */
export async function checkMarkdown(
  path: string,
  cwd: string,
  options: CheckOptions,
  text?: string,
): Promise<MarkdownResult> {
  const file = relative(cwd, path).split('\\').join('/');
  let value = text;
  if (value === undefined) {
    const read = readText(path);
    if (!read.ok) return only(finding(file, read.position.line, read.position.column, 'rubric-syntax', read.message));
    value = read.text;
  }
  const deep = deepestIndent(value);
  if (deep) {
    return only(
      finding(
        file,
        deep.line,
        1,
        'rubric-syntax',
        `Line ${deep.line} is indented ${deep.columns} columns deep (more than ${MAX_INDENT_COLUMNS}, about 100 nested levels); the file was not parsed`,
      ),
    );
  }
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  if (path.toLowerCase().endsWith('.mdx')) processor.use(remarkMdx);
  processor.use(remarkRubric, { rubric: options.rubric, rubricContent: options.rubricContent });
  const vfile = new VFile({ path, value });
  try {
    await processor.run(processor.parse(vfile), vfile);
  } catch (error) {
    // MDX syntax errors throw from the parser; they are the file's problem, reported like any other.
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return only(
      finding(
        file,
        place.line ?? 1,
        place.column ?? 1,
        'rubric-syntax',
        `Cannot parse the file: ${place.reason ?? place.message ?? String(error)}`,
      ),
    );
  }
  const findings = vfile.messages.map((m): Finding => {
    const ruleId = (m.ruleId ?? 'rubric-syntax') as RuleId;
    const start = m.place && 'start' in m.place ? m.place.start : { line: m.line ?? 1, column: m.column ?? 1 };
    const end = m.place && 'end' in m.place ? m.place.end : undefined;
    return {
      file,
      line: start.line,
      column: start.column,
      ...(end ? { endLine: end.line, endColumn: end.column } : {}),
      ruleId,
      severity: rules[ruleId]?.severity ?? 'error',
      message: m.reason,
    };
  });
  return { findings, cited: vfile.data.usd1MilestonesCitedKeys ?? [] };
}

function only(f: Finding): MarkdownResult {
  return { findings: [f], cited: [] };
}

/** The first line indented deeper than the limit (a tab counts 4 columns), if any. */
export function deepestIndent(text: string): { line: number; columns: number } | undefined {
  let lineStart = 0;
  for (let line = 1; ; line++) {
    let i = lineStart;
    let columns = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) columns += 1;
      else if (c === 9) columns += 4;
      else break;
    }
    if (columns > MAX_INDENT_COLUMNS) return { line, columns };
    const next = text.indexOf('\n', i);
    if (next === -1) return undefined;
    lineStart = next + 1;
  }
}

export function finding(file: string, line: number, column: number, ruleId: RuleId, message: string): Finding {
  return { file, line, column, ruleId, severity: rules[ruleId].severity, message };
}
