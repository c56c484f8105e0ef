/**
 * `assess verify --pin`: writes the digests fetched now (and today's date, for
 * evidence with no `asOf`) into the assessment, changing nothing else. YAML
 * goes through the yaml package's Document API, so comments, key order and
 * quoting stay; JSON keeps its indentation.
 */
import { isMap, parseDocument } from 'yaml';

export interface Pin {
  readonly milestone: string;
  readonly criterion?: string;
  /** The item's place in its `evidence` list. */
  readonly index: number;
  readonly sha256?: string;
  readonly asOf?: string;
}

export function pinYaml(text: string, pins: readonly Pin[]): string {
  const document = parseDocument(text, { keepSourceTokens: false });
  for (const pin of pins) {
    const path =
      pin.criterion === undefined
        ? ['milestones', pin.milestone, 'evidence', pin.index]
        : ['milestones', pin.milestone, 'criteria', pin.criterion, 'evidence', pin.index];
    const item = document.getIn(path, true);
    if (!isMap(item)) continue;
    if (pin.asOf !== undefined && !item.has('asOf')) item.set('asOf', pin.asOf);
    if (pin.sha256 !== undefined && !item.has('sha256')) item.set('sha256', pin.sha256);
  }
  return document.toString({ lineWidth: 0 });
}

export function pinJson(text: string, pins: readonly Pin[]): string {
  const value = JSON.parse(text) as { milestones: Record<string, Record<string, unknown>> };
  for (const pin of pins) {
    const entry = value.milestones[pin.milestone] as Record<string, unknown> | undefined;
    const holder =
      pin.criterion === undefined
        ? entry
        : (entry?.criteria as Record<string, Record<string, unknown>>)?.[pin.criterion];
    const item = (holder?.evidence as Record<string, unknown>[] | undefined)?.[pin.index];
    if (!item) continue;
    if (pin.asOf !== undefined && item.asOf === undefined) item.asOf = pin.asOf;
    if (pin.sha256 !== undefined && item.sha256 === undefined) item.sha256 = pin.sha256;
  }
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '';
  return `${JSON.stringify(value, null, indent || undefined)}\n`;
}
