/**
 * The bucket profile as an SVG bar chart: one row per bucket, one bar per
 * arrangement, its length the coverage. Self-contained (no fonts or scripts
 * fetched), so it works offline, in Markdown, HTML and the site alike.
 */
import { coverageText } from './labels.js';
import type { Scorecard } from './score.js';

export interface ChartBucket {
  readonly id: string;
  readonly title: string;
}

const palette = ['#1d5c8c', '#c2682b', '#3f8f4f', '#7b4fa3', '#a33f5b', '#4f7f8f'];

export function profileSvg(cards: readonly Scorecard[], buckets: readonly ChartBucket[]): string {
  const labelWidth = 230;
  const barWidth = 360;
  const barHeight = 14;
  const rowHeight = cards.length * (barHeight + 4) + 12;
  const legendHeight = cards.length > 1 ? cards.length * 18 + 8 : 0;
  const height = 28 + buckets.length * rowHeight + legendHeight;
  const width = labelWidth + barWidth + 60;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Bucket coverage profile" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>Coverage per risk bucket</title>`,
    // Its own white ground, so that the dark text stays readable on a dark page.
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${labelWidth}" y="16" fill="#555">0%</text><text x="${labelWidth + barWidth - 30}" y="16" fill="#555">100%</text>`,
  ];
  buckets.forEach((bucket, row) => {
    const top = 28 + row * rowHeight;
    parts.push(`<text x="0" y="${top + barHeight}" fill="#222">${escapeXml(bucket.title)}</text>`);
    parts.push(`<rect x="${labelWidth}" y="${top - 2}" width="${barWidth}" height="${rowHeight - 8}" fill="#f1f3f5"/>`);
    cards.forEach((card, i) => {
      const group = card.buckets[bucket.id];
      const coverage = group?.coverage;
      const y = top + i * (barHeight + 4);
      const length = Math.round((coverage ?? 0) * barWidth);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${length}" height="${barHeight}" fill="${palette[i % palette.length]}"/>`,
      );
      parts.push(
        `<text x="${labelWidth + length + 4}" y="${y + barHeight - 3}" fill="#222">${coverageText(group)}</text>`,
      );
    });
  });
  if (cards.length > 1) {
    cards.forEach((card, i) => {
      const y = 28 + buckets.length * rowHeight + i * 18;
      parts.push(
        `<rect x="0" y="${y}" width="12" height="12" fill="${palette[i % palette.length]}"/><text x="18" y="${y + 10}" fill="#222">${escapeXml(card.arrangement)}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
