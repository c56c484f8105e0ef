/** `usd1-milestones-language-server --stdio`: the server over standard input and output. */
import { createRequire } from 'node:module';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
if (args.includes('--version')) {
  process.stdout.write(`${version}\n`);
} else if (args.includes('--help') || !args.some((a) => /^--(?:stdio|node-ipc|socket=|pipe=)/.test(a))) {
  (args.includes('--help') ? process.stdout : process.stderr).write(
    'usage: usd1-milestones-language-server --stdio\n\nA Language Server Protocol server for the USD1 milestones rubric; an editor starts it.\nAlso --node-ipc, --socket=PORT or --pipe=NAME.\n',
  );
  if (!args.includes('--help')) process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
