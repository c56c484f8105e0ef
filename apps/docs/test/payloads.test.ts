/**
 * Hostile rubric text on the site. Every payload of the shared table
 * (packages/remark-rubric/test/fixtures/payloads) goes into a milestone body,
 * a criterion, a summary, a glossary definition and a stage description of a
 * copy of the rubric. Payloads the checker reports stop page generation;
 * the rest are rendered through the site's own path (generated MDX, the
 * rubric-text splice plugin, the MDX compiler Docusaurus uses, React's server
 * renderer) and must come out as text: no element, attribute or URL of the
 * payload's making, and no code run at build time.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeMarkdownHeadingIds, unwrapMdxCodeBlocks } from '@docusaurus/utils';
import { evaluate } from '@mdx-js/mdx';
import { type Rubric, rubric } from '@usd1-milestones/rubric';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderVersion } from '../src/plugin/pages';
import { labelsFor } from '../src/plugin/pages/labels';
import { type Page, resolveTexts } from '../src/plugin/text-tokens';
import rubricText from '../src/remark/splice-rubric-text';

interface Payload {
  readonly name: string;
  readonly text: string;
  readonly inert?: boolean;
}

/** The fields a payload goes into, writable (the package's data is read-only). */
type Writable<T> = { -readonly [K in keyof T]: T[K] extends object ? Writable<T[K]> : T[K] };

const payloads: Payload[] = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../packages/remark-rubric/test/fixtures/payloads/payloads.json'),
    'utf8',
  ),
);

/** The rubric with `text` in five kinds of field of its first milestone, term and stage. */
function withPayload(text: string): Rubric {
  const data = structuredClone(rubric) as unknown as Writable<Rubric>;
  const [milestone] = data.milestones;
  const [criterion] = milestone?.criteria ?? [];
  const [term] = data.glossary;
  const [stage] = data.stages;
  if (!milestone || !criterion || !term || !stage) throw new Error('the rubric has no milestone, term or stage');
  milestone.body = text;
  milestone.summary = text;
  criterion.text = text;
  term.definition = text;
  stage.description = text;
  return data;
}

async function pagesFor(text: string): Promise<Page[]> {
  const data = withPayload(text);
  const rendered = renderVersion(
    data,
    { label: 'Next', editBase: null, citeVersion: 'Next', labels: labelsFor('en') },
    '/next',
  );
  return resolveTexts(rendered, { rubric: data, base: '/next' });
}

/** Compiles and runs a generated page as the site would, and renders it to HTML. */
async function renderPage(page: Pick<Page, 'content'>): Promise<string> {
  // Docusaurus reads front matter as YAML data, apart from the MDX, and then runs its string
  // preprocessors (the same functions here); the site's own components are resolved by its
  // bundler, and are stubs here.
  const mdx = page.content.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .* from '@site\/.*';$/gm, '');
  const source = escapeMarkdownHeadingIds(unwrapMdxCodeBlocks(mdx));
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [rubricText],
    baseUrl: import.meta.url,
  });
  const stub = () => null;
  return renderToStaticMarkup(
    runtime.jsx(Content, { components: { Anchor: stub, CiteThis: stub, MilestoneMap: stub } }),
  );
}

/** What a reader sees: the HTML without its tags, with character references decoded. */
function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => entities[name] ?? '');
}

describe('hostile rubric text on the site', () => {
  const reported = payloads.filter((p) => !p.inert);
  const inert = payloads.filter((p) => p.inert);

  it.each(reported.map((p) => [p.name, p]))('refuses to generate pages with %s', async (_name, payload) => {
    const error = await pagesFor(payload.text).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^Rubric text that is not safe to publish/);
    // Named in every field it was put in.
    for (const origin of [
      'milestones/01-redemption-promise.md body',
      'milestones/01-redemption-promise.md summary',
      'glossary.yaml aml definition',
      'stages.yaml exploration description',
    ]) {
      expect(error?.message).toContain(`  ${origin}: `);
    }
  });

  it.each(inert.map((p) => [p.name, p]))('renders %s as inert text', async (_name, payload) => {
    const cwd = mkdtempSync(join(tmpdir(), 'usd1-site-payload-'));
    const previous = process.cwd();
    process.chdir(cwd);
    try {
      const pages = await pagesFor(payload.text);
      const pick = (path: string) => pages.find((p) => p.path === path) as Page;
      for (const page of [pick('milestones/01-redemption-promise.mdx'), pick('glossary.mdx'), pick('stages.mdx')]) {
        const html = await renderPage(page);
        // Text is escaped in HTML, so every `<` left is a tag React made from the tree.
        const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
        expect(tags.length).toBeGreaterThan(0);
        for (const tag of tags) {
          expect(tag).not.toMatch(
            /^<(script|img|svg|iframe|object|embed|style)\b|\son[a-z]+=|(javascript|data|vbscript):/i,
          );
        }
        // The words are there, as text.
        const words = payload.text.replace(/^\s+/gm, '').split('\n').filter(Boolean).at(-1)?.replace(/^<|>$/g, '');
        expect(words).toBeTruthy();
        expect(textOf(html)).toContain(words as string);
      }
      // A build-time payload (`export const a = ...writeFileSync(...)`) wrote nothing.
      expect(existsSync(join(cwd, 'usd1-payload-written'))).toBe(false);
    } finally {
      process.chdir(previous);
    }
  });

  it('runs code that does reach the compiler, so the check above can fail', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'usd1-site-control-'));
    const previous = process.cwd();
    process.chdir(cwd);
    try {
      await renderPage({
        content:
          "export const a = process.getBuiltinModule('fs').writeFileSync('usd1-payload-written', 'x')\n\nText.\n",
      });
      expect(existsSync(join(cwd, 'usd1-payload-written'))).toBe(true);
    } finally {
      process.chdir(previous);
    }
  });
});
