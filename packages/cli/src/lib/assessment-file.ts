/**
 * Reading one assessment file the user named, the same way for every `assess`
 * verb: YAML or JSON, or a filled-in CSV checklist; a missing file or a folder
 * is a usage error (exit 2), anything wrong inside it is a finding with its
 * position.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Assessment, parseAssessment, parseChecklist } from '@usd1-milestones/assess';
import { type Finding, isFolder, shownPath } from '@usd1-milestones/check';
import type { Rubric } from '@usd1-milestones/core';
import { loadReleases } from '@usd1-milestones/core/loader';
import { readText } from '@usd1-milestones/core/text';
import { rubric } from '@usd1-milestones/rubric';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { UsageError } from '../errors.js';

export interface AssessmentFile {
  /** As findings show it: relative to the working folder. */
  readonly file: string;
  readonly absolute: string;
  /** The file's bytes, for its digest; undefined when it could not be read. */
  readonly bytes: Buffer | undefined;
  readonly text: string | undefined;
  readonly assessment: Assessment | undefined;
  readonly problems: readonly Finding[];
}

/** The current rubric and every frozen release, by version: what an assessment may name. */
export function knownRubrics(): { current: Rubric; releases: Map<string, Rubric>; versions: string[] } {
  const current = rubric;
  const releases = new Map(loadReleases(releasesFolder).map((r) => [r.version, r]));
  return { current, releases, versions: [...new Set([...releases.keys(), current.version])] };
}

export function readAssessmentFile(cwd: string, path: string, versions: readonly string[]): AssessmentFile {
  const absolute = resolve(cwd, path);
  const file = shownPath(cwd, absolute);
  const read = readText(absolute, { kind: 'assessment files' });
  if (!read.ok) {
    if (read.message.endsWith('no such file or folder'))
      throw new UsageError(`Cannot read \`${path}\`: no such file or folder`);
    if (isFolder(absolute))
      throw new UsageError(`\`${path}\` is a folder; name the assessment files in it, such as ${path}/*.yaml`);
    return {
      file,
      absolute,
      bytes: undefined,
      text: undefined,
      assessment: undefined,
      problems: [{ file, ...read.position, ruleId: 'assessment-syntax', severity: 'error', message: read.message }],
    };
  }
  const data = rubric;
  // A spreadsheet checklist (export --format csv, filled in) reads like the YAML form.
  const parsed = path.toLowerCase().endsWith('.csv')
    ? parseChecklist(read.text, file, data, { versions })
    : parseAssessment(read.text, file, data, { versions });
  return {
    file,
    absolute,
    bytes: readFileSync(absolute),
    text: read.text,
    assessment: parsed.assessment,
    problems: parsed.problems,
  };
}
