#!/usr/bin/env node
// The command's entry. This small file is committed, so npm links
// `usd1-milestones` when it installs the workspace, before anything is built
// (npm skips a bin whose file does not exist yet). It runs the built command.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'usd1-milestones: the command is not built yet; run `npm run build` (`npm start` and `npm test` build it too)\n',
  );
  process.exitCode = 2;
}
