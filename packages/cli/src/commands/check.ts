/**
 * `usd1-milestones check [paths...] [--rubric DIR] [--format stylish|json|github|sarif|markdown]
 *   [--report FORMAT=FILE,...] [--no-cache] [--fix | --fix-dry-run]`
 *
 * The engine (@usd1-milestones/check) finds; this command reads its flags and
 * the project's settings, and prints the findings in the formats asked for.
 * Exit 0 without errors, 1 with errors, 2 when the command cannot run.
 */
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  applySafeFixes,
  type CheckOptions,
  type CheckResult,
  check,
  DEFAULT_TIME_BUDGET,
  type Finding,
  isFolder,
  moduleFingerprint,
  readConfig,
  unifiedDiff,
} from '@usd1-milestones/check';
import type { Rubric } from '@usd1-milestones/rubric';
import { EXIT, UsageError } from '../errors.js';
import { type CommandSpec, helpText, parseCommand } from '../lib/args.js';
import { colorEnabled } from '../lib/color.js';
import { github } from '../lib/format/github.js';
import { json } from '../lib/format/json.js';
import { markdown } from '../lib/format/markdown.js';
import { sarif } from '../lib/format/sarif.js';
import { stylish } from '../lib/format/stylish.js';
import { writeOutput } from '../lib/output.js';
import { version } from '../version.js';

const formats = ['stylish', 'json', 'github', 'sarif', 'markdown'] as const;
type Format = (typeof formats)[number];

export const spec: CommandSpec = {
  name: 'check',
  operands: '[paths...]',
  positionals: true,
  description: `Checks citations ([@key], and [n] against a document's Sources list),
glossary:slug links and milestone:id links against the rubric.

With no paths, checks the rubric itself (rubric/, all its files and every text
in them, its translations included) and the documentation: usd1-milestones.json's
"docs" list, else ./docs. Paths may be files, folders (their .md/.mdx files) or
globs; .gitignore is respected. Rule levels are set in usd1-milestones.json too
({"rules": {"citation-unused": "off"}}).`,
  options: {
    rubric: {
      type: 'string',
      value: 'DIR',
      description: 'check against the rubric in DIR',
      default: './rubric if it exists, else the rubric bundled with the tool',
    },
    format: { type: 'string', value: 'NAME', choices: formats, default: 'stylish', description: 'output format' },
    report: {
      type: 'string',
      value: 'FORMAT=FILE[,...]',
      description:
        'also write the same findings in other formats, from this one run (github=annotations.txt,sarif=out.sarif)',
    },
    'no-cache': { type: 'boolean', description: 'do not read or write the results cache' },
    fix: {
      type: 'boolean',
      description: 'apply the safe fixes in place, then report what remains (suggestions are never applied)',
    },
    'fix-dry-run': {
      type: 'boolean',
      description: 'print a unified diff of what --fix would write, and write nothing',
    },
    'time-budget': {
      type: 'string',
      value: 'SECONDS',
      default: String(DEFAULT_TIME_BUDGET),
      description: 'seconds one file may take before it is reported as not checked',
    },
  },
  exitCodes: '0 no errors (warnings allowed), 1 errors found, 2 could not run',
};

export const help = helpText(spec);

interface Args {
  readonly paths: string[];
  readonly rubricDir: string | undefined;
  readonly format: Format;
  /** `--report`: more formats of the same findings, each to its file. */
  readonly reports: readonly { readonly format: Format; readonly file: string }[];
  readonly cache: boolean;
  readonly seconds: number;
  /** `--fix` writes the safe fixes; `--fix-dry-run` shows them as a diff. */
  readonly fix: 'write' | 'show' | undefined;
  readonly help: boolean;
}

export async function run(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (args.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const config = await readConfig(cwd);
  // A project's own rubric folder is checked and checked against; without one, the rubric this tool bundles.
  const rubricDir = args.rubricDir ?? (isFolder(join(cwd, 'rubric')) ? 'rubric' : undefined);
  const options: CheckOptions = {
    cwd,
    ...(args.paths.length > 0 ? { paths: args.paths } : {}),
    ...(rubricDir === undefined
      ? {
          // Loaded only if a file needs parsing: a warm run of documentation reads no rubric at all;
          // its module's bytes say which rubric the cached results were checked against.
          rubric: async () => (await import('@usd1-milestones/rubric')).rubric,
          rubricKey: moduleFingerprint(() => import.meta.resolve('@usd1-milestones/rubric'), import.meta.url),
        }
      : { rubricDir, history: await releases() }),
    ...(config.docs ? { docs: config.docs } : {}),
    rules: config.rules,
    cache: args.cache,
    seconds: args.seconds,
    // Every file parsed, for comparing the shortcut with a full parse on a corpus (bench:check).
    fastPath: process.env.USD1_MILESTONES_PARSE_ALL !== '1',
    toolVersion: version,
  };
  const result = await check(options);
  if (args.fix === undefined) return finish(result.findings, args, version, result.files);
  return fix(result, options, args);
}

/**
 * `--fix` and `--fix-dry-run`: the safe fixes of one run, applied once. `--fix` writes them and
 * checks again, so what it reports (and the exit code) is what remains; `--fix-dry-run` prints the
 * diff, and its exit code is that of the findings with no safe fix (checking the fixed files could
 * find fewer: a translation that differed only by a fixed link agrees again).
 */
async function fix(result: CheckResult, options: CheckOptions, args: Args): Promise<number> {
  const cwd = options.cwd;
  const files = applySafeFixes(result.findings, (file) => readFileSync(resolve(cwd, file), 'utf8'));
  const fixed = new Set(files.flatMap((f) => f.fixed));
  const count = `${plural(fixed.size, 'finding')} in ${plural(files.length, 'file')}`;
  if (args.fix === 'show') {
    process.stdout.write(unifiedDiff(files));
    const remaining = result.findings.filter((f) => !fixed.has(f));
    process.stderr.write(
      `usd1-milestones check --fix-dry-run: --fix would repair ${count}; ${plural(remaining.length, 'other finding')} ${remaining.length === 1 ? 'has' : 'have'} no safe fix\n`,
    );
    return remaining.some((f) => f.severity === 'error') ? EXIT.problems : EXIT.ok;
  }
  // Refused before anything is written: a symbolic link could lead out of the project.
  for (const file of files)
    if (lstatSync(resolve(cwd, file.file)).isSymbolicLink())
      throw new UsageError(`\`${file.file}\` is a symbolic link; --fix writes only regular files, and wrote nothing`);
  for (const file of files) writeFileSync(resolve(cwd, file.file), file.after);
  if (files.length > 0) process.stderr.write(`usd1-milestones check --fix: repaired ${count}\n`);
  const again = files.length > 0 ? await check(options) : result;
  return finish(again.findings, args, version, again.files);
}

/**
 * How the count of fixable findings names the fix: a wrapper sets USD1_MILESTONES_FIX_COMMAND to
 * the way its users run it (the pre-commit hook: its fix hook); else `usd1-milestones check --fix`.
 * Printable characters only: it is shown as it is.
 */
function fixCommand(): string | undefined {
  const command = process.env.USD1_MILESTONES_FIX_COMMAND;
  return command && /^[\x20-\x7e]{1,200}$/.test(command) && !command.includes('`') ? command : undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The releases the tool bundles, which hold the English translations were made from (a stale translation's diff). */
async function releases(): Promise<() => readonly Rubric[]> {
  const [{ loadReleases }, { releasesFolder }] = await Promise.all([
    import('@usd1-milestones/core/loader'),
    import('@usd1-milestones/rubric/folder'),
  ]);
  return () => loadReleases(releasesFolder);
}

/** The findings in one format. */
function render(
  findings: readonly Finding[],
  format: Format,
  version: string,
  checked: number,
  color: boolean,
): string {
  return format === 'json'
    ? json(findings)
    : format === 'github'
      ? github(findings)
      : format === 'sarif'
        ? sarif(findings, version)
        : format === 'markdown'
          ? markdown(findings, checked, fixCommand())
          : stylish(findings, color, fixCommand());
}

/** Prints the findings, writes the `--report` files, and gives the exit code. `checked`: the files checked. */
function finish(findings: readonly Finding[], args: Args, version: string, checked: readonly string[]): number {
  const { format } = args;
  // Every other format the caller asked for, from these same findings: one run, several outputs,
  // never written over a file this run checked.
  const protect = checked.map((path) => [path, 'a file this check reads'] as const);
  for (const report of args.reports)
    writeOutput(
      resolve(process.cwd(), report.file),
      report.file,
      render(findings, report.format, version, checked.length, false),
      { protect },
    );
  const color = format === 'stylish' && colorEnabled(process.stdout);
  process.stdout.write(render(findings, format, version, checked.length, color));
  // A clean run still says what it did, on stderr, so that a log never ends in silence.
  if (format === 'stylish' && findings.length === 0) {
    process.stderr.write(
      `usd1-milestones check: ${checked.length} file${checked.length === 1 ? '' : 's'} checked, no problems\n`,
    );
  }
  return findings.some((f) => f.severity === 'error') ? EXIT.problems : EXIT.ok;
}

function parse(argv: string[]): Args {
  const { values, positionals } = parseCommand(spec, argv);
  for (const path of positionals) if (path === '') throw new UsageError('An empty path was given');
  const budget = values['time-budget'];
  const seconds = budget === undefined ? DEFAULT_TIME_BUDGET : Number(budget);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(
      `\`--time-budget\` takes a number of seconds greater than 0 and at most 3600, not \`${budget}\``,
    );
  }
  if (values.fix && values['fix-dry-run'])
    throw new UsageError('`--fix` and `--fix-dry-run` exclude each other: the dry run writes nothing');
  const format = (values.format ?? 'stylish') as Format;
  if (values['fix-dry-run'] && (format !== 'stylish' || values.report !== undefined))
    throw new UsageError(
      '`--fix-dry-run` prints a unified diff and takes no `--format` or `--report`; run `--format json` without it for the findings and their fixes',
    );
  return {
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'show' : undefined,
    paths: positionals,
    rubricDir: values.rubric as string | undefined,
    format,
    reports: parseReports(values.report as string | undefined),
    cache: !values['no-cache'],
    seconds,
    help: values.help === true,
  };
}

/** `--report github=a.txt,sarif=b.sarif`: each format once, each to a file of its own. */
function parseReports(value: string | undefined): Args['reports'] {
  if (value === undefined) return [];
  const reports = value.split(',').map((part) => {
    const at = part.indexOf('=');
    const format = part.slice(0, at).trim();
    const file = part.slice(at + 1).trim();
    if (at < 0 || file === '')
      throw new UsageError(
        `--report expects FORMAT=FILE pairs separated by commas, such as sarif=out.sarif, not \`${part}\``,
      );
    if (!(formats as readonly string[]).includes(format))
      throw new UsageError(`Unknown --report format \`${format}\`; expected one of: ${formats.join(', ')}`);
    return { format: format as Format, file };
  });
  const files = reports.map((r) => resolve(r.file));
  if (new Set(files).size !== files.length) throw new UsageError('--report names the same file twice');
  return reports;
}
