#!/usr/bin/env node
/**
 * The one step of the GitHub Action in action.yml (Node 20 or later, nothing to
 * install): runs `usd1-milestones check` on the inputs and turns its findings
 * into what GitHub shows.
 *   - annotations on the diff: the CLI's `--format github`, printed as is;
 *   - the job summary: the CLI's `--format markdown`, added to $GITHUB_STEP_SUMMARY;
 *   - SARIF for code scanning, when asked: the CLI's `--format sarif`, in $RUNNER_TEMP;
 *   - step outputs: errors, warnings, sarif-file.
 * The step fails (exit 1) when the findings reach `fail-on`, or when the CLI
 * cannot run; every format comes from the CLI, so this file formats nothing.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FAIL_ON = ['error', 'warning', 'never'];
// The runner's files and the inputs that action.yml passes on.
const { GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, INPUT_PATHS = '' } = process.env;

function input(name) {
  return (process.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? '').trim();
}

/** A workflow command's message, escaped as the runner expects. */
function escapeData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function fail(message) {
  process.stdout.write(`::error title=usd1-milestones::${escapeData(message)}\n`);
  process.exit(1);
}

function setOutput(name, value) {
  if (GITHUB_OUTPUT) appendFileSync(GITHUB_OUTPUT, `${name}=${value}\n`);
}

const failOn = input('fail-on') || 'error';
if (!FAIL_ON.includes(failOn)) fail(`fail-on must be error, warning or never, not "${failOn}"`);
const sarif = input('sarif') || 'false';
if (sarif !== 'true' && sarif !== 'false') fail(`sarif must be true or false, not "${sarif}"`);
const cliPath = input('cli-path');
// By default the CLI released with this action: the version its own checkout names.
const cliVersion =
  input('cli-version') ||
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../packages/cli/package.json'), 'utf8'))
    .version;
// An npm version, range or tag: nothing that npx could read as another package or a flag.
if (!cliPath && !/^[0-9A-Za-z^~<>=*][0-9A-Za-z.+\-^~<>=* ]*$/.test(cliVersion)) {
  fail(`cli-version must be an npm version, range or tag of @usd1-milestones/cli, not "${cliVersion}"`);
}
const paths = INPUT_PATHS.split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '');
const rubric = input('rubric');

// The published CLI through npx (installed once, then reused by the later runs), or a local build.
const [command, ...prefix] = cliPath
  ? [process.execPath, resolve(cliPath)]
  : ['npx', '--yes', `--package=@usd1-milestones/cli@${cliVersion}`, '--', 'usd1-milestones'];

function check(format) {
  const args = [...prefix, 'check', ...paths, ...(rubric ? ['--rubric', rubric] : []), '--format', format];
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.error) fail(`Cannot run ${command}: ${run.error.message}`);
  // 0: no errors, 1: errors found; anything else means the check itself could not run.
  if (run.status !== 0 && run.status !== 1) {
    fail(`usd1-milestones check could not run (exit ${run.status ?? run.signal}): ${run.stderr.trim()}`);
  }
  return run.stdout;
}

let findings;
try {
  findings = JSON.parse(check('json'));
} catch (error) {
  fail(`usd1-milestones check did not print JSON: ${error.message}`);
}
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;

process.stdout.write(check('github'));
if (GITHUB_STEP_SUMMARY) appendFileSync(GITHUB_STEP_SUMMARY, check('markdown'));

let sarifFile = '';
if (sarif === 'true') {
  sarifFile = join(RUNNER_TEMP || process.cwd(), 'usd1-milestones.sarif');
  writeFileSync(sarifFile, check('sarif'));
}

setOutput('errors', errors);
setOutput('warnings', warnings);
setOutput('sarif-file', sarifFile);

const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? findings.length > 0 : false;
if (failed) {
  const found = `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`;
  process.stdout.write(
    `::error title=usd1-milestones::${escapeData(`usd1-milestones check found ${found} (fail-on: ${failOn})`)}\n`,
  );
  process.exit(1);
}
