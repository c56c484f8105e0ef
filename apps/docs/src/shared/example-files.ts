/** Shared by the examples plugin (Node) and the pages (browser): nothing here may import either side. */
export interface ExampleFile {
  readonly name: string;
  readonly text: string;
}

export const EXAMPLES_PLUGIN = 'usd1-milestones-examples';
