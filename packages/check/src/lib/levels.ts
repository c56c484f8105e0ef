import { configurableRules } from '@usd1-milestones/core/rules';
import type { RuleLevels } from '@usd1-milestones/remark-rubric';
import type { Finding } from './result.js';

/**
 * The user's rule levels (usd1-milestones.json), applied once, to the whole
 * run's findings: `off` drops a rule's findings, `warn` and `error` set their
 * severity. Only the configurable rules have a level; the others guard that
 * the data can be read at all.
 */
export function applyLevels(findings: readonly Finding[], levels: RuleLevels): Finding[] {
  const out: Finding[] = [];
  for (const item of findings) {
    const level = (configurableRules as readonly string[]).includes(item.ruleId)
      ? levels[item.ruleId as keyof RuleLevels]
      : undefined;
    if (level === 'off') continue;
    out.push(level === undefined ? item : { ...item, severity: level === 'error' ? 'error' : 'warning' });
  }
  return out;
}
