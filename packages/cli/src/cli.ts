#!/usr/bin/env node
import { CheckError } from '@usd1-milestones/check';
/**
 * `usd1-milestones`: registers commands and loads each one only when it runs.
 * User mistakes end with one line and exit 2; never a stack trace.
 */
import { closest } from '@usd1-milestones/core/rules';
import { EXIT, UsageError } from './errors.js';
import { wrap } from './lib/args.js';
import { printable } from './lib/printable.js';
import { version } from './version.js';

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
  export: {
    summary: 'write the rubric, or a release, in another format (FORMATS)',
    load: () => import('./commands/export.js'),
  },
  translations: {
    summary: 'how far each translation is, and the round trip that brings it up to date',
    load: () => import('./commands/translations.js'),
  },
  'release-check': {
    summary: 'fail when rubric/ changed without a large enough changeset',
    load: () => import('./commands/release-check.js'),
  },
};

/** The top-level help; the export formats come from the export registry, so none is left out. */
async function usage(): Promise<string> {
  const { exportFormatIds } = await import('@usd1-milestones/core/export');
  const summary = (name: string, text: string) =>
    name === 'export' ? text.replace('FORMATS', exportFormatIds.join(', ')) : text;
  const lines = Object.entries(commands).map(([name, c]) =>
    wrap(summary(name, c.summary), 60)
      .map((line, i) => `  ${(i === 0 ? name : '').padEnd(14)} ${line}`)
      .join('\n'),
  );
  return `usage: usd1-milestones <command> [options]

commands:
${lines.join('\n')}

options:
  -h, --help     show help (also: usd1-milestones help <command>)
  -v, --version  print the version
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    process.stdout.write(await usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  // `usd1-milestones help [command]`, as git and npm have it.
  if (name === 'help') {
    const [topic] = rest;
    if (topic === undefined) {
      process.stdout.write(await usage());
      return EXIT.ok;
    }
    return (await commandNamed(topic).load()).run(['--help']);
  }
  if (name.startsWith('-')) {
    throw new UsageError(`Unknown option \`${name}\`; options go after the command: usd1-milestones <command> ${name}`);
  }
  return (await commandNamed(name).load()).run(rest);
}

function commandNamed(name: string) {
  // Own names only: `help __proto__` or `constructor` are unknown commands, not Object's members.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command) return command;
  const near = closest(name, Object.keys(commands));
  throw new UsageError(
    `Unknown command \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ''}; expected one of: ${Object.keys(commands).join(', ')}`,
  );
}

// A command that never settles (a promise nothing resolves) would let Node exit
// with 0 once the event loop is empty: a silent success. Fail closed instead.
let settled = false;
let result: number | undefined;
process.exitCode = EXIT.usage;
process.on('exit', () => {
  if (settled) return;
  process.stderr.write('usd1-milestones: internal error: the command ended without a result\n');
  process.exitCode = EXIT.usage;
});

// Output that cannot be written (a full disk, `> /dev/full`, a closed pipe) is the
// environment's problem, said in one line; a closed pipe (`| head`) is not an error at all.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    // The reader has what it wanted (`| head`): not an error, whatever the command had left to do.
    settled = true;
    process.exit(result ?? EXIT.ok);
  }
  process.stderr.write(`usd1-milestones: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(EXIT.usage);
});

main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    result = code;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    if (error instanceof CheckError) {
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
