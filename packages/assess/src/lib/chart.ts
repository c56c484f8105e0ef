/**
 * The bucket profile as an SVG bar chart: one row per bucket, one bar per
 * arrangement, its length the coverage. Self-contained (no fonts or scripts
 * fetched), so it works offline, in Markdown, HTML and the site alike.
 */
import { coverageText } from './labels.js';
import type { GroupScore, Scorecard } from './score.js';

export interface ChartBucket {
  readonly id: string;
  readonly title: string;
}

export interface ChartOptions {
  /** One legend label per card (`columnLabels`); the arrangement's name by default. */
  readonly labels?: readonly string[];
  /** `dark` draws light text on a dark ground, for a page in dark mode. */
  readonly theme?: 'light' | 'dark';
  /** The chart's own words, for a report or page in another language; English by default. */
  readonly words?: ChartWords;
}

export interface ChartWords {
  /** The image's accessible name. */
  readonly label: string;
  /** Its title (a tooltip in browsers). */
  readonly title: string;
  /** A bar's figure: `67%`, `n/a`, `not assessed`. */
  readonly coverage: (group: GroupScore | undefined) => string;
}

const englishWords: ChartWords = {
  label: 'Bucket coverage profile',
  title: 'Coverage per risk bucket',
  coverage: coverageText,
};

/**
 * Colours per theme. Each bar colour and each text colour keeps a contrast of
 * at least 4.5:1 (WCAG AA) against its ground.
 */
const themes = {
  light: {
    ground: '#fff',
    track: '#f1f3f5',
    text: '#222',
    muted: '#555',
    bars: ['#1d5c8c', '#c2682b', '#3f8f4f', '#7b4fa3', '#a33f5b', '#4f7f8f'],
  },
  dark: {
    ground: '#1b1b1d',
    track: '#2b2d31',
    text: '#e3e3e3',
    muted: '#b4b4b4',
    bars: ['#6fb3e8', '#f0a468', '#7fcf8f', '#c39be6', '#ee8fa8', '#8fc5d3'],
  },
} as const;

export function profileSvg(
  cards: readonly Scorecard[],
  buckets: readonly ChartBucket[],
  { labels, theme = 'light', words = englishWords }: ChartOptions = {},
): string {
  const colours = themes[theme];
  const palette = colours.bars;
  const labelWidth = 230;
  const barWidth = 360;
  const barHeight = 14;
  const rowHeight = cards.length * (barHeight + 4) + 12;
  const legendHeight = cards.length > 1 ? cards.length * 18 + 8 : 0;
  const height = 28 + buckets.length * rowHeight + legendHeight;
  const width = labelWidth + barWidth + 60;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(words.label)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(words.title)}</title>`,
    // Its own ground, so that the text stays readable whatever page it is placed on.
    `<rect width="${width}" height="${height}" fill="${colours.ground}"/>`,
    `<text x="${labelWidth}" y="16" fill="${colours.muted}">0%</text><text x="${labelWidth + barWidth - 30}" y="16" fill="${colours.muted}">100%</text>`,
  ];
  buckets.forEach((bucket, row) => {
    const top = 28 + row * rowHeight;
    parts.push(`<text x="0" y="${top + barHeight}" fill="${colours.text}">${escapeXml(bucket.title)}</text>`);
    parts.push(
      `<rect x="${labelWidth}" y="${top - 2}" width="${barWidth}" height="${rowHeight - 8}" fill="${colours.track}"/>`,
    );
    cards.forEach((card, i) => {
      const group = card.buckets[bucket.id];
      const coverage = group?.coverage;
      const y = top + i * (barHeight + 4);
      const length = Math.round((coverage ?? 0) * barWidth);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${length}" height="${barHeight}" fill="${palette[i % palette.length]}"/>`,
      );
      parts.push(
        `<text x="${labelWidth + length + 4}" y="${y + barHeight - 3}" fill="${colours.text}">${escapeXml(words.coverage(group))}</text>`,
      );
    });
  });
  if (cards.length > 1) {
    cards.forEach((card, i) => {
      const y = 28 + buckets.length * rowHeight + i * 18;
      parts.push(
        `<rect x="0" y="${y}" width="12" height="12" fill="${palette[i % palette.length]}"/><text x="18" y="${y + 10}" fill="${colours.text}">${escapeXml(labels?.[i] ?? card.arrangement)}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
