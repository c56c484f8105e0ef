/**
 * Fixes as data: an edit that repairs a finding travels on its message, as
 * offsets into the checked text, and each tool turns it into what it needs
 * (`check --fix` edits files, the language server offers a quick fix, SARIF
 * lists `fixes`). A `safe` fix is certain (an alias spelled as its slug, a
 * retired id's one successor) and `--fix` applies it; the others ("did you
 * mean", one close candidate) are only offered.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

/** Replace the text from `start` to `end` (offsets into the checked text, end exclusive) with `text`. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface OffsetFix {
  readonly safe: boolean;
  readonly edits: readonly OffsetEdit[];
}

/** The fix a message carries, if any: the plugin sets it as the message's `fix` field. */
export function fixOf(message: VFileMessage): OffsetFix | undefined {
  const fix = (message as { fix?: unknown }).fix;
  return isOffsetFix(fix) ? fix : undefined;
}

function isOffsetFix(value: unknown): value is OffsetFix {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as OffsetFix).safe === 'boolean' &&
    Array.isArray((value as OffsetFix).edits)
  );
}

/**
 * Where a link's target (what follows `scheme:`) is written in the link's own source, as offsets
 * into the file; undefined unless it is written there exactly once as the parser read it (an
 * escaped or percent-encoded target is left to the reader, not guessed at).
 */
export function targetSpan(
  source: string,
  node: { readonly position?: Position | undefined },
  scheme: string,
  target: string,
): { start: number; end: number } | undefined {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  const raw = source.slice(from, to);
  const written = `${scheme}:${target}`;
  const at = raw.indexOf(written);
  if (at === -1 || raw.indexOf(written, at + 1) !== -1) return undefined;
  // The target must end where the destination does, not run on (`glossary:kyc` inside `glossary:kyc-aml`).
  const after = raw.charAt(at + written.length);
  if (after !== '' && !/[\s)>"']/.test(after)) return undefined;
  const start = from + at + scheme.length + 1;
  return { start, end: start + target.length };
}
