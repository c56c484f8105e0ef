/**
 * What a translation must keep of its English text: the citation keys it
 * cites and the targets it links, each as often as the English has them.
 * Read from the Markdown source with two patterns (the remark plugin's own
 * parse still checks each target exists); the order may change, as word order
 * does between languages.
 */

/** `[@fsb-2023]`, `[@fsb-2023; @imf-2025]`, `[see @bis-2025, p. 3]`: every key after an `@` inside brackets. */
const CITATION_GROUP = /\[[^\]]*@[^\]]*\]/g;
const CITATION_KEY = /@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[\w])?)/g;
/** `](glossary:aml)`, `](milestone:reserve-policy)`, `](https://…)`: a Markdown link's target. */
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

export interface TextStructure {
  readonly citations: readonly string[];
  readonly links: readonly string[];
}

export function textStructure(markdown: string): TextStructure {
  const citations: string[] = [];
  for (const group of markdown.match(CITATION_GROUP) ?? [])
    for (const match of group.matchAll(CITATION_KEY)) citations.push(match[1] as string);
  const links = [...markdown.matchAll(LINK_TARGET)].map((match) => match[1] as string);
  return { citations: citations.sort(), links: links.sort() };
}

/** What the translation drops and adds against the English, as phrases for a message; empty when it keeps both. */
export function structureDifferences(english: string, translation: string): string[] {
  const from = textStructure(english);
  const to = textStructure(translation);
  return [
    ...differences(from.citations, to.citations, (key) => `the citation \`[@${key}]\``),
    ...differences(from.links, to.links, (target) => `the link to \`${target}\``),
  ];
}

function differences(english: readonly string[], translated: readonly string[], name: (x: string) => string): string[] {
  const count = (list: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
    return counts;
  };
  const [a, b] = [count(english), count(translated)];
  const out: string[] = [];
  for (const [x, n] of a) if ((b.get(x) ?? 0) < n) out.push(`drops ${name(x)}`);
  for (const [x, n] of b) if ((a.get(x) ?? 0) < n) out.push(`adds ${name(x)}`);
  return out;
}
