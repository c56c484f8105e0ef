/**
 * docs/rules.md, written from the rule registry (src/lib/rules.ts): each rule's
 * severity, what it finds and how to fix it, and its examples. `npm run
 * docs:rules -w @usd1-milestones/core` writes it; test/rules-doc.test.ts fails
 * when it is stale.
 */
import { type RuleId, ruleIds, rules } from '../src/lib/rules.js';

const intro = `# Rules

Every problem that the rubric loader, the remark plugin or the CLI reports has
one of these rule ids (the vfile \`ruleId\`; \`source\` is \`usd1-milestones\`), a
file, a line and a column. Errors fail \`npm test\` and the CLI (exit 1);
warnings do not.

This page is generated from the rule registry
(\`packages/core/src/lib/rules.ts\`): change a rule there, then run
\`npm run docs:rules -w @usd1-milestones/core\`. Every example below runs as a
test.

Some findings carry a fix. \`usd1-milestones check --fix\` applies the safe ones
(those that are certain: a retired id's one successor, an alias written as its
slug) and \`--fix-dry-run\` shows them as a diff first; a "did you mean" is offered
by the editor's quick fix and in SARIF's \`fixes\`, and never applied by \`--fix\`.
Each rule's **Fix** paragraph says which are which.`;

/** A fenced block that no backtick run in `text` can close early. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}md\n${text}\n${ticks}`;
}

function section(id: RuleId): string {
  const rule = rules[id];
  const parts = [`## ${id}`, `**${rule.severity === 'error' ? 'Error' : 'Warning'}.** ${rule.explanation}`];
  if (rule.examples) {
    const where = rule.examples.as === 'document' ? '' : ` (as ${rule.examples.as})`;
    parts.push(`Reported${where}:`, ...rule.examples.fails.map(fence));
    parts.push('Not reported:', ...rule.examples.passes.map(fence));
  }
  if (rule.fix) parts.push(`**Fix.** ${rule.fix}`);
  for (const { from, to } of rule.examples?.fixed ?? []) parts.push('`--fix` turns', fence(from), 'into', fence(to));
  return parts.join('\n\n');
}

export function rulesDocument(): string {
  return `${[intro, ...ruleIds.map(section)].join('\n\n')}\n`;
}
