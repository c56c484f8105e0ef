/**
 * `@usd1-milestones/core/yaml`: YAML parsing that keeps positions, and zod
 * problems located in the source. No Node APIs, so it runs in browsers too;
 * the rubric loader and the assessment reader both use it.
 */
export { LineIndex } from './lib/loader/positions.js';
export { overflowProblem, parseShape, type ShapeResult, shapeProblems } from './lib/loader/shape.js';
export {
  MAX_COLLECTION_ITEMS,
  type ParsedYaml,
  parseYaml,
  type StringValue,
  type ValuePath,
  type YamlResult,
} from './lib/loader/yaml.js';
