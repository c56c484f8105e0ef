import type { Rubric } from '@usd1-milestones/rubric';
import type { Labels } from './labels';

type SidebarItem = string | { type: 'category'; label: string; collapsed: boolean; items: string[] };

/** A version's sidebar: the overview pages, the milestones by bucket, then the reference pages. */
export function sidebar(data: Rubric, hasWindDown: boolean, labels: Labels): { rubric: SidebarItem[] } {
  return {
    rubric: [
      'index',
      'map',
      ...data.buckets.map(
        (b): SidebarItem => ({
          type: 'category',
          label: `${b.number}. ${b.title}`,
          collapsed: true,
          items: data.milestones.filter((m) => m.bucket === b.id).map((m) => `milestones/${m.id}`),
        }),
      ),
      'stages',
      'signals',
      ...(hasWindDown ? ['wind-down'] : []),
      ...(data.frameworks.length > 0
        ? [
            {
              type: 'category' as const,
              label: labels.crosswalks,
              collapsed: true,
              items: data.frameworks.map((f) => `frameworks/${f.id}`),
            },
          ]
        : []),
      'glossary',
      'sources',
      'changes',
    ],
  };
}
