/**
 * The example assessments (hypothetical arrangements in examples/) as the
 * site's data: the self-assessment and comparison pages read them with
 * `useExamples()`. Watched in `docusaurus start`, so an edited example shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';

import { EXAMPLES_PLUGIN, type ExampleFile } from '../shared/example-files';

/** The `*.yaml` files of a folder, by name. */
export function readExamples(dir: string): ExampleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export default function examplesPlugin(_context: LoadContext, options: unknown): Plugin<ExampleFile[]> {
  const { examplesDir } = options as { examplesDir: string };
  return {
    name: EXAMPLES_PLUGIN,
    getPathsToWatch: () => [join(examplesDir, '*.yaml')],
    loadContent: () => readExamples(examplesDir),
    contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}

examplesPlugin.validateOptions = <T, U>({ options }: OptionValidationContext<T, U>): U => {
  const { examplesDir } = (options ?? {}) as { examplesDir?: unknown };
  if (typeof examplesDir !== 'string')
    throw new Error('usd1-milestones examples plugin: option examplesDir must be a string');
  return { id: 'default', examplesDir } as U;
};
