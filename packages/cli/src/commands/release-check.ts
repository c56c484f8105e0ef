import readChangesets from '@changesets/read';
import {
  type Bump,
  compareBumps,
  diffRubrics,
  diffTranslations,
  maxBump,
  type TranslationStrings,
} from '@usd1-milestones/core/diff';
import { EXIT, UsageError } from '../errors.js';
import { type CommandSpec, helpText, parseOrHelp } from '../lib/args.js';
import { printableLines } from '../lib/printable.js';
import { assertRef, fromGitRefWithTranslations, git, rubricFrom } from '../lib/rubric-source.js';

const PACKAGE = '@usd1-milestones/rubric';

export const spec: CommandSpec = {
  name: 'release-check',
  operands: '',
  positionals: false,
  description: `Fails when rubric/ changed since the base branch and no changeset that this
change adds to .changeset/ asks for a release of ${PACKAGE} at least as large as
the change requires (see \`usd1-milestones diff\`); and when this change adds a
changeset for ${PACKAGE} but rubric/'s data did not change, since a release of
the rubric is a change of its data. Changesets already pending on the base do
not count either way.`,
  options: {
    base: {
      type: 'string',
      value: 'REF',
      description: 'what the change is compared with',
      default: 'origin/$GITHUB_BASE_REF in GitHub Actions, else main',
    },
  },
  exitCodes: '0 fine, 1 a changeset is missing or too small, 2 could not run',
};

export const help = helpText(spec);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const cwd = process.cwd();
  const base =
    (values.base as string | undefined) ??
    (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : 'main');
  assertRef(base);
  git(['rev-parse', '--show-toplevel'], cwd, 'release-check needs a git repository');
  const mergeBase = git(
    ['merge-base', base, 'HEAD'],
    cwd,
    `Cannot find the base \`${base}\`: fetch it or pass --base`,
  ).trim();
  const changed = [
    ...git(['diff', '--name-only', mergeBase, '--', 'rubric'], cwd, 'git diff failed').split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard', '--', 'rubric'], cwd, 'git ls-files failed').split('\n'),
  ].filter(Boolean);
  // Only this change's own changesets count: one pending on the base (a tool's release, or
  // another change's) says nothing about this change.
  const own = new Set(
    [
      ...git(['diff', '--name-only', '--diff-filter=A', mergeBase, '--', '.changeset'], cwd, 'git diff failed').split(
        '\n',
      ),
      ...git(['ls-files', '--others', '--exclude-standard', '--', '.changeset'], cwd, 'git ls-files failed').split(
        '\n',
      ),
    ].filter((f) => f.endsWith('.md')),
  );
  const before = changed.length === 0 ? undefined : await fromGitRefWithTranslations(mergeBase, cwd);
  const after = changed.length === 0 ? undefined : await rubricFrom('rubric', cwd);
  const rubricDiff = before && after ? diffRubrics(before.rubric, after.rubric) : undefined;
  // A translation added or changed is a change of the data package too: a patch at most.
  const translationBump = before && after ? translationsBump(before.translations, after.translations) : 'none';
  const diff =
    rubricDiff === undefined
      ? undefined
      : { ...rubricDiff, bump: maxBump(rubricDiff.bump, translationBump), translationBump };
  if (diff === undefined || (diff.bump === 'none' && diff.errors.length === 0)) {
    // A release of the rubric is a change of its data: a changeset that asks for one without it
    // would publish the same rubric under a new version.
    const { bump: asked, files } = await changesetBump(cwd, own);
    if (asked !== 'none') {
      say(
        `release-check: ${files.join(', ')} ask${files.length === 1 ? 's' : ''} for a ${asked} release of ${PACKAGE}, but rubric/'s data did not change since ${base}. ` +
          'A release of the rubric is a change of its data: name the package whose code changed (such as @usd1-milestones/core or @usd1-milestones/cli) instead.\n',
      );
      return EXIT.problems;
    }
  }
  if (diff === undefined) {
    say(`release-check: rubric/ is unchanged since ${base}; no changeset needed.\n`);
    return EXIT.ok;
  }

  if (diff.errors.length > 0) {
    say(
      `release-check: ${diff.errors.length} id(s) removed without a retired stub:\n${diff.errors.map((e) => `  - ${e}\n`).join('')}`,
    );
    return EXIT.problems;
  }
  if (diff.bump === 'none') {
    say('release-check: rubric/ changed, but not its data (comments or formatting only); no changeset needed.\n');
    return EXIT.ok;
  }
  const { bump: asked, files } = await changesetBump(cwd, own);
  const reasons = [
    ...diff.changes.filter((c) => c.bump === diff.bump).map((c) => c.message),
    ...(diff.translationBump === diff.bump ? ['a translation changed'] : []),
  ].slice(0, 3);
  const more =
    diff.changes.filter((c) => c.bump === diff.bump).length +
    (diff.translationBump === diff.bump ? 1 : 0) -
    reasons.length;
  const why = `${reasons.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  if (compareBumps(asked, diff.bump) >= 0) {
    say(
      `release-check: rubric/ changes need a ${diff.bump} release; ${files.join(', ')} ask${files.length === 1 ? 's' : ''} for ${asked}. OK.\n`,
    );
    return EXIT.ok;
  }
  const found =
    asked === 'none' ? 'no changeset asks for one' : `the changesets ask only for ${asked} (${files.join(', ')})`;
  say(
    `release-check: rubric/ changed since ${base} in a way that needs a ${diff.bump} release of ${PACKAGE} (${why}), but ${found}. ` +
      `Run \`npx changeset\`, choose ${PACKAGE} and ${diff.bump}, describe the change in one sentence, and commit the new file in .changeset/.\n`,
  );
  return EXIT.problems;
}

/** The largest bump the translations' changes need (each language's own changes; a patch at most). */
function translationsBump(before: readonly TranslationStrings[], after: readonly TranslationStrings[]): Bump {
  const languages = [...new Set([...before, ...after].map((t) => t.lang))];
  return languages.reduce<Bump>(
    (bump, lang) =>
      maxBump(
        bump,
        diffTranslations(
          before.find((t) => t.lang === lang),
          after.find((t) => t.lang === lang),
        ).bump,
      ),
    'none',
  );
}

/** Writes a message that may quote rubric text, with its control characters made visible. */
function say(text: string): void {
  process.stdout.write(printableLines(text));
}

/** The largest bump this change's changesets (`own`, by path) ask for the rubric package, and the files that ask. */
async function changesetBump(cwd: string, own: ReadonlySet<string>): Promise<{ bump: Bump; files: string[] }> {
  let changesets: Awaited<ReturnType<typeof readChangesets>>;
  try {
    // The changesets tool's own reader: the same parsing `changeset version` will do.
    changesets = await readChangesets(cwd);
  } catch (error) {
    throw new UsageError(`Cannot read the changesets in .changeset/: ${(error as Error).message.split('\n')[0]}`);
  }
  let bump: Bump = 'none';
  const files: string[] = [];
  for (const changeset of [...changesets].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!own.has(`.changeset/${changeset.id}.md`)) continue;
    const release = changeset.releases.find((r) => r.name === PACKAGE);
    if (release && (release.type === 'major' || release.type === 'minor' || release.type === 'patch')) {
      bump = maxBump(bump, release.type);
      files.push(`.changeset/${changeset.id}.md`);
    }
  }
  return { bump, files };
}
