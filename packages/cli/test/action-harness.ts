/**
 * Runs the composite GitHub Action in the repository's action.yml the way the
 * Actions runner does, closely enough to test it here: its `run` steps through
 * bash with the runner's files ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY) and
 * variables, `${{ }}` expressions filled from the inputs and the earlier
 * steps' outputs, `if:` conditions evaluated, and a step that `uses` another
 * action recorded with its inputs instead of run. It understands the
 * expressions action.yml uses (`inputs.x`, `steps.id.outputs.x`, string
 * literals, `==`, `!=`, `&&`, `always()`) and refuses any other.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const repositoryRoot = join(import.meta.dirname, '../../..');

interface Step {
  readonly id?: string;
  readonly if?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly uses?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}

export interface Action {
  readonly inputs: Record<string, { default?: string; required?: boolean; description: string }>;
  readonly outputs: Record<string, { value: string }>;
  readonly runs: { using: string; steps: Step[] };
}

export interface StepRun {
  readonly id: string | undefined;
  readonly skipped: boolean;
  readonly status?: number | null;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly uses?: string;
  readonly with?: Record<string, string>;
}

export interface ActionRun {
  readonly steps: StepRun[];
  /** Whether the job would fail: a step that ran ended with a non-zero status. */
  readonly failed: boolean;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export function readAction(): Action {
  return parse(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as Action;
}

export function runAction(
  inputs: Record<string, string>,
  options: { cwd: string; path?: string; env?: Record<string, string> },
): ActionRun {
  const action = readAction();
  for (const name of Object.keys(inputs)) if (!(name in action.inputs)) throw new Error(`no input ${name}`);
  const given: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) given[name] = inputs[name] ?? spec.default ?? '';

  const runner = mkdtempSync(join(tmpdir(), 'usd1-action-runner-'));
  const summaryFile = join(runner, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const stepOutputs: Record<string, Record<string, string>> = {};
  const runs: StepRun[] = [];
  let failed = false;

  for (const [index, step] of action.runs.steps.entries()) {
    const context = { inputs: given, steps: stepOutputs, failed };
    // As on the runner, a condition without a status function runs only while nothing has failed.
    const shouldRun =
      step.if === undefined
        ? !failed
        : /\b(?:always|success|failure|cancelled)\(\)/.test(step.if)
          ? truthy(evaluate(step.if, context))
          : !failed && truthy(evaluate(step.if, context));
    if (!shouldRun) {
      runs.push({ id: step.id, skipped: true });
      continue;
    }
    if (step.uses !== undefined) {
      const withValues = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [key, fill(String(value), context)]),
      );
      runs.push({ id: step.id, skipped: false, uses: step.uses, with: withValues });
      continue;
    }
    if (step.shell !== 'bash' || step.run === undefined) throw new Error(`step ${index}: only bash run steps`);
    const outputFile = join(runner, `output-${index}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, fill(String(value), context)]),
    );
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', fill(step.run, context)], {
      cwd: options.cwd,
      encoding: 'utf8',
      env: {
        PATH: options.path ?? process.env.PATH ?? '',
        HOME: runner,
        NO_COLOR: '1',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_PATH: repositoryRoot,
        GITHUB_WORKSPACE: options.cwd,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runner,
        ...options.env,
        ...env,
      },
    });
    if (step.id !== undefined) stepOutputs[step.id] = readOutputs(readFileSync(outputFile, 'utf8'));
    runs.push({ id: step.id, skipped: false, status: result.status, stdout: result.stdout, stderr: result.stderr });
    if (result.status !== 0) failed = true;
  }

  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, spec]) => [
      name,
      fill(spec.value, { inputs: given, steps: stepOutputs, failed }),
    ]),
  );
  return { steps: runs, failed, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

/** `name=value` lines and `name<<DELIMITER` blocks, as the runner reads $GITHUB_OUTPUT. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2] ?? '', i + 1);
      outputs[block[1] ?? ''] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

interface Context {
  readonly inputs: Record<string, string>;
  readonly steps: Record<string, Record<string, string>>;
  readonly failed: boolean;
}

function fill(text: string, context: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => String(evaluate(expression, context)));
}

function truthy(value: string | boolean): boolean {
  return value !== false && value !== '';
}

function evaluate(expression: string, context: Context): string | boolean {
  const source = expression.trim();
  if (source.includes('&&')) return source.split('&&').every((part) => truthy(evaluate(part, context)));
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(source);
  if (comparison) {
    const left = evaluate(comparison[1] ?? '', context);
    const right = evaluate(comparison[3] ?? '', context);
    return comparison[2] === '==' ? left === right : left !== right;
  }
  if (source === 'always()') return true;
  if (source === 'success()') return !context.failed;
  const literal = /^'((?:[^']|'')*)'$/.exec(source);
  if (literal) return (literal[1] ?? '').replace(/''/g, "'");
  const input = /^inputs\.([\w-]+)$/.exec(source);
  if (input) return context.inputs[input[1] ?? ''] ?? '';
  const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(source);
  if (output) return context.steps[output[1] ?? '']?.[output[2] ?? ''] ?? '';
  throw new Error(`the harness does not understand the expression \`${source}\``);
}
