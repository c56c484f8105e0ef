/**
 * Renders one version of the rubric into MDX pages, one module per page kind.
 * The MDX around the rubric's text is this project's own; the rubric's text
 * never becomes MDX source. Each piece of it is a token in the page (see
 * `createTextTable`) that `resolveTexts` replaces with the tree the rubric's
 * one parser produced, so the page compiler sees only data.
 */
import type { Rubric } from '@usd1-milestones/rubric';
import { createTextTable, type Page, type TextTable } from '../text-tokens';
import { changesPage } from './changes';
import { pageContext, type VersionInfo } from './context';
import { frameworkPage } from './frameworks';
import { glossaryPage } from './glossary';
import { homePage } from './home';
import { mapPage } from './map';
import { milestonePage } from './milestone';
import { sidebar } from './sidebar';
import { signalsPage } from './signals';
import { sourcesPage } from './sources';
import { stagesPage } from './stages';
import { windDownPage } from './wind-down';

export type { VersionInfo } from './context';

export interface RenderedVersion {
  readonly pages: readonly Page[];
  readonly sidebar: ReturnType<typeof sidebar>;
  readonly texts: TextTable;
}

/** All pages of one version, relative to its docs folder; `base` is the version's URL prefix. */
export function renderVersion(data: Rubric, info: VersionInfo, base: string): RenderedVersion {
  const texts = createTextTable();
  const ctx = pageContext(data, info, texts);
  const windDown = windDownPage(ctx);
  const pages = [
    homePage(ctx, base),
    mapPage(ctx, base),
    ...ctx.milestonesByNumber.map((m, index) => milestonePage(ctx, m, index)),
    glossaryPage(ctx),
    sourcesPage(ctx),
    stagesPage(ctx),
    signalsPage(ctx),
    ...(windDown ? [windDown] : []),
    ...data.frameworks.map((f) => frameworkPage(ctx, f)),
    changesPage(ctx),
  ];
  return { pages, sidebar: sidebar(data, windDown !== undefined, info.labels), texts };
}
