/**
 * `@usd1-milestones/rubric/folder` (Node only): where this package keeps its
 * plain files on disk, for tools that read the frozen releases
 * (`releases/<version>.json`) with `@usd1-milestones/core/loader`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder: built code runs from dist/, tests from src/; both sit one level below it. */
export const packageFolder: string = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder of the frozen releases. */
export const releasesFolder: string = join(packageFolder, 'releases');
