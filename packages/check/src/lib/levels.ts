import { leveled, type RuleLevels } from '@usd1-milestones/core/rules';
import type { Finding } from './result.js';

/**
 * The user's rule levels (usd1-milestones.json), applied once, to the whole
 * run's findings, through the registry's `leveled`: `off` drops a rule's
 * findings, `warn` and `error` set their severity.
 */
export function applyLevels(findings: readonly Finding[], levels: RuleLevels): Finding[] {
  const out: Finding[] = [];
  for (const item of findings) {
    const severity = leveled(item.ruleId, item.severity, levels);
    if (severity === undefined) continue;
    out.push(severity === item.severity ? item : { ...item, severity });
  }
  return out;
}
