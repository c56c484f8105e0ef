import {
  type ConfigurableRule,
  configurableRules,
  leveled,
  type RuleId,
  type RuleLevel,
  type RuleLevels,
  rules,
  ruleUrl,
} from '@usd1-milestones/core/rules';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { OffsetFix } from './fix.js';

export const SOURCE = 'usd1-milestones';

/**
 * Reports through vfile like every unified plugin (never throws). Errors are
 * marked `fatal: true`, which reporters show as errors and engines count as
 * failures; warnings stay `fatal: false`.
 */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place: Position | undefined,
  /** The one close candidate a "did you mean" names: kept as vfile's `expected`, for tools to offer. */
  suggestion?: string,
  /** The edit that repairs it, as offsets into the file (see fix.ts). */
  fix?: OffsetFix,
): void {
  const message = file.message(reason, { place, ruleId, source: SOURCE });
  if (suggestion !== undefined) message.expected = [suggestion];
  if (fix !== undefined && fix.edits.length > 0) Object.assign(message, { fix });
  message.url = ruleUrl(ruleId);
  message.fatal = rules[ruleId].severity === 'error';
}

export { code } from '@usd1-milestones/core/rules';
export type { ConfigurableRule, RuleLevel, RuleLevels };
// The rules whose level a user may set live in the rule registry, where the CLI reads them without the parser.
export { configurableRules };

/** Applies the user's levels to this plugin's messages: `off` drops them, `warn` and `error` set `fatal`. */
export function applyLevels(file: VFile, levels: RuleLevels | undefined): void {
  if (!levels) return;
  file.messages = file.messages.filter((message) => {
    if (message.source !== SOURCE) return true;
    const severity = leveled(String(message.ruleId), message.fatal ? 'error' : 'warning', levels);
    if (severity === undefined) return false;
    message.fatal = severity === 'error';
    return true;
  });
}
