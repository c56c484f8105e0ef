import { configurableRules, type RuleId, rules, ruleUrl } from '@usd1-milestones/core/rules';
import type { Position } from 'unist';
import type { VFile } from 'vfile';

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
): void {
  const message = file.message(reason, { place, ruleId, source: SOURCE });
  if (suggestion !== undefined) message.expected = [suggestion];
  message.url = ruleUrl(ruleId);
  message.fatal = rules[ruleId].severity === 'error';
}

export { code } from '@usd1-milestones/core/rules';

/** A rule's level, as remark-lint spells it. */
export type RuleLevel = 'off' | 'warn' | 'error';

// The rules whose level a user may set live in the rule registry, where the CLI reads them without the parser.
export { configurableRules };

export type ConfigurableRule = (typeof configurableRules)[number];
export type RuleLevels = Partial<Record<ConfigurableRule, RuleLevel>>;

/** Applies the user's levels to this plugin's messages: `off` drops them, `warn` and `error` set `fatal`. */
export function applyLevels(file: VFile, levels: RuleLevels | undefined): void {
  if (!levels) return;
  file.messages = file.messages.filter((message) => {
    if (message.source !== SOURCE) return true;
    const level = levels[message.ruleId as ConfigurableRule];
    if (level === 'off') return false;
    if (level === 'warn') message.fatal = false;
    if (level === 'error') message.fatal = true;
    return true;
  });
}
