import { type RuleId, ruleIds, rules, ruleUrl } from '@usd1-milestones/core/rules';
import type { Finding } from '../result.js';

/** SARIF 2.1.0, for code-scanning dashboards. */
export function sarif(findings: readonly Finding[], version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'usd1-milestones',
            version,
            rules: ruleIds.map((id: RuleId) => ({
              id,
              shortDescription: { text: rules[id].description },
              helpUri: ruleUrl(id),
              defaultConfiguration: { level: rules[id].severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file) },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
                  ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
