import { splitFrontMatter } from '@usd1-milestones/core/loader';
import { deepestNesting, type RuleId, tooDeepMessage } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import remarkRubric, { citedKeys, type RubricLike, type RuleLevels } from '@usd1-milestones/remark-rubric';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type Finding, finding, shownPath } from './result.js';
import { checkYamlStrings } from './yaml-strings.js';

export interface CheckOptions {
  readonly rubric: RubricLike;
  /** Milestone bodies: also reject unsafe content. */
  readonly rubricContent: boolean;
  /** Rule levels from usd1-milestones.json. */
  readonly rules?: RuleLevels;
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
  const file = shownPath(cwd, path);
  let value = text;
  if (value === undefined) {
    const read = readText(path, { kind: 'Markdown files' });
    if (!read.ok) return only(finding(file, read.position.line, read.position.column, 'rubric-syntax', read.message));
    value = read.text;
  }
  const deep = deepestNesting(value);
  if (deep) {
    return only(finding(file, deep.line, 1, 'rubric-syntax', tooDeepMessage(deep, 'containers', 'file')));
  }
  const processor = unified().use(remarkParse).use(remarkFrontmatter);
  const isMdx = path.toLowerCase().endsWith('.mdx');
  if (isMdx) processor.use(remarkMdx);
  processor.use(remarkRubric, {
    rubric: options.rubric,
    rubricContent: options.rubricContent,
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const vfile = new VFile({ path, value: isMdx ? blankHeadingIds(value) : value });
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
      // The message's own level: the registry's default, or what usd1-milestones.json set.
      severity: m.fatal === false ? 'warning' : 'error',
      message: m.reason,
    };
  });
  const cited = citedKeys(vfile);
  if (!options.rubricContent) return { findings, cited };
  // A milestone's front matter texts (title, summary, criteria) are rubric text too.
  const split = splitFrontMatter(value);
  if (!split.ok) return { findings, cited };
  const front = checkYamlStrings(file, value, options.rubric, split.yaml, split.yamlOffset, options.rules);
  return { findings: [...findings, ...front.findings], cited: [...new Set([...cited, ...front.cited])].sort() };
}

function only(f: Finding): MarkdownResult {
  return { findings: [f], cited: [] };
}

/**
 * Docusaurus's heading ids (`## Title {#id}`) are not MDX; Docusaurus removes
 * them before compiling, and so does the checker. Spaces of the same length
 * keep every offset, line and column true to the file.
 */
export function blankHeadingIds(text: string): string {
  return text.replace(
    /^(#{1,6}[ \t][^\n]*?)(\{#[^{}\n]*\})(?=[ \t]*\r?$)/gm,
    (_, heading: string, id: string) => heading + ' '.repeat(id.length),
  );
}
