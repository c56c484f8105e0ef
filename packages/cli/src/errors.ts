/** A mistake in how the command was called or what it was pointed at: one line, exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
