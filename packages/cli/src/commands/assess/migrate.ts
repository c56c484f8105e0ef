/**
 * `usd1-milestones assess migrate FILE`: carries an assessment to a newer
 * rubric release (see migrate.ts in @usd1-milestones/assess), writes it
 * beside the original (or in place with --write), and reports what became
 * of every answer.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import { type Migration, migrateAssessment, migrateYaml, parseAssessment } from '@usd1-milestones/assess';
import { shownPath } from '@usd1-milestones/check';
import { compareVersions } from '@usd1-milestones/core/ids';
import { EXIT, UsageError } from '../../errors.js';
import { type CommandSpec, oneFile, parseOrHelp, stringOption } from '../../lib/args.js';
import { knownRubrics, readAssessmentFile } from '../../lib/assessment-file.js';
import { stylish } from '../../lib/format/stylish.js';
import { writeOutput } from '../../lib/output.js';

export const spec: CommandSpec = {
  name: 'assess migrate',
  operands: 'FILE',
  positionals: true,
  description: `Carries an assessment (YAML or JSON) to a newer rubric release: ids follow
\`replacedBy\` (moved, merged, split); an answer whose item changed meaning keeps
its status and gets a \`review\` saying why; an answer to an item retired
without a successor is kept under \`retired\`; the milestones and criteria added
since are listed as not assessed. Every answer of the input is accounted for
in the report. Comments and layout of the file are kept.`,
  options: {
    to: { type: 'string', value: 'VERSION', description: 'the release to migrate to', default: 'the newest' },
    out: {
      type: 'string',
      value: 'PATH',
      description: 'where to write the result',
      default: 'FILE-VERSION.yaml beside FILE',
    },
    write: { type: 'boolean', description: 'replace FILE itself' },
    format: {
      type: 'string',
      value: 'NAME',
      choices: ['markdown', 'json'],
      default: 'markdown',
      description: 'report format',
    },
  },
  exitCodes: '0 migrated, 1 the assessment has errors, 2 could not run',
};

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const path = oneFile(spec, positionals);
  const out = stringOption(values, 'out');
  if (out !== undefined && values.write) throw new UsageError('Give --out PATH or --write, not both');
  if (/\.csv$/i.test(path))
    throw new UsageError(
      '`assess migrate` rewrites YAML or JSON assessments; for a checklist, export a new one with `usd1-milestones export --format csv`',
    );
  const format = stringOption(values, 'format') ?? 'markdown';
  const cwd = process.cwd();
  const { releases, versions } = knownRubrics();
  const target = stringOption(values, 'to') ?? ([...releases.keys()].at(-1) as string);
  const to = releases.get(target);
  if (!to)
    throw new UsageError(`--to ${target} is not a frozen release; expected one of ${[...releases.keys()].join(', ')}`);

  const read = readAssessmentFile(cwd, path, versions);
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !read.assessment) {
    process.stdout.write(
      format === 'json' ? `${JSON.stringify({ problems: errors }, null, 2)}\n` : stylish(errors, false),
    );
    return EXIT.problems;
  }
  const fromVersion = read.assessment.rubricVersion;
  const from = releases.get(fromVersion);
  if (!from)
    throw new UsageError(
      `\`${path}\` names rubric ${fromVersion}, which is not a frozen release; it cannot be migrated`,
    );
  if (compareVersions(fromVersion, target) > 0)
    throw new UsageError(`\`${path}\` is on rubric ${fromVersion}, newer than ${target}; migrate goes forward only`);

  const migration = migrateAssessment(read.assessment, from, to);
  const text = read.text ?? '';
  const written = /\.json$/i.test(path)
    ? `${JSON.stringify(migration.assessment, null, /\n([ \t]+)"/.exec(text)?.[1] ?? 2)}\n`
    : migrateYaml(text, migration);
  // What is written must read back cleanly against the release it now names.
  const check = parseAssessment(written, read.file, to, {});
  const broken = check.problems.filter((p) => p.severity === 'error');
  if (broken.length > 0) {
    process.stderr.write(`Not written: the migrated file would not read back: ${broken[0]?.message}\n`);
    return EXIT.problems;
  }
  const destination = values.write
    ? read.absolute
    : resolve(cwd, out ?? join(dirname(path), `${basename(path, extname(path))}-${target}${extname(path) || '.yaml'}`));
  // --write replaces the assessment on purpose; --out never names it.
  writeOutput(destination, shownPath(cwd, destination), written, {
    protect: values.write ? [] : [[read.absolute, `the assessment \`${path}\` being migrated`]],
  });
  const shown = shownPath(cwd, destination);
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ file: read.file, written: shown, from: migration.from, to: migration.to, steps: migration.steps, notAssessed: migration.notAssessed, problems: [] }, null, 2)}\n`
      : migrationMarkdown(migration, read.file, shown),
  );
  return EXIT.ok;
}

/** The report: one row per answer of the input, then what the input could not have assessed. */
export function migrationMarkdown(migration: Migration, file: string, written: string): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const counts = new Map<string, number>();
  for (const s of migration.steps) counts.set(s.action, (counts.get(s.action) ?? 0) + 1);
  const lines = [
    `# \`${file}\`: rubric ${migration.from} → ${migration.to}`,
    '',
    `Written to \`${written}\`. ${migration.steps.length} answers: ${[...counts].map(([a, n]) => `${n} ${a}`).join(', ')}.`,
    '',
    '| Answer | Status | What happened | Now under | Why |',
    '|---|---|---|---|---|',
    ...migration.steps.map(
      (s) =>
        `| \`${s.id}\` | ${s.status ?? '(criteria)'} | ${s.action} | ${s.to.length === 0 ? '`retired`' : s.to.map((p) => `\`${p.criterion ?? p.milestone}\``).join(', ')} | ${cell(s.reason ?? '')} |`,
    ),
    '',
  ];
  if (migration.notAssessed.length > 0)
    lines.push(
      `## Not assessed: added since ${migration.from}`,
      '',
      ...migration.notAssessed.map((n) => `- ${cell(n.message)}`),
      '',
    );
  return `${lines.join('\n')}`;
}
