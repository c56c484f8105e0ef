/**
 * `@usd1-milestones/core/text` (Node only): a file read as text the way the
 * loader reads rubric files (size limit, no binary, valid UTF-8, links kept
 * inside a folder), without the loader's zod and yaml, so that a tool which
 * only reads files, such as a warm `check`, starts quickly.
 */

export { decodeText, describeFsError, MAX_FILE_BYTES, readText, type TextResult } from './lib/loader/text.js';
