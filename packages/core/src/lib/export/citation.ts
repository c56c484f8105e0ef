/**
 * How to cite the rubric itself (not its sources, which are `cslJson`): one
 * version, dated by its release, as CSL-JSON, as BibTeX and as a Citation
 * File Format 1.2.0 file (`CITATION.cff`, the file GitHub reads for its "Cite
 * this repository" box). The three say the same: title, version, date,
 * author and address. Nothing here reads the clock.
 */
import { repositoryUrl } from '../rules.js';
import type { Rubric } from '../schemas.js';

/** Who the rubric is by: the project, as a group author. */
export const RUBRIC_AUTHOR = 'USD1 milestones project';

/** The id a citation of this version goes by: `usd1-milestones-1.4.0`. */
export const citationKey = (version: string): string => `usd1-milestones-${version}`;

/** `2026-12-02` from a release date-time such as `2026-12-02T02:47:40Z`. */
function releaseDay(releasedAt: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(releasedAt)?.[0];
  if (!day) throw new Error(`Expected a release date such as 2026-12-02T02:47:40Z, not \`${releasedAt}\``);
  return day;
}

/** The rubric as one CSL-JSON item (in an array, as citation tools import a file). */
export function rubricCslJson(rubric: Rubric, releasedAt: string): object[] {
  const [year, month, day] = releaseDay(releasedAt).split('-').map(Number);
  return [
    {
      id: citationKey(rubric.version),
      type: 'standard',
      title: rubric.title,
      version: rubric.version,
      author: [{ literal: RUBRIC_AUTHOR }],
      publisher: RUBRIC_AUTHOR,
      issued: { 'date-parts': [[year, month, day]] },
      URL: repositoryUrl,
    },
  ];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The rubric as a BibTeX `@manual` entry (biblatex reads `version` and `date` as well). */
export function rubricBibtex(rubric: Rubric, releasedAt: string): string {
  const day = releaseDay(releasedAt);
  const [year, month] = day.split('-').map(Number) as [number, number];
  const fields: [string, string][] = [
    // Double braces: a group author, which BibTeX must not split into first and last names.
    ['author', `{${bibtexText(RUBRIC_AUTHOR)}}`],
    ['title', bibtexText(rubric.title)],
    ['edition', `Version ${bibtexText(rubric.version)}`],
    ['version', bibtexText(rubric.version)],
    ['organization', bibtexText(RUBRIC_AUTHOR)],
    ['year', String(year)],
    ['month', MONTHS[month - 1] ?? ''],
    ['date', day],
    ['url', repositoryUrl],
  ];
  const body = fields
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(',\n');
  return `@manual{${citationKey(rubric.version)},\n${body}\n}\n`;
}

/** Text inside a BibTeX field: the characters TeX reads as commands, escaped. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\textasciicircum{}';
    if (c === '~') return '\\textasciitilde{}';
    return `\\${c}`;
  });
}

/**
 * The rubric as a CITATION.cff (Citation File Format 1.2.0). Strings are
 * written as JSON strings, which YAML reads as double-quoted scalars.
 */
export function rubricCff(rubric: Rubric, releasedAt: string): string {
  const q = (text: string) => JSON.stringify(text);
  return [
    'cff-version: 1.2.0',
    `message: ${q('To cite this rubric, name the version you used, as below.')}`,
    'type: dataset',
    `title: ${q(rubric.title)}`,
    `version: ${q(rubric.version)}`,
    `date-released: ${q(releaseDay(releasedAt))}`,
    'authors:',
    `  - name: ${q(RUBRIC_AUTHOR)}`,
    `abstract: ${q(rubric.description)}`,
    `repository-code: ${q(repositoryUrl)}`,
    'license: MIT',
    'keywords:',
    ...['stablecoins', 'maturity model', 'rubric'].map((k) => `  - ${q(k)}`),
    '',
  ].join('\n');
}
