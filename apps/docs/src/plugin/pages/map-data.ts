/** What the milestone map picture (src/components/MilestoneMap) draws: buckets by stages, each milestone a link. */
import type { Rubric } from '@usd1-milestones/rubric';
import { componentData } from './context';

export interface MapData {
  /** The version's URL prefix; milestone links go to `${base}/milestones/${id}`. */
  readonly base: string;
  readonly buckets: readonly { readonly id: string; readonly number: number; readonly title: string }[];
  readonly stages: readonly { readonly id: string; readonly number: number; readonly title: string }[];
  readonly milestones: readonly {
    readonly id: string;
    readonly number: number;
    readonly title: string;
    readonly bucket: string;
    readonly stage: string | null;
  }[];
}

export function mapData(data: Rubric, base: string): MapData {
  return {
    base,
    buckets: data.buckets.map(({ id, number, title }) => ({ id, number, title })),
    stages: data.stages.map(({ id, number, title }) => ({ id, number, title })),
    milestones: [...data.milestones]
      .sort((a, b) => a.number - b.number)
      .map(({ id, number, title, bucket, stage }) => ({ id, number, title, bucket, stage: stage ?? null })),
  };
}

/** The MDX that draws the map. Titles travel as data, never as MDX source. */
export function mapElement(data: Rubric, base: string): string {
  return `<MilestoneMap data="${componentData(mapData(data, base))}" />`;
}

export const MAP_IMPORT = "import MilestoneMap from '@site/src/components/MilestoneMap';";
