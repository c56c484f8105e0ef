/**
 * A rubric from wherever a diff needs it: a folder (loaded and validated), a
 * frozen release file (JSON), or a git ref (its rubric/ folder, extracted with
 * `git archive`). Anything that cannot be read is a UsageError with one line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { type Rubric, rubricSchema } from '@usd1-milestones/core';
import type { TranslationStrings } from '@usd1-milestones/core/diff';
import { releaseTranslations as frozenTranslations, loadRubric, releaseVersions } from '@usd1-milestones/core/loader';
import { formatProblem } from '@usd1-milestones/core/rules';
import { readText } from '@usd1-milestones/core/text';
import { parseShape } from '@usd1-milestones/core/yaml';
import { releasesFolder } from '@usd1-milestones/rubric/folder';
import { UsageError } from '../errors.js';

export interface LoadedRubric {
  readonly label: string;
  readonly rubric: Rubric;
  /** Its translations: a folder's translations/, or a release file's releases/i18n/<version>/. */
  readonly translations: readonly TranslationStrings[];
}

export async function rubricFrom(spec: string, cwd: string): Promise<LoadedRubric> {
  const path = resolve(cwd, spec);
  if (existsSync(path) && statSync(path).isDirectory()) return { label: spec, ...(await fromFolder(path, spec)) };
  if (existsSync(path) && statSync(path).isFile())
    return { label: spec, rubric: fromReleaseFile(path, spec), translations: releaseTranslations(path) };
  // A release by its version (`1.2.0`), as releases are named: its frozen file in the data package.
  const release = join(releasesFolder, `${spec}.json`);
  if (/^\d+\.\d+\.\d+$/.test(spec) && existsSync(release))
    return { label: spec, rubric: fromReleaseFile(release, spec), translations: releaseTranslations(release) };
  return { label: spec, ...(await fromGitRefWithTranslations(spec, cwd)) };
}

/** The translations frozen with a release file: releases/i18n/<version>/<lang>.json beside releases/<version>.json. */
export function releaseTranslations(releaseFile: string): TranslationStrings[] {
  return frozenTranslations(dirname(releaseFile), basename(releaseFile).replace(/\.json$/, ''));
}

/** The newest frozen release shipped with @usd1-milestones/rubric. */
export function latestRelease(): { label: string; path: string } {
  const latest = releaseVersions(releasesFolder).pop();
  if (!latest) throw new UsageError('No frozen release found in @usd1-milestones/rubric/releases; pass --from');
  return { label: latest, path: join(releasesFolder, `${latest}.json`) };
}

export function fromReleaseFile(path: string, label: string): Rubric {
  const read = readText(path, { kind: 'rubric files' });
  if (!read.ok) throw new UsageError(`Cannot read \`${label}\` as a rubric release file: ${read.message}`);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new UsageError(`Cannot read \`${label}\` as a rubric release file: ${(error as Error).message}`);
  }
  const result = parseShape(rubricSchema, data);
  if (!result.success) {
    if ('overflow' in result) throw new UsageError(`\`${label}\` is not a rubric release file`);
    const issue = result.issues[0];
    throw new UsageError(
      `\`${label}\` is not a rubric release file: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    );
  }
  return result.data as Rubric;
}

/** How a broken rubric is reported: its files' names as the reader knows them, and what to run to see every problem. */
interface Reporting {
  readonly fileName: (file: string) => string;
  readonly fix: string;
}

async function fromFolder(
  path: string,
  label: string,
  version = label,
  reporting?: Reporting,
): Promise<{ rubric: Rubric; translations: TranslationStrings[] }> {
  const { rubric, problems, translations } = await loadRubric(path, { version });
  const errors = problems.filter((p) => p.severity === 'error');
  if (!rubric || errors.length > 0) {
    const first = errors[0];
    const fileName = reporting?.fileName ?? ((file: string) => relative(process.cwd(), file));
    throw new UsageError(
      `The rubric in \`${label}\` has ${errors.length} problem(s), first ${first ? formatProblem({ ...first, file: fileName(first.file) }) : 'unknown'}; ${reporting?.fix ?? `run \`usd1-milestones check --rubric ${label}\``}`,
    );
  }
  return {
    rubric,
    translations: translations.map((t) => ({
      lang: t.lang,
      strings: Object.fromEntries(
        Object.entries(t.strings).map(([key, x]) => [key, { text: x.text, source: x.source }]),
      ),
    })),
  };
}

/** The rubric/ folder of the repository at `ref`. */
export async function fromGitRef(ref: string, cwd: string): Promise<Rubric> {
  return (await fromGitRefWithTranslations(ref, cwd)).rubric;
}

export async function fromGitRefWithTranslations(
  ref: string,
  cwd: string,
): Promise<{ rubric: Rubric; translations: TranslationStrings[] }> {
  assertRef(ref);
  const top = git(['rev-parse', '--show-toplevel'], cwd, 'this is not inside a git repository').trim();
  git(
    ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
    cwd,
    `\`${ref}\` is not a folder, a release file or a git ref`,
  );
  const rubricPath = relative(top, resolve(cwd, 'rubric')).split('\\').join('/') || 'rubric';
  const temporary = mkdtempSync(join(tmpdir(), 'usd1-rubric-ref-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', rubricPath], {
      cwd: top,
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', temporary], { input: archive });
  } catch {
    rmSync(temporary, { recursive: true, force: true });
    throw new UsageError(`\`${ref}\` has no \`${rubricPath}/\` folder`);
  }
  try {
    // The extracted copy is deleted before the message is read: name files as git does (`ref:path`),
    // and suggest a checkout of the ref that stays, where `check` can run.
    const folder = `../rubric-at-${ref.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    return await fromFolder(join(temporary, rubricPath), ref, ref, {
      fileName: (file) => `${ref}:${relative(temporary, file).split('\\').join('/')}`,
      fix: `to see every problem, check it out and run the checker there: \`git worktree add ${folder} ${ref}\`, then \`usd1-milestones check --rubric ${folder}/${rubricPath}\``,
    });
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/**
 * A ref that starts with `-` would reach git as an option (`--octopus` made
 * merge-base answer for a different question), so it is refused outright.
 */
export function assertRef(ref: string): void {
  if (ref.startsWith('-') || [...ref].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new UsageError(`\`${ref}\` is not a git ref: a ref cannot start with \`-\` or hold control characters`);
  }
}

export function git(args: string[], cwd: string, failure: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new UsageError(failure);
  }
}
