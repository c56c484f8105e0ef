/** The report's blocks as Markdown, for a terminal or a file. */
import { printable } from '../../printable.js';
import { type ReportLabels, reportLabels } from './labels.js';
import type { Block, Inline } from './model.js';

const englishLabels = reportLabels('en') as ReportLabels;

/**
 * Text from an assessment file in Markdown meant to be rendered with HTML:
 * angle brackets and ampersands become character references (no tag can
 * open), the Markdown punctuation that could start markup is
 * backslash-escaped (a `|` cannot break a table row, a `[` cannot make a
 * link) and control characters are shown as escapes.
 */
export function markdownText(text: string): string {
  // Punctuation first: the character references made after it must keep their `#`.
  return printable(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A code span that holds what it is given and nothing more: no backtick to
 * close it early, no line break (a blank line would end the paragraph, and
 * what followed would be read as Markdown, raw HTML included) and no control
 * character. An empty or blank span is no span at all, so it becomes text.
 */
function markdownCode(code: string): string {
  const held = printable(code).replace(/`/g, '');
  return held.trim() === '' ? markdownText(code) : `\`${held}\``;
}

/**
 * A URL as an autolink, for http and https only: anything else (a local
 * evidence path such as `plaintext/`, which `<...>` would make a tag, or a
 * `javascript:` URL) is shown as code and links nowhere.
 */
function markdownUrl(url: string): string {
  if (!/^https?:\/\/[^\s]/i.test(url)) return markdownCode(url);
  // What encodeURI escapes, but never `%`: the URL's own escapes (`Q3%202026`) stay as they are.
  return `<${url.replace(/[^A-Za-z0-9\-_.!~*'();/?:@&=+$,#%[\]]/gu, (c) => encodeURIComponent(c))}>`;
}

function markdownInline(content: readonly Inline[]): string {
  return content
    .map((part) =>
      typeof part === 'string' ? markdownText(part) : 'code' in part ? markdownCode(part.code) : markdownUrl(part.url),
    )
    .join('');
}

/**
 * The report as Markdown. The chart comes last, so that the report reads
 * first on a terminal; `chart: false` leaves it out with a note of where to
 * find it.
 */
export function toMarkdown(
  blocks: readonly Block[],
  { chart, words = englishLabels }: { chart: boolean; words?: ReportLabels },
): string {
  const lines: string[] = [];
  const charts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        lines.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`, '');
        break;
      case 'paragraph':
        lines.push(markdownInline(block.content), '');
        break;
      case 'note':
        lines.push(`> ${markdownText(block.text)}`, '');
        break;
      case 'chart':
        charts.push(block.svg);
        break;
      case 'table':
        lines.push(
          `| ${block.head.map(markdownText).join(' | ')} |`,
          `|${block.head.map(() => '---').join('|')}|`,
          ...block.rows.map((row) => `| ${row.map(markdownText).join(' | ')} |`),
          '',
        );
        break;
      case 'list':
        lines.push(...block.items.map((item) => `- ${markdownInline(item)}`), '');
        break;
    }
  }
  if (charts.length > 0) {
    lines.push(`## ${words.chartHeading}`, '');
    if (chart) lines.push(...charts.flatMap((svg) => [svg, '']));
    else lines.push(words.chartLeftOut, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
