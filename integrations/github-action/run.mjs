#!/usr/bin/env node
/**
 * The one step of the GitHub Action in action.yml (Node 20 or later, nothing to
 * install): runs `usd1-milestones check` once on the inputs and turns its
 * findings into what GitHub shows, every output from that one run (`--format
 * json` on stdout, `--report` for the rest):
 *   - annotations on the diff: `github`, printed as is;
 *   - the job summary: `markdown`, added to $GITHUB_STEP_SUMMARY;
 *   - SARIF for code scanning, when asked: `sarif`, in $RUNNER_TEMP;
 *   - step outputs: errors, warnings, sarif-file.
 * By default the command is the standalone bundle in this action's own
 * checkout (integrations/standalone), so the action runs at the revision it is
 * pinned to with nothing fetched; `cli-version` runs a published CLI through
 * npx instead, `cli-path` a local build. The step fails (exit 1) when the
 * findings reach `fail-on`, or when the CLI cannot run; every format comes
 * from the CLI, so this file formats nothing.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const cliVersion = input('cli-version');
// An npm version, range or tag: nothing that npx could read as another package or a flag.
if (cliVersion && !cliPath && !/^[0-9A-Za-z^~<>=*][0-9A-Za-z.+\-^~<>=* ]*$/.test(cliVersion)) {
  fail(`cli-version must be an npm version, range or tag of @usd1-milestones/cli, not "${cliVersion}"`);
}
const paths = INPUT_PATHS.split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '');
const rubric = input('rubric');

// A local build, a published CLI through npx, or (by default) this checkout's standalone bundle.
const standalone = join(dirname(fileURLToPath(import.meta.url)), '../standalone/usd1-milestones.js');
const [command, ...prefix] = cliPath
  ? [process.execPath, resolve(cliPath)]
  : cliVersion
    ? ['npx', '--yes', `--package=@usd1-milestones/cli@${cliVersion}`, '--', 'usd1-milestones']
    : [process.execPath, standalone];
const which = cliPath
  ? `the CLI at ${cliPath}`
  : cliVersion
    ? `@usd1-milestones/cli@${cliVersion}`
    : 'the standalone CLI';

const temporary = mkdtempSync(join(RUNNER_TEMP || tmpdir(), 'usd1-milestones-'));
const reports = {
  github: join(temporary, 'annotations.txt'),
  markdown: join(temporary, 'summary.md'),
  ...(sarif === 'true' ? { sarif: join(temporary, 'usd1-milestones.sarif') } : {}),
};
// `--` ends the options: a path such as `--rubric=x.md` is a path.
const args = [
  ...prefix,
  'check',
  ...(rubric ? ['--rubric', rubric] : []),
  '--format',
  'json',
  '--report',
  Object.entries(reports)
    .map(([format, file]) => `${format}=${file}`)
    .join(','),
  '--',
  ...paths,
];
const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
if (run.error) fail(`Cannot run ${which}: ${run.error.message}`);
// 0: no errors, 1: errors found; anything else means the check itself could not run.
const said = (run.stderr ?? '').trim().split('\n').filter(Boolean).at(-1) ?? 'it printed nothing on stderr';
if (run.status !== 0 && run.status !== 1)
  fail(`usd1-milestones check could not run with ${which} (exit ${run.status ?? run.signal}): ${said}`);

let findings;
try {
  findings = JSON.parse(run.stdout);
} catch {
  fail(`usd1-milestones check with ${which} printed no findings as JSON (exit ${run.status}): ${said}`);
}
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;

process.stdout.write(readFileSync(reports.github, 'utf8'));
if (GITHUB_STEP_SUMMARY) appendFileSync(GITHUB_STEP_SUMMARY, readFileSync(reports.markdown, 'utf8'));
const sarifFile = reports.sarif ?? '';

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
