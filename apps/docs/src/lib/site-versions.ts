import { useVersions } from '@docusaurus/plugin-content-docs/client';
import { rubric } from './assessments';

/** The rubric versions an assessment may name on this site: its released versions and the current data's. */
export function useRubricVersions(): string[] {
  const released = useVersions(undefined)
    .map((v) => v.name)
    .filter((name) => name !== 'current');
  // Array.from, not spread: the site's Babel build spreads iterables as if they were arrays.
  return Array.from(new Set([...released, rubric.version]));
}
