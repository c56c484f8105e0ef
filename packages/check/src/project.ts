/**
 * The engine's one entry for a run: given paths (or none: the whole rubric
 * and the documentation) or in-memory documents, and a rubric, it returns
 * the findings. It owns the fast path (documentation that cannot hold a
 * finding is not parsed), the results cache, the worker threads and their
 * time limit. Every caller renders the same findings document.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, LoadResult } from '@usd1-milestones/core/loader';
import { deepestNesting } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import type { RubricLike, RuleLevels } from '@usd1-milestones/remark-rubric';
import type { CheckJob } from './check-worker.js';
import { builtWorker, DEFAULT_TIME_BUDGET, plainRubric } from './lib/budget.js';
import { CheckCache, type FileStamp, fileStamp, sha256 } from './lib/cache.js';
import { CONFIG_FILE } from './lib/config.js';
import { DeadlinePool, type Outcome } from './lib/deadline-pool.js';
import { CheckError } from './lib/errors.js';
import { collectFiles, isFolder, MARKDOWN } from './lib/files.js';
import { applyLevels } from './lib/levels.js';
import type { MarkdownResult } from './lib/markdown.js';
import { outcomeResult } from './lib/outcome.js';
import { compareFindings, type Finding, finding, shownPath } from './lib/result.js';

export interface CheckOptions {
  /** The folder paths are resolved from and findings are shown relative to. */
  readonly cwd: string;
  /** Files, folders or globs; left out (or empty), the whole rubric and the documentation. */
  readonly paths?: readonly string[];
  /** Documents held in memory (an editor's unsaved text), checked as files at these paths would be. */
  readonly documents?: readonly { readonly path: string; readonly text: string }[];
  /** A rubric source folder: loaded, checked and checked against. Left out: `rubric`. */
  readonly rubricDir?: string;
  /** The rubric to check against when there is no rubric folder (the data package's, usually). */
  readonly rubric?: RubricLike | (() => Promise<RubricLike>);
  /**
   * What identifies the rubric a `rubric` function loads, without loading it (the bytes of the data
   * package's module: {@link moduleFingerprint}), so that a warm run reads no rubric at all; without
   * it the rubric is loaded to key the cache.
   */
  readonly rubricKey?: string;
  /** The frozen releases, for a stale translation's diff; the version stamped on the loaded rubric. */
  readonly history?: LoadOptions['history'];
  readonly version?: string;
  /** The documentation checked with the whole rubric; default: ./docs when it exists. */
  readonly docs?: readonly string[];
  /** Rule levels, as usd1-milestones.json sets them. */
  readonly rules?: RuleLevels;
  /** Read and write the results cache (default: yes). */
  readonly cache?: boolean;
  /** Seconds one file may take. */
  readonly seconds?: number;
  /**
   * Skip documentation that cannot hold a finding without parsing it (default: yes). Off, every
   * file is parsed: the equivalence tests compare the two, and they must give the same findings.
   */
  readonly fastPath?: boolean;
  /** The version of the calling tool, part of what a cached result is keyed by. */
  readonly toolVersion?: string;
}

export interface CheckResult {
  /** Every finding, sorted by file and place, the rule levels applied. */
  readonly findings: readonly Finding[];
  /** The files checked, as given to the readers (absolute paths). */
  readonly files: readonly string[];
  /** The rubric folder as loaded, when there was one. */
  readonly loaded?: LoadResult;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const cwd = resolve(options.cwd);
  const levels = options.rules ?? {};
  const seconds = options.seconds ?? DEFAULT_TIME_BUDGET;
  const findings: Finding[] = [];
  const rubricDir = options.rubricDir === undefined ? undefined : resolve(cwd, options.rubricDir);
  let rubric: RubricLike | undefined;
  let loaded: LoadResult | undefined;
  // The loader (zod, yaml) loads only for a rubric folder: documentation checked against the
  // bundled rubric, warm, then costs little more than reading the files.
  const loader = rubricDir === undefined ? undefined : await import('@usd1-milestones/core/loader');
  if (rubricDir !== undefined && loader !== undefined) {
    const shown = options.rubricDir ?? rubricDir;
    if (!isFolder(rubricDir)) throw new CheckError(`Cannot read the rubric folder \`${shown}\`: no such folder`);
    if (!existsSync(join(rubricDir, 'rubric.yaml')) && !isFolder(join(rubricDir, 'milestones'))) {
      throw new CheckError(`\`${shown}\` is not a rubric folder: expected rubric.yaml and milestones/ in it`);
    }
    loaded = await loader.loadRubric(rubricDir, {
      ...(options.history ? { history: options.history } : {}),
      ...(options.version ? { version: options.version } : {}),
    });
    for (const p of loaded.problems) {
      findings.push({
        ...p,
        file: shownPath(cwd, p.file),
        ...(p.related ? { related: p.related.map((r) => ({ ...r, file: shownPath(cwd, r.file) })) } : {}),
      });
    }
    if (!loaded.rubric) return { findings: applyLevels(findings, levels).sort(compareFindings), files: [], loaded };
    rubric = loaded.rubric;
  }
  const rubricToUse = async (): Promise<RubricLike> => {
    if (rubric) return rubric;
    const given = typeof options.rubric === 'function' ? await options.rubric() : options.rubric;
    if (!given) throw new CheckError('No rubric to check against: give a rubric folder or a rubric');
    rubric = given;
    return given;
  };

  const milestonesDir = rubricDir === undefined ? undefined : join(rubricDir, 'milestones');
  const inMemory = new Map((options.documents ?? []).map((d) => [resolve(cwd, d.path), d.text]));
  const wholeRubric = (options.paths === undefined || options.paths.length === 0) && inMemory.size === 0;
  let files: string[];
  if (wholeRubric) {
    // The rubric's milestones when there is a rubric folder; in any project, the documentation:
    // the `docs` given, else ./docs when it exists (against the bundled rubric in a project
    // without one, as other repositories' CI runs it).
    const docs = options.docs ?? (isFolder(join(cwd, 'docs')) ? ['docs'] : []);
    if (milestonesDir === undefined && docs.length === 0) {
      throw new CheckError(
        `Nothing to check: no rubric/ folder, no \`docs\` list in ${CONFIG_FILE} and no docs/ folder here; give the paths to check, such as \`usd1-milestones check README.md\``,
      );
    }
    files = milestonesDir === undefined ? [] : collectFiles([relative(cwd, milestonesDir) || '.'], cwd, false);
    for (const path of collectFiles(docs, cwd, options.docs !== undefined)) if (!files.includes(path)) files.push(path);
  } else {
    files = options.paths && options.paths.length > 0 ? collectFiles(options.paths, cwd) : [];
    for (const path of inMemory.keys()) if (!files.includes(path)) files.push(path);
  }

  const jobs: Job[] = files.map((path) => ({
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

  // A cached result is only as good as the rubric it was checked against: keyed by its ids.
  const rubricIdentity = async () =>
    rubric === undefined && typeof options.rubric === 'function' && options.rubricKey !== undefined
      ? options.rubricKey
      : keyOf(await rubricToUse());
  const cache =
    options.cache === false
      ? undefined
      : CheckCache.open(cwd, cacheKey(options.toolVersion ?? '', levels, await rubricIdentity()));
  // Workers start only when a file is not in the cache.
  let pool: Promise<DeadlinePool<CheckJob, MarkdownResult>> | undefined;
  const startPool = async () =>
    new DeadlinePool<CheckJob, MarkdownResult>({
      script: builtWorker('check-worker.js', import.meta.url),
      seconds,
      workerData: { rubric: plainRubric(await rubricToUse()), cwd },
    });
  const cited = new Set<string>();
  try {
    const results = await Promise.all(
      jobs.map((job) =>
        checkOne(job, {
          cwd,
          cache,
          rubricDir,
          text: inMemory.get(job.path),
          fastPath: options.fastPath !== false,
          run: async (full) => {
            pool ??= startPool();
            return (await pool).run(full);
          },
        }),
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
    for (const item of unusedSources(rubric, cited, loaded, cwd)) findings.push(item);
  return {
    findings: applyLevels(findings, levels).sort(compareFindings),
    files: jobs.map((job) => job.path),
    ...(loaded ? { loaded } : {}),
  };
}

type Job = Omit<CheckJob, 'text' | 'file'>;

interface JobContext {
  readonly cwd: string;
  readonly cache: CheckCache | undefined;
  readonly rubricDir: string | undefined;
  /** The document's text when it is held in memory. */
  readonly text: string | undefined;
  readonly fastPath: boolean;
  readonly run: (job: CheckJob) => Promise<Outcome<MarkdownResult>>;
}

async function checkOne(job: Job, context: JobContext): Promise<MarkdownResult> {
  const { cwd, rubricDir } = context;
  const cache = context.text === undefined ? context.cache : undefined;
  const file = shownPath(cwd, job.path);
  const id = `${job.path}\u0000${job.kind}\u0000${job.rubricContent ? 'rubric' : 'docs'}`;
  // Documentation whose size, times and inode are as they were is not even read: a warm run of a large
  // tree is then one stat() per file. Rubric files are always read, to be sure they are still inside the folder.
  const stamp = cache && !job.rubricContent ? stampOf(job.path) : undefined;
  const unchanged = stamp && cache?.unchanged(id, stamp);
  if (unchanged) return unchanged;
  // Rubric files must really be inside the rubric folder; a link out of it is not followed.
  const read =
    context.text !== undefined
      ? ({ ok: true, text: context.text } as const)
      : readText(
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
    context.fastPath &&
    !deepestNesting(read.text) &&
    (await import('./lib/prefilter.js')).cannotHaveFindings(read.text)
  ) {
    const nothing = { findings: [], cited: [] };
    cache?.set(id, hash, nothing, stamp);
    return nothing;
  }
  const outcome = await context.run({ ...job, file, text: read.text });
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
function unusedSources(rubric: RubricLike, cited: ReadonlySet<string>, loaded: LoadResult, cwd: string): Finding[] {
  return rubric.sources
    .filter((s) => !cited.has(s.id))
    .flatMap((s) => {
      const place = loaded.locate('source', s.id);
      if (!place) return [];
      return [
        finding(
          shownPath(cwd, place.file),
          place.line,
          place.column,
          'citation-unused',
          `Source \`${s.id}\` is in the bibliography but no milestone cites it`,
        ),
      ];
    });
}

/** What a cached result depends on besides the file: the tool, the rule levels, the rubric. */
function cacheKey(toolVersion: string, levels: RuleLevels, rubric: unknown): string {
  return sha256(JSON.stringify([toolVersion, toolFingerprint(), levels, rubric]));
}

function keyOf(rubric: RubricLike): unknown {
  return [
    rubric.sources.map((s) => [s.id, s.number]),
    // Retirements too: a link to a retired id is a finding, with its successor as the fix.
    rubric.glossary.map((t) => [t.slug, t.term, t.aliases, t.status, t.replacedBy]),
    rubric.milestones.map((m) => [
      m.id,
      m.number,
      m.status,
      m.replacedBy,
      m.criteria?.map((c) => [c.id, c.status, c.replacedBy]),
    ]),
    rubric.frameworks?.map((f) => [f.id, f.items.map((i) => [i.id, i.status, i.replacedBy])]),
  ];
}

/**
 * The bytes of the code that produces results (the worker and the remark
 * plugin), so that a rebuilt tool never trusts results cached by an older
 * build of the same version.
 */
function toolFingerprint(): string {
  return [
    fileFingerprint(builtWorker('check-worker.js', import.meta.url).href),
    moduleFingerprint(() => import.meta.resolve('@usd1-milestones/remark-rubric'), import.meta.url),
  ].join(':');
}

/**
 * The hash of the module `resolve` finds, given by the caller, which knows the packages it depends
 * on; in a bundle (integrations/standalone), where every package is inside the bundle and none can
 * be resolved, the hash of `bundle`, the bundle's own file.
 */
export function moduleFingerprint(resolve: () => string, bundle: string): string {
  let url: string;
  try {
    url = resolve();
  } catch {
    url = bundle;
  }
  return fileFingerprint(url);
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
