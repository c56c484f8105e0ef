/**
 * `usd1-milestones check [paths...] [--rubric DIR] [--format stylish|json|github|sarif|markdown]
 *   [--report FORMAT=FILE,...] [--no-cache]`
 *
 * With no paths: the rubric's own files (through the loader) and its
 * milestone bodies, plus the docs sources. Exit 0 without errors, 1 with
 * errors, 2 when the command cannot run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from '@usd1-milestones/core/loader';
import { deepestNesting } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import type { RubricLike, RuleLevels } from '@usd1-milestones/remark-rubric';
import { DEFAULT_TIME_BUDGET, DeadlinePool, type Outcome, plainRubric } from '@usd1-milestones/remark-rubric/budget';
import type { CheckJob } from '../check-worker.js';
import { EXIT, UsageError } from '../errors.js';
import { type CommandSpec, helpText, parseCommand } from '../lib/args.js';
import { CheckCache, type FileStamp, fileStamp, sha256 } from '../lib/cache.js';
import { colorEnabled } from '../lib/color.js';
import { CONFIG_FILE, readConfig } from '../lib/config.js';
import { collectFiles, isFolder, MARKDOWN } from '../lib/files.js';
import { github } from '../lib/format/github.js';
import { json } from '../lib/format/json.js';
import { markdown } from '../lib/format/markdown.js';
import { sarif } from '../lib/format/sarif.js';
import { stylish } from '../lib/format/stylish.js';
import type { MarkdownResult } from '../lib/markdown.js';
import { outcomeResult } from '../lib/outcome.js';
import { writeOutput } from '../lib/output.js';
import { compareFindings, type Finding, finding, shownPath } from '../lib/result.js';
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

  const findings: Finding[] = [];
  // A rubric folder's rubric, once loaded; without one, the bundled rubric, loaded only if a file needs parsing.
  let rubric: RubricLike | undefined;
  let rubricDir = args.rubricDir === undefined ? undefined : resolve(cwd, args.rubricDir);
  if (rubricDir === undefined && isFolder(join(cwd, 'rubric'))) rubricDir = join(cwd, 'rubric');

  let loaded: LoadResult | undefined;
  // The loader (zod, yaml) loads only for a rubric folder: documentation checked against the
  // bundled rubric, warm, then costs little more than reading the files.
  const loader = rubricDir === undefined ? undefined : await import('@usd1-milestones/core/loader');
  if (rubricDir !== undefined && loader !== undefined) {
    if (!isFolder(rubricDir))
      throw new UsageError(`Cannot read the rubric folder \`${args.rubricDir}\`: no such folder`);
    if (!existsSync(join(rubricDir, 'rubric.yaml')) && !isFolder(join(rubricDir, 'milestones'))) {
      throw new UsageError(`\`${args.rubricDir}\` is not a rubric folder: expected rubric.yaml and milestones/ in it`);
    }
    // The releases hold the English that translations were made from, for a stale translation's diff.
    const { releasesFolder } = await import('@usd1-milestones/rubric/folder');
    loaded = await loader.loadRubric(rubricDir, { history: () => loader.loadReleases(releasesFolder) });
    for (const p of loaded.problems) {
      findings.push({
        ...p,
        file: shownPath(cwd, p.file),
        ...(p.related ? { related: p.related.map((r) => ({ ...r, file: shownPath(cwd, r.file) })) } : {}),
      });
    }
    if (!loaded.rubric) return finish(findings, args, version, []);
    rubric = loaded.rubric;
  }

  const rubricKey = sha256(
    JSON.stringify([
      version,
      toolFingerprint(),
      config.rules,
      rubric === undefined
        ? // The bundled rubric is a module: its bytes say whether it is the one the results were cached with.
          fileFingerprint(moduleUrl('@usd1-milestones/rubric'))
        : [
            rubric.sources.map((s) => [s.id, s.number]),
            rubric.glossary.map((t) => [t.slug, t.term, t.aliases]),
            rubric.milestones.map((m) => [m.id, m.number]),
          ],
    ]),
  );
  const cache = args.cache ? CheckCache.open(cwd, rubricKey) : undefined;

  const milestonesDir = rubricDir === undefined ? undefined : join(rubricDir, 'milestones');
  const wholeRubric = args.paths.length === 0;
  let files: string[];
  if (wholeRubric) {
    // The rubric's milestones when there is a rubric folder; in any project, the documentation:
    // usd1-milestones.json's `docs`, else ./docs when it exists (against the bundled rubric
    // in a project without one, as other repositories' CI runs it).
    const docs = config.docs ?? (isFolder(join(cwd, 'docs')) ? ['docs'] : []);
    if (milestonesDir === undefined && docs.length === 0) {
      throw new UsageError(
        `Nothing to check: no rubric/ folder, no \`docs\` list in ${CONFIG_FILE} and no docs/ folder here; give the paths to check, such as \`usd1-milestones check README.md\``,
      );
    }
    files = milestonesDir === undefined ? [] : collectFiles([relative(cwd, milestonesDir) || '.'], cwd, false);
    for (const path of collectFiles(docs, cwd, config.docs !== undefined)) if (!files.includes(path)) files.push(path);
  } else {
    files = collectFiles(args.paths, cwd);
  }

  const jobs: Omit<CheckJob, 'text' | 'file'>[] = files.map((path) => ({
    kind: 'markdown',
    path,
    rubricContent: milestonesDir !== undefined && isInside(milestonesDir, path),
  }));
  // The whole rubric also means the texts in its YAML files: titles, definitions, descriptions.
  if (wholeRubric && rubricDir !== undefined && loader !== undefined) {
    // Translated text gets every check English text gets: unsafe content, citations, links.
    const { RUBRIC_YAML_FILES, frameworkFiles, translationFiles } = loader;
    for (const name of [...RUBRIC_YAML_FILES, ...frameworkFiles(rubricDir), ...translationFiles(rubricDir)]) {
      const path = join(rubricDir, name);
      if (existsSync(path)) jobs.push({ kind: 'yaml', path, rubricContent: true });
    }
  }
  // Workers start only when a file is not in the cache.
  let pool: Promise<DeadlinePool<CheckJob, MarkdownResult>> | undefined;
  const startPool = async () =>
    new DeadlinePool<CheckJob, MarkdownResult>({
      script: new URL('./check-worker.js', import.meta.url),
      seconds: args.seconds,
      workerData: {
        rubric: plainRubric(rubric ?? (await import('@usd1-milestones/rubric')).rubric),
        cwd,
        rules: config.rules,
      },
    });
  const cited = new Set<string>();
  try {
    const results = await Promise.all(
      jobs.map((job) =>
        checkOne(
          job,
          cwd,
          cache,
          async (full) => {
            pool ??= startPool();
            return (await pool).run(full);
          },
          rubricDir,
        ),
      ),
    );
    results.forEach((result, i) => {
      for (const item of result.findings) findings.push(item);
      if (jobs[i]?.rubricContent) for (const key of result.cited) cited.add(key);
    });
  } finally {
    await (await pool)?.close();
  }
  cache?.save();

  if (wholeRubric && loaded && rubric)
    for (const item of unusedSources(rubric, cited, loaded, cwd, config.rules)) findings.push(item);
  return finish(
    findings,
    args,
    version,
    jobs.map((job) => job.path),
  );
}

async function checkOne(
  job: Omit<CheckJob, 'text' | 'file'>,
  cwd: string,
  cache: CheckCache | undefined,
  run: (job: CheckJob) => Promise<Outcome<MarkdownResult>>,
  rubricDir: string | undefined,
): Promise<MarkdownResult> {
  const file = shownPath(cwd, job.path);
  const id = `${job.path}\u0000${job.kind}\u0000${job.rubricContent ? 'rubric' : 'docs'}`;
  // Documentation whose size, times and inode are as they were is not even read: a warm run of a large
  // tree is then one stat() per file. Rubric files are always read, to be sure they are still inside the folder.
  const stamp = cache && !job.rubricContent ? stampOf(job.path) : undefined;
  const unchanged = stamp && cache?.unchanged(id, stamp);
  if (unchanged) return unchanged;
  // Rubric files must really be inside the rubric folder; a link out of it is not followed.
  const read = readText(
    job.path,
    job.rubricContent && rubricDir !== undefined
      ? { within: rubricDir, kind: 'rubric files' }
      : { kind: 'Markdown files' },
  );
  if (!read.ok) {
    return {
      findings: [finding(file, read.position.line, read.position.column, 'rubric-syntax', read.message)],
      cited: [],
    };
  }
  // Then the cache by content: hashing a file is cheaper than looking at it (a file touched but not changed).
  const hash = sha256(read.text);
  const cached = cache?.get(id, hash, stamp);
  if (cached) return cached;
  // Documentation that cannot hold a finding is not parsed at all (rubric text and MDX always are).
  if (
    job.kind === 'markdown' &&
    !job.rubricContent &&
    !/\.mdx$/i.test(job.path) &&
    process.env.USD1_MILESTONES_PARSE_ALL !== '1' &&
    !deepestNesting(read.text) &&
    (await import('../lib/prefilter.js')).cannotHaveFindings(read.text)
  ) {
    const nothing = { findings: [], cited: [] };
    cache?.set(id, hash, nothing, stamp);
    return nothing;
  }
  const outcome = await run({ ...job, file, text: read.text });
  // A timeout is not cached: a less loaded machine may manage it next time.
  if (outcome.status === 'done') cache?.set(id, hash, outcome.result, stamp);
  return outcomeResult(file, outcome);
}

/** The file's stamp as of now; none when it cannot be looked at (reading it then says why). */
function stampOf(path: string): FileStamp | undefined {
  const readAt = Date.now();
  try {
    const info = statSync(path);
    return info.isFile() ? fileStamp(info, readAt) : undefined;
  } catch {
    return undefined;
  }
}

/** Bibliography entries that no rubric text cites, reported where sources.yaml defines them (the loader knows where). */
function unusedSources(
  rubric: RubricLike,
  cited: ReadonlySet<string>,
  loaded: LoadResult,
  cwd: string,
  levels: RuleLevels,
): Finding[] {
  const level = levels['citation-unused'];
  if (level === 'off') return [];
  return rubric.sources
    .filter((s) => !cited.has(s.id))
    .flatMap((s) => {
      const place = loaded.locate('source', s.id);
      if (!place) return [];
      const found = finding(
        shownPath(cwd, place.file),
        place.line,
        place.column,
        'citation-unused',
        `Source \`${s.id}\` is in the bibliography but no milestone cites it`,
      );
      return [level === undefined ? found : { ...found, severity: level === 'error' ? 'error' : 'warning' }];
    });
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
          ? markdown(findings, checked)
          : stylish(findings, color);
}

/** Prints the findings, writes the `--report` files, and gives the exit code. `checked`: the files checked. */
function finish(findings: Finding[], args: Args, version: string, checked: readonly string[]): number {
  const { format } = args;
  findings.sort(compareFindings);
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
  return {
    paths: positionals,
    rubricDir: values.rubric as string | undefined,
    format: (values.format ?? 'stylish') as Format,
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

/**
 * The bytes of the code that produces results (this command's worker and the
 * remark plugin), so that a rebuilt tool never trusts results cached by an
 * older build of the same version.
 */
function toolFingerprint(): string {
  return [new URL('./check-worker.js', import.meta.url).href, moduleUrl('@usd1-milestones/remark-rubric')]
    .map(fileFingerprint)
    .join(':');
}

/**
 * Where a package's module is; in the standalone bundle (integrations/standalone), where every
 * package is inside the bundle and none can be resolved, the bundle's own file.
 */
function moduleUrl(specifier: string): string {
  try {
    return import.meta.resolve(specifier);
  } catch {
    return import.meta.url;
  }
}

/** The hash of the file at a module URL (the URL itself when it cannot be read). */
function fileFingerprint(url: string): string {
  try {
    return sha256(readFileSync(fileURLToPath(url)));
  } catch {
    return url;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && MARKDOWN.test(path);
}
