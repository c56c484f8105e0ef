import type { Finding } from '@usd1-milestones/check';
import { type Fix, type RuleId, repositoryUrl, ruleIds, rules, ruleUrl } from '@usd1-milestones/core/rules';

/**
 * SARIF 2.1.0, for code-scanning dashboards. Each rule carries its description,
 * its help (with the link to docs/rules.md) and its default level, so GitHub's
 * code scanning can show what a rule is about next to every alert.
 */
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
            semanticVersion: version,
            informationUri: repositoryUrl,
            rules: ruleIds.map((id: RuleId) => ({
              id,
              name: ruleName(id),
              shortDescription: { text: rules[id].description },
              fullDescription: { text: rules[id].description },
              helpUri: ruleUrl(id),
              help: {
                text: `${rules[id].description} See ${ruleUrl(id)}`,
                markdown: `${rules[id].description} [What the rule checks, and how to fix it](${ruleUrl(id)}).`,
              },
              defaultConfiguration: { level: rules[id].severity === 'error' ? 'error' : 'warning' },
              properties: { tags: ['documentation'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
                  ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
          // The other places a finding concerns (a duplicate's first use), each with what it is.
          ...(f.related && f.related.length > 0
            ? {
                relatedLocations: f.related.map((r, i) => ({
                  id: i,
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: r.line, startColumn: r.column },
                  },
                  message: { text: r.message },
                })),
              }
            : {}),
          // The edit that repairs it: SARIF's `fixes` are proposals, so a suggestion is one too; its
          // description says whether `check --fix` applies it.
          ...(f.fix ? { fixes: [sarifFix(f.fix)] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** `citation-unknown` as SARIF's PascalCase rule name, `CitationUnknown`. */
function ruleName(id: RuleId): string {
  return id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A fix as SARIF's `fix` object: one artifact change per file, each edit a replacement of a region. */
function sarifFix(fix: Fix) {
  const files = [...new Set(fix.edits.map((e) => e.file))];
  const text = fix.edits.map((e) => `\`${e.text}\``).join(', ');
  return {
    description: {
      text: fix.safe
        ? `Replace with ${text} (applied by usd1-milestones check --fix)`
        : `Replace with ${text} (a suggestion: check it before applying)`,
    },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
      replacements: fix.edits
        .filter((e) => e.file === file)
        .map((e) => ({
          deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
          insertedContent: { text: e.text },
        })),
    })),
  };
}
