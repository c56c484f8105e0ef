/**
 * `assess verify --pin`: writes the digests fetched now (and a date, for
 * evidence with no `asOf`) into the assessment, changing nothing else. YAML
 * is read with the yaml package to find each item, and the new fields are
 * inserted as text, so every other byte (comments and their spacing, key
 * order, quoting) stays; JSON keeps its indentation.
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
  // Text inserted at offsets, last first, so that every byte not pinned stays as it was
  // (a re-stringified document would respace comments and requote values).
  const inserts: { at: number; text: string }[] = [];
  for (const pin of pins) {
    const path =
      pin.criterion === undefined
        ? ['milestones', pin.milestone, 'evidence', pin.index]
        : ['milestones', pin.milestone, 'criteria', pin.criterion, 'evidence', pin.index];
    const item = document.getIn(path, true);
    if (!isMap(item) || !item.range) continue;
    const fields = [
      ...(pin.asOf !== undefined && !item.has('asOf') ? [`asOf: ${pin.asOf}`] : []),
      ...(pin.sha256 !== undefined && !item.has('sha256') ? [`sha256: ${pin.sha256}`] : []),
    ];
    if (fields.length === 0) continue;
    const insert = item.flow ? intoFlowMap(text, item.range) : intoBlockMap(text, item);
    if (insert)
      inserts.push({ at: insert.at, text: fields.map((f) => `${insert.before}${f}${insert.after}`).join('') });
  }
  let out = text;
  for (const { at, text: added } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + added + out.slice(at);
  return out;
}

type Place = { at: number; before: string; after: string };

/** `{ url: x, kind: policy }`: before the closing brace and the spaces before it. */
function intoFlowMap(text: string, range: readonly number[]): Place | undefined {
  const close = text.lastIndexOf('}', (range[1] as number) - 1);
  if (close < 0) return undefined;
  let at = close;
  while (at > 0 && /[ \t]/.test(text[at - 1] as string)) at--;
  const empty = text[at - 1] === '{';
  return { at, before: empty ? ' ' : ', ', after: '' };
}

/** A block map: a line after its last entry's value, at its keys' indentation. */
function intoBlockMap(text: string, item: import('yaml').YAMLMap): Place | undefined {
  const first = item.items[0]?.key as { range?: number[] } | undefined;
  const last = item.items.at(-1)?.value as { range?: number[] } | undefined;
  if (!first?.range || !last?.range) return undefined;
  const keyStart = first.range[0] as number;
  const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const valueEnd = last.range[1] as number;
  let lineEnd = text.indexOf('\n', Math.max(0, valueEnd - 1));
  if (lineEnd < 0) lineEnd = text.length;
  const newline = text[lineEnd - 1] === '\r' ? '\r\n' : '\n';
  const at = newline === '\r\n' ? lineEnd - 1 : lineEnd;
  return { at, before: `${newline}${' '.repeat(indent)}`, after: '' };
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
