/** The report's blocks as one standalone HTML page. */
import { type ReportLabels, reportLabels } from './labels.js';
import type { Block, Inline } from './model.js';

const englishLabels = reportLabels('en') as ReportLabels;

/** The report as one standalone HTML page (no network). */
export function toHtml(blocks: readonly Block[], title: string, words: ReportLabels = englishLabels): string {
  const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const inline = (content: readonly Inline[]) =>
    content
      .map((part) =>
        typeof part === 'string'
          ? esc(part)
          : 'code' in part
            ? `<code>${esc(part.code)}</code>`
            : /^https?:\/\//i.test(part.url)
              ? `<a href="${esc(part.url)}" rel="noopener noreferrer">${esc(part.url)}</a>`
              : esc(part.url),
      )
      .join('');
  const html = blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return `<h${block.level}>${esc(block.text)}</h${block.level}>`;
      case 'paragraph':
        return `<p>${inline(block.content)}</p>`;
      case 'note':
        return `<p class="note">${esc(block.text)}</p>`;
      case 'chart':
        return block.svg;
      case 'table':
        return `<table><thead><tr>${block.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${block.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      case 'list':
        return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
      default:
        return '';
    }
  });
  return `<!doctype html>
<html lang="${esc(words.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(words.pageTitle(title))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}.note{background:#fff4e0;padding:.5rem}</style>
</head><body>
${html.join('\n')}
</body></html>
`;
}
