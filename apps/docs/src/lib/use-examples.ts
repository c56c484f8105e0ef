import { usePluginData } from '@docusaurus/useGlobalData';
import { EXAMPLES_PLUGIN, type ExampleFile } from '../shared/example-files';

/** The example assessments the site was built with. */
export function useExamples(): readonly ExampleFile[] {
  return usePluginData(EXAMPLES_PLUGIN) as ExampleFile[];
}
