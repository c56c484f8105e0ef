import { splitFrontMatter } from '@usd1-milestones/core/loader';
import { deepestNesting, type RuleId, tooDeepMessage } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import { LineIndex, parseYaml } from '@usd1-milestones/core/yaml';
import remarkRubric, {
  citationPlaces,
  citedKeys,
  fixOf,
  type NumberedSources,
  numberedSources,
  type RubricLike,
} from '@usd1-milestones/remark-rubric/grammar';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { editorialFindings } from './editorial.js';
import { fixInFile } from './fixes.js';
import { type Finding, finding, shownPath } from './result.js';
import { checkStrings } from './yaml-strings.js';

export interface CheckOptions {
  readonly rubric: RubricLike;
  /** Milestone bodies: also reject unsafe content. */
  readonly rubricContent: boolean;
  /** Also return what a section shares with the rest of its document (for checking it in sections). */
  readonly forSections?: boolean;
}

/** A link reference definition, as the parser read it. */
export interface LinkDefinition {
  /** The label as written, and as compared (normalized). */
  readonly label: string;
  readonly identifier: string;
  readonly url: string;
  readonly title: string | null;
}

export interface MarkdownResult {
  readonly findings: readonly Finding[];
  /** Bibliography keys the file cites, for the rubric-wide unused-source check. */
  readonly cited: readonly string[];
  /** With `forSections`: its link reference definitions, in document order. */
  readonly definitions?: readonly LinkDefinition[];
  /** With `forSections`, when it has a Sources list (numbered citations): that list and the numbers cited. */
  readonly numbered?: NumberedSources;
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
  });
  const vfile = new VFile({ path, value: isMdx ? blankHeadingIds(value) : value });
  let shared: Pick<MarkdownResult, 'definitions' | 'numbered'> = {};
  try {
    const tree = processor.parse(vfile);
    await processor.run(tree, vfile);
    if (options.forSections) {
      const numbered = numberedSources(vfile);
      shared = { definitions: definitionsOf(tree), ...(numbered ? { numbered } : {}) };
    }
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
  const lines = new LineIndex(value);
  const findings = vfile.messages.map((m): Finding => {
    const fix = fixOf(m);
    const ruleId = (m.ruleId ?? 'rubric-syntax') as RuleId;
    const start = m.place && 'start' in m.place ? m.place.start : { line: m.line ?? 1, column: m.column ?? 1 };
    const end = m.place && 'end' in m.place ? m.place.end : undefined;
    return {
      file,
      line: start.line,
      column: start.column,
      ...(end ? { endLine: end.line, endColumn: end.column } : {}),
      ruleId,
      // The registry's level; the user's levels are applied to the whole run's findings at its end.
      severity: m.fatal === false ? 'warning' : 'error',
      message: m.reason,
      ...(m.expected && m.expected.length > 0 ? { suggestions: [...m.expected] } : {}),
      ...(fix ? { fix: fixInFile(file, fix, (offset) => lines.at(offset)) } : {}),
    };
  });
  const cited = citedKeys(vfile);
  if (!options.rubricContent) return { findings, cited, ...shared };
  // A milestone's front matter texts (title, summary, criteria) are rubric text too; a front matter
  // that does not parse is the loader's finding.
  const split = splitFrontMatter(value);
  if (!split.ok) return { findings, cited };
  const parsed = parseYaml(split.yaml, lines, split.yamlOffset);
  if (!parsed.ok) return { findings, cited };
  const front = checkStrings(file, parsed.yaml, options.rubric, { text: value, lines });
  // A milestone file with its front matter gets the rubric's editorial rules too.
  const closing = value.indexOf('\n', split.yamlOffset + split.yaml.length);
  const editorial = editorialFindings(
    {
      file,
      text: value,
      lines,
      front: parsed.yaml,
      bodyOffset: closing === -1 ? value.length : closing + 1,
      citations: citationPlaces(vfile),
    },
    options.rubric,
  );
  return {
    findings: [...findings, ...front.findings, ...editorial],
    cited: [...new Set([...cited, ...front.cited])].sort(),
  };
}

/** Every definition in the tree, in document order (in block quotes and list items too: they apply everywhere). */
function definitionsOf(tree: Root): LinkDefinition[] {
  const found: LinkDefinition[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === 'definition')
      found.push({
        label: node.label ?? node.identifier,
        identifier: node.identifier,
        url: node.url,
        title: node.title ?? null,
      });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
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
