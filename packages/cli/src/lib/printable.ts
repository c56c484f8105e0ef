/**
 * Text from files (YAML values, paths, messages quoting them) on its way to a
 * terminal or a CI log. A control character there is an instruction to the
 * terminal (colour, cursor moves, a changed window title) or hides text
 * (bidirectional overrides), so each is shown as a visible escape instead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `printable` line by line: the line breaks of a multi-line message stay line breaks. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
