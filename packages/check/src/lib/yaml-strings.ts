/**
 * Checks the string values of rubric YAML (the list files and milestone front
 * matter) as rubric text: every title, summary, criterion, definition and
 * description is Markdown that the site renders, so it gets the same checks as
 * a milestone body, reported at its line and column in the YAML.
 */

import type { RuleId } from '@usd1-milestones/core/rules';
import { LineIndex, type ParsedYaml, parseYaml } from '@usd1-milestones/core/yaml';
import { checkRubricText, type RubricLike } from '@usd1-milestones/remark-rubric/grammar';
import { type Finding, finding } from './result.js';

export interface TextFindings {
  readonly findings: Finding[];
  readonly cited: string[];
}

/**
 * `yaml` starts at `offset` in `text` (front matter starts after its `---`).
 * A document that does not parse yields nothing here: the loader reports it.
 */
export function checkYamlStrings(
  file: string,
  text: string,
  rubric: RubricLike,
  yaml: string = text,
  offset = 0,
): TextFindings {
  const parsed = parseYaml(yaml, new LineIndex(text), offset);
  return parsed.ok ? checkStrings(file, parsed.yaml, rubric) : { findings: [], cited: [] };
}

/** Checks every string value of YAML already parsed. */
export function checkStrings(file: string, yaml: ParsedYaml, rubric: RubricLike): TextFindings {
  const result: TextFindings = { findings: [], cited: [] };
  for (const string of yaml.strings()) {
    const checked = checkRubricText(string.value, { rubric });
    for (const key of checked.cited) result.cited.push(key);
    for (const message of checked.messages) {
      const start = string.at(message.start);
      const end = string.at(Math.max(message.start, message.end - 1));
      result.findings.push({
        ...finding(file, start.line, start.column, message.ruleId as RuleId, message.reason),
        severity: message.fatal ? 'error' : 'warning',
        endLine: end.line,
        endColumn: end.column + 1,
        ...(message.suggestions ? { suggestions: message.suggestions } : {}),
      });
    }
  }
  return result;
}
