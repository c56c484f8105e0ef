#!/usr/bin/env node
/**
 * Runs turbo with USD1_MILESTONES_PRINTER saying whether Chromium is here
 * (`chromium at /usr/bin/chromium` or `none`). The site's build prints the
 * PDFs only with Chromium, and turbo hashes that variable (turbo.json), so a
 * build made without Chromium is not replayed from the cache once it is
 * installed. Signals reach turbo, so stopping this stops the build.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, USD1_MILESTONES_PRINTER: existsSync(chromium) ? `chromium at ${chromium}` : 'none' };
// The repository's own turbo, whether this runs from an npm script or straight from a shell.
const local = join(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/turbo');
const child = spawn(existsSync(local) ? local : 'turbo', process.argv.slice(2), { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  process.stderr.write(`usd1-milestones: cannot run turbo: ${error.message}; run \`npm ci\` first\n`);
  process.exit(2);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
