import { translate } from '@docusaurus/Translate';
import { useColorMode } from '@docusaurus/theme-common';
import { profileSvg, type Scorecard } from '@usd1-milestones/assess';
import type { ReactNode } from 'react';
import { coverageLabel, shownRubric } from '../../lib/shown';

/**
 * The bucket profile chart the CLI's reports draw. Shown as an image, not
 * inline markup: nothing in it can run, whatever the names in the files. The
 * SVG has its own ground, drawn dark on a dark page.
 */
export default function ProfileChart({
  cards,
  labels,
}: {
  cards: readonly Scorecard[];
  labels?: readonly string[];
}): ReactNode {
  const { colorMode } = useColorMode();
  const words = {
    label: translate({ id: 'chart.label', message: 'Bucket coverage profile' }),
    title: translate({ id: 'chart.title', message: 'Coverage per risk bucket' }),
    coverage: coverageLabel,
  };
  const svg = profileSvg(cards, shownRubric.buckets, { theme: colorMode, words, ...(labels ? { labels } : {}) });
  return (
    <img
      className="profile-chart"
      data-testid="profile"
      data-theme={colorMode}
      alt={
        cards.length > 1
          ? translate({
              id: 'chart.altMany',
              message: 'Coverage per risk bucket, one bar per arrangement; the same figures are in the table.',
            })
          : translate({ id: 'chart.altOne', message: 'Coverage per risk bucket; the same figures are in the table.' })
      }
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
    />
  );
}
