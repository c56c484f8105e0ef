import { type RuleId, rules, ruleUrl } from '@usd1-milestones/rubric';
import type { Position } from 'unist';
import type { VFile } from 'vfile';

export const SOURCE = 'usd1-milestones';

/**
 * Reports through vfile like every unified plugin (never throws). Errors are
 * marked `fatal: true`, which reporters show as errors and engines count as
 * failures; warnings stay `fatal: false`.
 */
export function report(file: VFile, ruleId: RuleId, reason: string, place: Position | undefined): void {
  const message = file.message(reason, { place, ruleId, source: SOURCE });
  message.url = ruleUrl(ruleId);
  message.fatal = rules[ruleId].severity === 'error';
}

export { code } from '@usd1-milestones/rubric';
