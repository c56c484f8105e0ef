/**
 * `usd1-milestones diff [--from VERSION|REF|DIR|FILE] [--to VERSION|REF|DIR|FILE] [--format markdown|json]`
 *
 * What changed between two versions of the rubric, item by item, and the
 * release it requires. Default: the newest frozen release against ./rubric.
 * Exit 0, or 1 when an id was removed without its retired stub.
 */
import { changesDocument, diffRubrics, diffTranslations } from '@usd1-milestones/core/diff';
import { EXIT } from '../errors.js';
import { type CommandSpec, helpText, parseOrHelp, stringOption } from '../lib/args.js';
import { diffMarkdown } from '../lib/format/diff.js';
import {
  fromReleaseFile,
  type LoadedRubric,
  latestRelease,
  releaseTranslations,
  rubricFrom,
} from '../lib/rubric-source.js';

export const spec: CommandSpec = {
  name: 'diff',
  operands: '',
  positionals: false,
  description: `Compares two versions of the rubric item by item (milestones, criteria, terms,
sources, buckets) and prints the semver bump the change requires.`,
  options: {
    from: {
      type: 'string',
      value: 'VERSION|REF|DIR|FILE',
      description: 'the older side: a release version (1.2.0), a git ref, a rubric folder or a frozen release file',
      default: 'the newest release',
    },
    to: {
      type: 'string',
      value: 'VERSION|REF|DIR|FILE',
      description: 'the newer side, the same kinds',
      default: './rubric',
    },
    format: {
      type: 'string',
      value: 'NAME',
      choices: ['markdown', 'json'],
      default: 'markdown',
      description: 'output format',
    },
  },
  exitCodes: '0 done, 1 an id was removed without a retired stub, 2 could not run',
};

export const help = helpText(spec);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const format = stringOption(values, 'format') ?? 'markdown';
  const fromSpec = stringOption(values, 'from');
  const cwd = process.cwd();
  let from: LoadedRubric;
  if (fromSpec === undefined) {
    const latest = latestRelease();
    from = {
      label: latest.label,
      rubric: fromReleaseFile(latest.path, latest.label),
      translations: releaseTranslations(latest.path),
    };
  } else {
    from = await rubricFrom(fromSpec, cwd);
  }
  const to = await rubricFrom(stringOption(values, 'to') ?? 'rubric', cwd);
  const diff = diffRubrics({ ...from.rubric, version: from.label }, { ...to.rubric, version: to.label });
  // Translations apart from the rubric's meaning: each language's own changes, a patch at most.
  const languages = [...new Set([...from.translations, ...to.translations].map((t) => t.lang))].sort();
  const translations = languages
    .map((lang) =>
      diffTranslations(
        from.translations.find((t) => t.lang === lang),
        to.translations.find((t) => t.lang === lang),
      ),
    )
    .filter((t) => t.bump !== 'none');
  process.stdout.write(
    format === 'json'
      ? `${JSON.stringify(changesDocument({ ...from.rubric, version: from.label }, { ...to.rubric, version: to.label }, translations), null, 2)}\n`
      : diffMarkdown(diff, translations),
  );
  return diff.errors.length > 0 ? EXIT.problems : EXIT.ok;
}
