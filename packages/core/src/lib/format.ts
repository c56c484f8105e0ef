/** The longest quoted value a message shows; a 3 MB id is shown by its start. */
const QUOTE_LIMIT = 80;

/** Wraps a value in backticks, the way every message quotes ids, keys and values. */
export function code(text: string): string {
  return `\`${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 3)}...` : text}\``;
}
