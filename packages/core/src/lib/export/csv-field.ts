/** CSV fields as RFC 4180 writes them; no Node APIs, so browsers can use it too. */
/** One field: quoted when it holds a comma, a quote or a line break (RFC 4180), with quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
