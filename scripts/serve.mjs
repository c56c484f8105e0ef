#!/usr/bin/env node
/**
 * `npm start` (after the build) and `npm run serve`: serves the built site.
 * The port is `PORT` (default 3000). A busy or invalid port ends with one
 * line saying what to do and a non-zero exit, before Docusaurus starts (its
 * own message suggests a script this repository does not have and exits 0).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = join(dirname(fileURLToPath(import.meta.url)), '../apps/docs');
const host = 'localhost';
const raw = process.env.PORT ?? '3000';
const port = Number(raw);

function fail(message, code) {
  process.stderr.write(`usd1-milestones site: ${message}\n`);
  process.exit(code);
}

if (!/^\d+$/.test(raw) || port < 1 || port > 65535) fail(`PORT must be a number from 1 to 65535, not \`${raw}\``, 2);
if (!existsSync(join(site, 'build/index.html')))
  fail('the site is not built yet; run `npm start` or `npm run build`', 2);

const free = await new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', (error) => resolve(error.code === 'EADDRINUSE' ? false : error));
  probe.listen(port, host, () => probe.close(() => resolve(true)));
});
if (free === false)
  fail(`port ${port} is already in use; stop what uses it or choose another: PORT=${port + 1} npm start`, 1);
if (free !== true) fail(`cannot listen on ${host}:${port}: ${free.message}`, 1);

// Docusaurus's own entry, resolved from the site's package and run with this Node.
const docusaurus = createRequire(join(site, 'package.json')).resolve('@docusaurus/core/bin/docusaurus.mjs');
const args = ['serve', '.', '--dir', 'build', '--port', String(port), '--host', host, '--no-open'];
const child = spawn(process.execPath, [docusaurus, ...args], { cwd: site, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
