/**
 * `npm run generate` (at the root, or here): load rubric/, check it with the
 * check engine (refusing what `usd1-milestones check` refuses), and
 * write this package's generated files: the typed data and its types,
 * rubric.json, schema.json, each translation (i18n/<lang>.json and the typed
 * module of @usd1-milestones/rubric/i18n/<lang>), and each release's exports
 * in exports/<version>/, and the repository's CITATION.cff (the newest
 * release's). `--check` writes nothing and exits 1 when a committed
 * file is stale. `--rubric DIR` reads another rubric folder; `--package DIR`
 * writes into another copy of this package (its package.json and releases/
 * must be there; the site's dev-server test uses one).
 *
 * `--build` is how the package's build runs it (so an edit in rubric/ reaches
 * the site without a manual step): it writes, except in CI (`CI` set), where
 * it checks, so that committed files that are stale fail the run instead of
 * being quietly regenerated.
 *
 * Where the rubric and this package live is known here, and only here: core
 * computes the files from the data it is given.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CheckError, check } from '@usd1-milestones/check';
import { exportFiles, exportFormats, exportRubric } from '@usd1-milestones/core/export';
import { generateFiles } from '@usd1-milestones/core/generate';
import { loadReleases, releaseDate, releaseTranslationChanges } from '@usd1-milestones/core/loader';
import { formatProblem } from '@usd1-milestones/core/rules';

/** This package, and the rubric folder at the repository's root. */
const thisPackage = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRubric = resolve(thisPackage, '../../rubric');

async function main(): Promise<number> {
  let values: { check?: boolean; build?: boolean; rubric?: string; package?: string };
  try {
    ({ values } = parseArgs({
      options: {
        check: { type: 'boolean' },
        build: { type: 'boolean' },
        rubric: { type: 'string' },
        package: { type: 'string' },
      },
    }));
    if (values.build && process.env.CI) values.check = true;
  } catch (error) {
    console.error(`generate: ${(error as Error).message}`);
    return 2;
  }
  const packageDir = resolve(values.package ?? thisPackage);
  const rubricDir = resolve(values.rubric ?? repositoryRubric);
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  // The engine checks the rubric as `usd1-milestones check` does (its files, every text in them, the
  // editorial rules), so nothing `check` refuses is ever written into the data.
  let checked: Awaited<ReturnType<typeof check>>;
  try {
    checked = await check({
      cwd: process.cwd(),
      rubricDir,
      docs: [],
      cache: false,
      version,
      history: () => loadReleases(join(packageDir, 'releases')),
    });
  } catch (error) {
    console.error(`generate: ${error instanceof CheckError ? error.message : String(error)}`);
    return 2;
  }
  const { findings, loaded } = checked;
  for (const found of findings) console.error(formatProblem(found));
  const rubric = loaded?.rubric;
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (!rubric || !loaded || errors > 0) {
    console.error(
      `generate: ${errors} error(s) in ${relative(process.cwd(), rubricDir) || '.'} (as \`usd1-milestones check\` reports them); nothing written`,
    );
    return 1;
  }
  const { translations } = loaded;
  const releasesDir = join(packageDir, 'releases');
  const releases = loadReleases(releasesDir);
  // Every release also as the files people use elsewhere: exports/<version>/oscal-catalog.json, oscal-mapping-<framework>.json, checklist.csv, ...
  const exports = Object.fromEntries(
    releases.flatMap((release, i) =>
      exportFormats
        .filter((format) => format.perRelease)
        .flatMap((format) =>
          exportFiles(release, format).map(({ fileName, framework }) => [
            `exports/${release.version}/${fileName}`,
            exportRubric(release, format.id, releaseDate(releasesDir, release.version), {
              previous: releases[i - 1] ?? null,
              translations: releaseTranslationChanges(releasesDir, release.version, releases[i - 1]?.version),
              ...(framework === undefined ? {} : { framework }),
            }),
          ]),
        ),
    ),
  );
  // The repository's CITATION.cff (GitHub's "Cite this repository") is the newest release's.
  const newest = releases.at(-1);
  const citation =
    packageDir === thisPackage && newest
      ? { '../../CITATION.cff': exportRubric(newest, 'cff', releaseDate(releasesDir, newest.version)) }
      : {};
  const stale: string[] = [];
  const files = { ...generateFiles(rubric, releases, translations), ...exports, ...citation };
  for (const [path, contents] of Object.entries(files)) {
    const target = join(packageDir, path);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === contents) continue;
    stale.push(path);
    if (!values.check) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, contents);
    }
  }
  if (values.check && stale.length > 0) {
    console.error(`generate: stale generated files: ${stale.join(', ')}; run \`npm run generate\` and commit them`);
    return 1;
  }
  console.log(stale.length === 0 ? 'generate: up to date' : `generate: wrote ${stale.join(', ')}`);
  return 0;
}

process.exitCode = await main();
