/**
 * The public contracts that docs/architecture.md lists and the code holds:
 * the rule ids (core's registry) and every command with its flags (each
 * command's `spec`). The document's sections between
 * `<!-- contracts:NAME -->` and `<!-- /contracts:NAME -->` are these, and
 * `npm run docs:contracts -w @usd1-milestones/cli` writes them; a test fails
 * when they are stale.
 */
import { type RuleId, ruleIds, rules } from '@usd1-milestones/core/rules';
import { COMMON_OPTIONS, type CommandSpec } from '../src/lib/args.js';

/** Every command and subcommand, in the order `usd1-milestones --help` gives them. */
async function commandSpecs(): Promise<CommandSpec[]> {
  const modules = await Promise.all([
    import('../src/commands/check.js'),
    import('../src/commands/diff.js'),
    import('../src/commands/assess.js'),
    import('../src/commands/assess/verify.js'),
    import('../src/commands/assess/keygen.js'),
    import('../src/commands/assess/sign.js'),
    import('../src/commands/assess/migrate.js'),
    import('../src/commands/assess/history.js'),
    import('../src/commands/export.js'),
    import('../src/commands/translations.js'),
    import('../src/commands/translations/refresh.js'),
    import('../src/commands/translations/merge.js'),
    import('../src/commands/release-check.js'),
  ]);
  return modules.map((m) => m.spec);
}

/** A table cell: one line, its pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function rulesSection(): string {
  const row = (id: RuleId) => `| \`${id}\` | ${rules[id].severity} | ${cell(rules[id].description)} |`;
  return ['| rule id | default severity | what it finds |', '|---|---|---|', ...ruleIds.map(row)].join('\n');
}

async function commandsSection(): Promise<string> {
  const common = Object.keys(COMMON_OPTIONS)
    .map((name) => `\`--${name}\``)
    .join(', ');
  const blocks = (await commandSpecs()).map((spec) => {
    const flags = Object.entries(spec.options).map(([name, o]) => {
      const extra = [
        o.choices ? `one of ${o.choices.map((c) => `\`${c}\``).join(', ')}` : '',
        o.default !== undefined ? `default: ${o.default}` : '',
      ].filter(Boolean);
      const flag = `\`--${name}${o.value ? ` ${o.value.replace(/\|/g, '\\|')}` : ''}\``;
      return `| ${flag} | ${cell(o.description)}${extra.length > 0 ? ` (${cell(extra.join('; '))})` : ''} |`;
    });
    return [
      `**\`usd1-milestones ${spec.name}${spec.operands ? ` ${spec.operands}` : ''}\`**: exit ${cell(spec.exitCodes)}.`,
      '',
      ...(flags.length > 0 ? ['| flag | meaning |', '|---|---|', ...flags] : ['No flags of its own.']),
    ].join('\n');
  });
  return [...blocks, `Every command also takes ${common}.`].join('\n\n');
}

/** `document` with each contracts section written anew from the code. */
export async function withContracts(document: string): Promise<string> {
  const sections: Record<string, string> = { rules: rulesSection(), commands: await commandsSection() };
  let out = document;
  for (const [name, body] of Object.entries(sections)) {
    const open = `<!-- contracts:${name} -->`;
    const close = `<!-- /contracts:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`docs/architecture.md has no ${open} ... ${close} section`);
    out = `${out.slice(0, start + open.length)}\n\n${body}\n\n${out.slice(end)}`;
  }
  return out;
}
