import { CheckError } from '@usd1-milestones/check';

/** A mistake in how the command was called or what it was pointed at: one line, exit 2 (as the engine's own). */
export class UsageError extends CheckError {}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
