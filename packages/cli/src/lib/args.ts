/**
 * Every command declares its options once, as data; the parser, the help
 * text and the error messages all come from that declaration, so a mistake
 * reads the same everywhere: one line naming the option, a suggestion when
 * one is close, and the command's help; exit 2.
 */
import { parseArgs } from 'node:util';
import { closest } from '@usd1-milestones/core/rules';
import { UsageError } from '../errors.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in the help (`NAME`, `DIR`). */
  readonly value?: string;
  /** The allowed values, checked here with a suggestion for a near miss. */
  readonly choices?: readonly string[];
  /** Shown as `(default: ...)`. */
  readonly default?: string;
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  /** What follows the command name in the usage line, before `[options]`. */
  readonly operands: string;
  readonly positionals: boolean;
  /** Paragraphs shown between the usage line and the options. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly exitCodes: string;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  'no-color': { type: 'boolean', description: 'no colour, as NO_COLOR does' },
  color: { type: 'boolean', description: 'colour even without a terminal, as FORCE_COLOR does' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

export function helpText(spec: CommandSpec): string {
  const options = { ...spec.options, ...COMMON_OPTIONS };
  const names = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
    return [flag, o] as const;
  });
  const width = Math.max(...names.map(([flag]) => flag.length)) + 2;
  const lines = names.map(([flag, o]) => {
    const extra = [
      o.choices ? `one of: ${o.choices.join(', ')}` : '',
      o.default !== undefined ? `default: ${o.default}` : '',
    ].filter(Boolean);
    const text = `${o.description}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}`;
    return `  ${flag.padEnd(width)}${wrap(text, 78 - width - 2).join(`\n${' '.repeat(width + 2)}`)}`;
  });
  return `usage: usd1-milestones ${spec.name}${spec.operands ? ` ${spec.operands}` : ''} [options]

${spec.description.trim()}

options:
${lines.join('\n')}

exit codes: ${spec.exitCodes}
`;
}

export type ParsedValues = Record<string, string | boolean | undefined>;

export function parseCommand(
  spec: CommandSpec,
  argv: readonly string[],
): { values: ParsedValues; positionals: string[] } {
  const declared = { ...spec.options, ...COMMON_OPTIONS };
  const see = `see \`usd1-milestones ${spec.name} --help\``;
  // A boolean given a value (`--no-cache=1`) is said plainly, before node's parser calls it something else.
  for (const arg of argv) {
    const match = /^--([^=]+)=/.exec(arg);
    if (match && declared[match[1] as string]?.type === 'boolean') {
      throw new UsageError(`Option \`--${match[1]}\` takes no value; ${see}`);
    }
    if (arg === '--') break;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(declared).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
      ),
      strict: true,
      allowPositionals: spec.positionals,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = option.replace(/^-+/, '').split('=')[0] ?? '';
      const near = closest(name, Object.keys(declared));
      throw new UsageError(`Unknown option \`${option}\`${near ? ` (did you mean \`--${near}\`?)` : ''}; ${see}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`Option \`${option.split(' ')[0]}\` needs a value; ${see}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`Unexpected argument \`${option}\`; ${see}`);
    throw new UsageError(`${(error as Error).message.split('.')[0]}; ${see}`);
  }
  const values = parsed.values as ParsedValues;
  for (const [name, o] of Object.entries(declared)) {
    const value = values[name];
    if (o.choices && typeof value === 'string' && !o.choices.includes(value)) {
      const near = closest(value, o.choices);
      throw new UsageError(
        `Unknown ${name} \`${value}\`; expected one of: ${o.choices.join(', ')}${near ? ` (did you mean \`${near}\`?)` : ''}`,
      );
    }
  }
  // Colour flags act like the environment variables every command already honours.
  if (values['no-color']) process.env.NO_COLOR = '1';
  else if (values.color) process.env.FORCE_COLOR = '1';
  return { values, positionals: parsed.positionals };
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The one operand a command works on (`assess sign FILE`): none or several is a usage error naming the command. */
export function oneFile(spec: CommandSpec, positionals: readonly string[], what = 'assessment file'): string {
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(`No ${what} given; see \`usd1-milestones ${spec.name} --help\``);
  if (extra.length > 0)
    throw new UsageError(`\`${spec.name}\` works on one ${what} at a time; run it once per ${what}`);
  return path;
}

/**
 * Every command's first step: its arguments parsed, or, with --help, its help
 * printed and undefined given back (the command then exits 0).
 */
export function parseOrHelp(
  spec: CommandSpec,
  argv: readonly string[],
): { values: ParsedValues; positionals: string[] } | undefined {
  const parsed = parseCommand(spec, argv);
  if (!parsed.values.help) return parsed;
  process.stdout.write(helpText(spec));
  return undefined;
}
