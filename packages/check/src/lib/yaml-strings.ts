/**
 * Checks the string values of rubric YAML (the list files and milestone front
 * matter) as rubric text: every title, summary, criterion, definition and
 * description is Markdown that the site renders, so it gets the same checks as
 * a milestone body, reported at its line and column in the YAML.
 */

import type { Fix, RuleId, TextEdit } from '@usd1-milestones/core/rules';
import { LineIndex, type ParsedYaml, parseYaml, type StringValue } from '@usd1-milestones/core/yaml';
import { checkRubricText, type OffsetFix, type RubricLike } from '@usd1-milestones/remark-rubric/grammar';
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
  const lines = new LineIndex(text);
  const parsed = parseYaml(yaml, lines, offset);
  return parsed.ok ? checkStrings(file, parsed.yaml, rubric, { text, lines }) : { findings: [], cited: [] };
}

/** The file the YAML is in, for placing a fix. */
export interface YamlSource {
  readonly text: string;
  readonly lines: LineIndex;
}

/** Checks every string value of YAML already parsed. */
export function checkStrings(file: string, yaml: ParsedYaml, rubric: RubricLike, source: YamlSource): TextFindings {
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
        ...fixField(file, string, message.fix, source),
      });
    }
  }
  return result;
}

/**
 * A fix in a string's characters, as an edit of the file: only where each edited span stands in
 * the file exactly as in the string (no escape, quote or line fold inside it), and the new text
 * needs no escaping in any YAML scalar (an id never does); otherwise the finding keeps its
 * suggestions and has no fix.
 */
function fixField(file: string, string: StringValue, fix: OffsetFix | undefined, source: YamlSource): { fix?: Fix } {
  if (!fix) return {};
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    if (edit.end <= edit.start || !/^[\w.~:/#%-]*$/.test(edit.text)) return {};
    const start = string.at(edit.start);
    const last = string.at(edit.end - 1);
    const from = source.lines.offset(start);
    const to = source.lines.offset(last) + 1;
    if (source.text.slice(from, to) !== string.value.slice(edit.start, edit.end)) return {};
    edits.push({
      file,
      line: start.line,
      column: start.column,
      endLine: last.line,
      endColumn: last.column + 1,
      text: edit.text,
    });
  }
  return { fix: { safe: fix.safe, edits } };
}
