import readChangesets from '@changesets/read';
import { type Bump, compareBumps, diffRubrics, maxBump } from '@usd1-milestones/core/diff';
import { EXIT, UsageError } from '../errors.js';
import { type CommandSpec, helpText, parseOrHelp } from '../lib/args.js';
import { printableLines } from '../lib/printable.js';
import { assertRef, fromGitRef, git, rubricFrom } from '../lib/rubric-source.js';

const PACKAGE = '@usd1-milestones/rubric';

export const spec: CommandSpec = {
  name: 'release-check',
  operands: '',
  positionals: false,
  description: `Fails when rubric/ changed since the base branch and no changeset in
.changeset/ asks for a release of ${PACKAGE} at least as large as the change
requires (see \`usd1-milestones diff\`).`,
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
  if (changed.length === 0) {
    say(`release-check: rubric/ is unchanged since ${base}; no changeset needed.\n`);
    return EXIT.ok;
  }

  const diff = diffRubrics(await fromGitRef(mergeBase, cwd), (await rubricFrom('rubric', cwd)).rubric);
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
  const { bump: asked, files } = await changesetBump(cwd);
  const reasons = diff.changes
    .filter((c) => c.bump === diff.bump)
    .slice(0, 3)
    .map((c) => c.message);
  const more = diff.changes.filter((c) => c.bump === diff.bump).length - reasons.length;
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

/** Writes a message that may quote rubric text, with its control characters made visible. */
function say(text: string): void {
  process.stdout.write(printableLines(text));
}

/** The largest bump any pending changeset asks for the rubric package, and the files that ask. */
async function changesetBump(cwd: string): Promise<{ bump: Bump; files: string[] }> {
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
    const release = changeset.releases.find((r) => r.name === PACKAGE);
    if (release && (release.type === 'major' || release.type === 'minor' || release.type === 'patch')) {
      bump = maxBump(bump, release.type);
      files.push(`.changeset/${changeset.id}.md`);
    }
  }
  return { bump, files };
}
