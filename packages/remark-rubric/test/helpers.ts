import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkRubric, { type Options } from '../src/index.js';

export const fixtures = join(import.meta.dirname, 'fixtures');

/**
 * Runs the plugin the way `usd1-milestones check` does (packages/cli/src/lib/markdown.ts):
 * CommonMark and front matter, plus MDX for .mdx; no GFM.
 */
export async function processFile(path: string, options: Options = {}, value?: string): Promise<VFile> {
  const file = new VFile({ path, value: value ?? (await readFile(path, 'utf8')) });
  const processor = unified().use(remarkParse).use(remarkFrontmatter);
  if (path.endsWith('.mdx')) processor.use(remarkMdx);
  return processor.use(remarkRubric, options).use(remarkStringify).process(file);
}

/** `name:line:col-line:col ruleId reason`, the form the assertions use. */
export function messagesOf(file: VFile): string[] {
  return file.messages.map((m) => {
    const place =
      m.place && 'start' in m.place
        ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}`
        : `${m.line ?? 1}:${m.column ?? 1}`;
    return `${basename(file.path)}:${place} ${m.ruleId} ${m.reason}`;
  });
}

export async function check(name: string, options: Options = {}): Promise<string[]> {
  return messagesOf(await processFile(join(fixtures, name), options));
}
