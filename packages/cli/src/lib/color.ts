/** Whether to colour output: NO_COLOR (any value) always wins; FORCE_COLOR turns colour on without a terminal, as in CI logs. */
export function colorEnabled(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR) return false;
  return process.env.FORCE_COLOR !== undefined ? process.env.FORCE_COLOR !== '0' : stream.isTTY === true;
}
