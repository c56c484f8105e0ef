/**
 * Splits a milestone file into its YAML front matter and Markdown body,
 * keeping the offsets so that positions still point into the whole file.
 */
export type FrontMatterResult =
  | { readonly ok: true; readonly yaml: string; readonly yamlOffset: number; readonly body: string }
  | { readonly ok: false; readonly message: string; readonly offset: number };

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/m;

export function splitFrontMatter(text: string): FrontMatterResult {
  const open = OPEN.exec(text);
  if (!open) {
    return { ok: false, message: 'Expected YAML front matter: the file must start with a `---` line', offset: 0 };
  }
  const yamlOffset = open[0].length;
  const rest = text.slice(yamlOffset);
  const close = CLOSE.exec(rest);
  if (!close) {
    return { ok: false, message: 'Front matter is never closed: expected a second `---` line', offset: 0 };
  }
  const yaml = rest.slice(0, close.index);
  const body = rest
    .slice(close.index + close[0].length)
    .replace(/\r\n?/g, '\n')
    .replace(/^\n+/, '');
  return { ok: true, yaml, yamlOffset, body };
}
