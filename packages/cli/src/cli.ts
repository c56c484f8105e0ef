#!/usr/bin/env node
/**
 * `usd1-milestones`: registers commands and loads each one only when it runs.
 * User mistakes end with one line and exit 2; never a stack trace.
 */
import { createRequire } from 'node:module';
import { EXIT, UsageError } from './errors.js';
import { printable } from './lib/printable.js';

const commands: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  check: {
    summary: 'check citations, glossary links and milestone links',
    load: () => import('./commands/check.js'),
  },
  diff: {
    summary: 'what changed between two versions of the rubric, and the release it needs',
    load: () => import('./commands/diff.js'),
  },
  assess: {
    summary: 'score assessments of arrangements against the rubric, or compare several',
    load: () => import('./commands/assess.js'),
  },
  'release-check': {
    summary: 'fail when rubric/ changed without a large enough changeset',
    load: () => import('./commands/release-check.js'),
  },
};

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

const usage = `usage: usd1-milestones <command> [options]

commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`)
  .join('\n')}

options:
  -h, --help     show help (also: usd1-milestones <command> --help)
  -v, --version  print the version
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    process.stdout.write(usage);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const command = commands[name];
  if (!command)
    throw new UsageError(`Unknown command \`${name}\`; expected one of: ${Object.keys(commands).join(', ')}`);
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`usd1-milestones: ${printable(error.message)}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    // A bug in the tool, not a user mistake: say so plainly, keep the detail for the report.
    process.stderr.write(
      `usd1-milestones: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.USD1_MILESTONES_DEBUG) console.error(error);
    process.exitCode = EXIT.usage;
  },
);
