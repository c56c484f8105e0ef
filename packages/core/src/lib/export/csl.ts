/**
 * The bibliography as CSL-JSON, the format Zotero, Pandoc and citation
 * processors import. Each source keeps its id (the key cited as `[@id]`);
 * the seed's list number is this rubric's own and stays out.
 */
import type { Rubric } from '../schemas.js';

export function cslJson(rubric: Rubric): object[] {
  return rubric.sources.map(({ number: _number, ...fields }) => ({ ...fields }));
}
