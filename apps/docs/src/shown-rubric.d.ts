// The rubric in the language being built (see src/plugin/shown-rubric-plugin.ts).
declare module '@usd1-milestones/shown-rubric' {
  export const rubric: import('@usd1-milestones/rubric').Rubric;
}
