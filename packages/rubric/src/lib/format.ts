/** Wraps a value in backticks, the way every message quotes ids, keys and values. */
export function code(text: string): string {
  return `\`${text}\``;
}
