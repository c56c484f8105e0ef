/**
 * The whole rubric as one HTML page laid out for print, which a headless
 * browser turns into the PDF of a version (see core/print): a cover with the
 * version, the release date and the notice; contents; the milestones by
 * bucket with every criterion and its id; the glossary; the sources with
 * their addresses; and the crosswalk tables. Internal links are `#` anchors,
 * which the browser keeps as links in the PDF, and the headings give its
 * outline.
 *
 * Every piece of rubric text is escaped and shown as text: Markdown links
 * show their words, headings and paragraphs are kept, nothing else is
 * interpreted. Plain data in, the same bytes out; no clock.
 */
import type { Milestone, Rubric, Source } from '../schemas.js';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Rubric Markdown as print text: `[words](target)` shows its words; `**x**` and `` `x` `` their text.
 * Each pattern stops at the next character that could start another match (`[` or `(` inside a link's
 * words), so a run of 190,000 `[` is one pass, not one pass per bracket.
 */
function inline(text: string): string {
  const plain = text
    .replace(/\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
  return escapeHtml(plain);
}

/** A body's blocks: `##` headings become sub-headings, `- ` lines list items, the rest paragraphs. */
function blocks(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const heading = /^#{2,6}\s+(.*)$/.exec(block);
      if (heading) return `<h4>${inline(heading[1] ?? '')}</h4>`;
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*[-*]\s/.test(l) || /^\s{2,}\S/.test(l)))
        return `<ul>${lines
          .join('\n')
          .split(/\n(?=\s*[-*]\s)/)
          .map((item) => `<li>${inline(item.replace(/^\s*[-*]\s+/, '').replace(/\n\s*/g, ' '))}</li>`)
          .join('')}</ul>`;
      return `<p>${inline(block.replace(/\n/g, ' '))}</p>`;
    })
    .join('\n');
}

function sourceLine(s: Source): string {
  const who = s.author?.map((a) => a.literal).join('; ') ?? s.publisher ?? '';
  const year = s.issued?.['date-parts']?.[0]?.[0];
  const url = s.URL ? ` <a href="${escapeHtml(s.URL)}">${escapeHtml(s.URL)}</a>` : '';
  return `<li id="source-${escapeHtml(s.id)}"><strong>[${escapeHtml(s.id)}]</strong> ${escapeHtml(who)}${year ? ` (${year})` : ''}. <em>${escapeHtml(s.title)}</em>.${url}</li>`;
}

function milestoneSection(m: Milestone): string {
  return [
    `<section class="milestone" id="m-${escapeHtml(m.id)}">`,
    `<h3>${m.number}. ${inline(m.title)}</h3>`,
    `<p class="id">${escapeHtml(m.id)}${m.stage ? ` · stage: ${escapeHtml(m.stage)}` : ''}${m.status === 'retired' ? ' · retired' : ''}</p>`,
    `<p class="summary">${inline(m.summary)}</p>`,
    '<h4>Criteria</h4>',
    `<ul class="criteria">${m.criteria.map((c) => `<li><code>${escapeHtml(c.id)}</code> ${inline(c.text)}</li>`).join('')}</ul>`,
    blocks(m.body),
    m.sources.length > 0
      ? `<p class="sources">Sources: ${m.sources.map((k) => `<a href="#source-${escapeHtml(k)}">[${escapeHtml(k)}]</a>`).join(', ')}</p>`
      : '',
    '</section>',
  ].join('\n');
}

/** The print page of `rubric`, dated `releasedAt` (the release's date-time). */
export function printLayout(rubric: Rubric, releasedAt: string): string {
  const day = releasedAt.slice(0, 10);
  const byBucket = rubric.buckets.map((b) => ({
    bucket: b,
    milestones: rubric.milestones.filter((m) => m.bucket === b.id).sort((x, y) => x.number - y.number),
  }));
  const mappings = rubric.frameworks.map((f) => ({
    framework: f,
    rows: rubric.milestones
      .flatMap((m) => [
        ...m.mappings.map((x) => ({ owner: m.id, ownerNumber: m.number, ...x })),
        ...m.criteria.flatMap((c) => (c.mappings ?? []).map((x) => ({ owner: c.id, ownerNumber: m.number, ...x }))),
      ])
      .filter((x) => x.target.startsWith(`${f.id}/`))
      .sort((a, b) => a.ownerNumber - b.ownerNumber || a.owner.localeCompare(b.owner)),
  }));
  const contents = [
    ...byBucket.map(({ bucket }) => [`b-${bucket.id}`, `${bucket.number}. ${bucket.title}`]),
    ['glossary', 'Glossary'],
    ['sources', 'Sources'],
    ['crosswalks', 'Crosswalks'],
  ];
  const title = `${escapeHtml(rubric.title)}, version ${escapeHtml(rubric.version)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
h1 { font-size: 24pt; margin: 0 0 6mm; }
h2 { font-size: 16pt; break-before: page; border-bottom: 1px solid #999; }
h3 { font-size: 12.5pt; margin: 6mm 0 1mm; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
.cover { break-after: page; }
.cover .version { font-size: 14pt; }
.notice { border: 1px solid #999; padding: 3mm; }
.id, .sources { color: #444; font-size: 9pt; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #aaa; padding: 1mm 2mm; vertical-align: top; text-align: left; }
a { color: #0b4f8a; text-decoration: none; }
ul.contents { list-style: none; padding-left: 0; }
</style>
</head>
<body>
<section class="cover">
<h1>${escapeHtml(rubric.title)}</h1>
<p class="version">Version ${escapeHtml(rubric.version)}, released ${escapeHtml(day)}</p>
<p>${inline(rubric.description)}</p>
<div class="notice"><p><strong>Neutrality notice.</strong> ${inline(rubric.neutralityNotice)}</p><p><strong>Not advice.</strong> ${inline(rubric.disclaimer)}</p></div>
</section>
<nav class="contents">
<h2 id="contents">Contents</h2>
<ul class="contents">${contents.map(([id, text]) => `<li><a href="#${escapeHtml(id ?? '')}">${escapeHtml(text ?? '')}</a></li>`).join('')}</ul>
</nav>
${byBucket
  .map(
    ({ bucket, milestones }) =>
      `<h2 id="b-${escapeHtml(bucket.id)}">${bucket.number}. ${escapeHtml(bucket.title)}</h2>\n<p><em>${inline(bucket.question)}</em></p>\n${milestones.map(milestoneSection).join('\n')}`,
  )
  .join('\n')}
<h2 id="glossary">Glossary</h2>
<dl>${rubric.glossary
    .map(
      (t) =>
        `<dt id="term-${escapeHtml(t.slug)}"><strong>${escapeHtml(t.term)}</strong></dt><dd>${inline(t.definition)}</dd>`,
    )
    .join('')}</dl>
<h2 id="sources">Sources</h2>
<ul class="bibliography">${rubric.sources.map(sourceLine).join('')}</ul>
<h2 id="crosswalks">Crosswalks</h2>
<p>Each row says that a milestone or criterion and a framework item address related things, and how (an OSCAL relationship, read from the rubric item to the framework item). Meeting a milestone never means complying with a law or a standard.</p>
${mappings
  .map(
    ({ framework, rows }) =>
      `<h3 id="fw-${escapeHtml(framework.id)}">${escapeHtml(framework.title)}</h3>\n<table><thead><tr><th>Rubric item</th><th>Framework item</th><th>Relationship</th><th>Why</th></tr></thead><tbody>${rows
        .map(
          (r) =>
            `<tr><td><code>${escapeHtml(r.owner)}</code></td><td>${escapeHtml(r.target.slice(framework.id.length + 1))}</td><td>${escapeHtml(r.relationship)}</td><td>${inline(r.rationale)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
  )
  .join('\n')}
</body>
</html>
`;
}
