/**
 * `usd1-milestones diff [--from REF|DIR|FILE] [--to REF|DIR|FILE] [--format markdown|json]`
 *
 * What changed between two versions of the rubric, item by item, and the
 * release it requires. Default: the newest frozen release against ./rubric.
 * Exit 0, or 1 when an id was removed without its retired stub.
 */
import { diffRubrics } from '@usd1-milestones/rubric';
import { EXIT, UsageError } from '../errors.js';
import { parseCommandArgs } from '../lib/args.js';
import { diffMarkdown } from '../lib/format/diff.js';
import { fromReleaseFile, latestRelease, rubricFrom } from '../lib/rubric-source.js';

export const help = `usage: usd1-milestones diff [options]

Compares two versions of the rubric item by item (milestones, criteria, terms,
sources, buckets) and prints the semver bump the change requires.

options:
  --from REF|DIR|FILE   the older side: a git ref, a rubric folder or a frozen
                        release file (default: the newest release)
  --to REF|DIR|FILE     the newer side (default: ./rubric)
  --format NAME         markdown (default) or json
  -h, --help            show this help

exit codes: 0 done, 1 an id was removed without a retired stub, 2 could not run
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('diff', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json')
    throw new UsageError(`Unknown format \`${format}\`; expected one of: markdown, json`);
  const cwd = process.cwd();
  let from: { label: string; rubric: Parameters<typeof diffRubrics>[0] };
  if (values.from === undefined) {
    const latest = latestRelease();
    from = { label: latest.label, rubric: fromReleaseFile(latest.path, latest.label) };
  } else {
    from = await rubricFrom(values.from, cwd);
  }
  const to = await rubricFrom(values.to ?? 'rubric', cwd);
  const diff = diffRubrics({ ...from.rubric, version: from.label }, { ...to.rubric, version: to.label });
  process.stdout.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffMarkdown(diff));
  return diff.errors.length > 0 ? EXIT.problems : EXIT.ok;
}
