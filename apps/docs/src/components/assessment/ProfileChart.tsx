import { useColorMode } from '@docusaurus/theme-common';
import { profileSvg, type Scorecard } from '@usd1-milestones/assess';
import type { ReactNode } from 'react';
import { rubric } from '../../lib/assessments';

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
  const svg = profileSvg(cards, rubric.buckets, { theme: colorMode, ...(labels ? { labels } : {}) });
  return (
    <img
      className="profile-chart"
      data-testid="profile"
      data-theme={colorMode}
      alt={`Coverage per risk bucket${cards.length > 1 ? ', one bar per arrangement' : ''}; the same figures are in the table.`}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
    />
  );
}
