/**
 * Every command's flags go through here, so a mistake reads the same
 * everywhere: one line naming the option and the command's help, exit 2.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const see = `see \`usd1-milestones ${command} --help\``;
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Unknown option \`${option}\`; ${see}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`Option \`${option.split(' ')[0]}\` needs a value; ${see}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`Unexpected argument \`${option}\`; ${see}`);
    throw new UsageError(`${(error as Error).message.split('.')[0]}; ${see}`);
  }
}
