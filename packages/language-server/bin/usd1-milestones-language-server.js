#!/usr/bin/env node
// Committed, so npm links the bin at install time, before anything is built; it runs the build.
import { existsSync } from 'node:fs';

const server = new URL('../dist/server.js', import.meta.url);
if (existsSync(server)) {
  await import(server.href);
} else {
  process.stderr.write('usd1-milestones-language-server: not built yet; run `npm run build`\n');
  process.exitCode = 2;
}
