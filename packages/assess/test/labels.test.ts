import { describe, expect, it } from 'vitest';
import { columnLabels, coverageText, type GroupScore, profileSvg, type Scorecard } from '../src/index.js';

const group = (counts: Partial<GroupScore['counts']>, coverage: number | null): GroupScore => ({
  counts: {
    met: 0,
    partial: 0,
    'not-met': 0,
    'not-disclosed': 0,
    'not-applicable': 0,
    'not-assessed': 0,
    ...counts,
  },
  coverage,
});

describe('coverageText', () => {
  it('shows a percentage, rounded', () => {
    expect(coverageText(group({ met: 1, 'not-met': 2 }, 0.333))).toBe('33%');
  });

  it('says 0% when milestones were assessed and none is met', () => {
    expect(coverageText(group({ 'not-met': 2, 'not-assessed': 1 }, 0))).toBe('0%');
  });

  it('says "not assessed" when nothing that applies was assessed, not 0%', () => {
    expect(coverageText(group({ 'not-assessed': 5 }, 0))).toBe('not assessed');
    expect(coverageText(group({ 'not-assessed': 2, 'not-applicable': 1 }, 0))).toBe('not assessed');
  });

  it('says n/a when nothing in the group applies', () => {
    expect(coverageText(group({ 'not-applicable': 3 }, null))).toBe('n/a');
    expect(coverageText(undefined)).toBe('n/a');
  });
});

describe('columnLabels', () => {
  it('names each column by its arrangement, with the date where two share a name, and the file where they share both', () => {
    expect(
      columnLabels([
        { arrangement: 'Harbor Dollar', date: '2026-06-01', file: 'a.yaml' },
        { arrangement: 'Harbor Dollar', date: '2026-11-01', file: 'b.yaml' },
        { arrangement: 'Meridian', date: '2026-11-01', file: 'c.yaml' },
        { arrangement: 'Twice', date: '2026-11-01', file: 'd.yaml' },
        { arrangement: 'Twice', date: '2026-11-01', file: 'e.csv' },
      ]),
    ).toEqual([
      'Harbor Dollar (2026-06-01)',
      'Harbor Dollar (2026-11-01)',
      'Meridian',
      'Twice (2026-11-01, d.yaml)',
      'Twice (2026-11-01, e.csv)',
    ]);
  });
});

describe('the profile chart in each theme', () => {
  // WCAG 2 relative luminance and contrast, to check the colours the chart draws text and bars in.
  const luminance = (hex: string) => {
    const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : hex.slice(1);
    const [r, g, b] = [0, 2, 4].map((i) => {
      const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const card = {
    arrangement: 'A <b>name</b>',
    buckets: { transparency: group({ met: 1, 'not-met': 1 }, 0.5) },
  } as unknown as Scorecard;
  const buckets = [{ id: 'transparency', title: 'Transparency' }];

  for (const theme of ['light', 'dark'] as const) {
    it(`draws ${theme} text and bars that keep 4.5:1 (text) and 3:1 (bars) against its ground`, () => {
      const svg = profileSvg([card, card], buckets, { theme, labels: ['First', 'Second'] });
      const ground = /<rect width="\d+" height="\d+" fill="(#[0-9a-f]+)"\/>/.exec(svg)?.[1] as string;
      expect(ground).toBe(theme === 'light' ? '#fff' : '#1b1b1d');
      const texts = [...svg.matchAll(/<text [^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1] as string);
      expect(texts.length).toBeGreaterThan(3);
      for (const fill of texts) expect({ fill, ratio: contrast(fill, ground) >= 4.5 }).toEqual({ fill, ratio: true });
      const bars = [...svg.matchAll(/<rect x="230" y="\d+" width="\d+" height="14" fill="(#[0-9a-f]+)"\/>/g)].map(
        (m) => m[1] as string,
      );
      expect(bars).toHaveLength(2);
      for (const fill of bars) expect({ fill, ratio: contrast(fill, ground) >= 3 }).toEqual({ fill, ratio: true });
      expect(svg).toContain('>First</text>');
      expect(svg).toContain('>Second</text>');
      expect(svg).not.toContain('<b>');
    });
  }

  it('says its words in the language it is given, escaped like every other text in it', () => {
    const words = {
      label: 'Perfil de cobertura por categoría',
      title: 'Cobertura <por> categoría',
      coverage: () => 'no evaluado & más',
    };
    const svg = profileSvg([card], buckets, { words });
    expect(svg).toContain('aria-label="Perfil de cobertura por categoría"');
    expect(svg).toContain('<title>Cobertura &#60;por&#62; categoría</title>');
    expect(svg).toContain('>no evaluado &#38; más</text>');
    expect(svg).not.toContain('Bucket coverage profile');
    const english = profileSvg([card], buckets);
    expect(english).toContain('aria-label="Bucket coverage profile"');
    expect(english).toContain('<title>Coverage per risk bucket</title>');
    expect(english).toContain('>50%</text>');
  });
});
