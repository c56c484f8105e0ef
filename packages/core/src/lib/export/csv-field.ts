/**
 * CSV fields as RFC 4180 writes them, safe to open in a spreadsheet; no Node
 * APIs, so browsers can use it too.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some
 * with a tab or carriage return) as a formula, so text from an assessment or
 * the rubric could fetch a URL or rewrite other cells (CSV injection). As
 * OWASP advises, such a field is written with a leading `'`, which the
 * spreadsheet shows as text; `csvText` takes it off again when the file is
 * read, so a field always reads back as it was written.
 */

/** Text a spreadsheet would take as the start of a formula, or a field we marked so (to keep the round trip exact). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One field: a `'` before a formula start; quoted when it holds a comma, a quote or a line break, with quotes doubled. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A field's text as read back: the `'` that `csvField` put before a formula start is taken off. */
export function csvText(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field) ? field.slice(1) : field;
}
