#!/usr/bin/env node
/**
 * `npm run bench:editor` (after a build): how long after an edit the language
 * server publishes the diagnostics of a 100 KB Markdown document. The server
 * is spawned as an editor spawns it (stdio, JSON-RPC); the document is opened,
 * then edited EDITS times, one keystroke each (a character typed at the end
 * of a line, alternately breaking and mending a citation), each time waiting
 * for the diagnostics of that version. Four documents: one the server checks
 * section by section; the same with link reference definitions, an HTML
 * comment, a <pre> block and a fence in a list item; the same with a
 * References list (each section is then checked with the definitions and the
 * list's numbers); and the same with a fence on a list marker's line, which
 * makes it check the document whole. Printed beside the peer measured in the
 * same run: remark parsing the same document with no plugins, in process,
 * which is the floor for any checker that parses the whole document.
 * Target: every edit's diagnostics within 100 ms.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glossary, milestones, sources } from '@usd1-milestones/rubric';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '../bin/usd1-milestones-language-server.js');
const EDITS = 40;
const TARGET_MS = 100;

const root = mkdtempSync(join(tmpdir(), 'usd1-bench-editor-'));
try {
  const text = documentText(100_000);
  await bench('a document cut into sections', text);
  // Definitions apply everywhere, so each section is checked with all of them after it; comments, <pre> blocks
  // and fences (a list item's too) are followed to their ends.
  await bench(
    'the same with link reference definitions, an HTML comment, a <pre> block and a fence in a list item',
    `<!-- notes\n\nabout this guide -->\n\n<pre>\n\nkept as written\n</pre>\n\n- Install:\n\n  \`\`\`sh\n  npm i\n  \`\`\`\n\n${text}\n[ref]: https://example.org\n[g]: glossary:aml\n`,
  );
  // Numbered citations refer to the References list, wherever it is: each section is checked with its numbers.
  await bench('the same with a References list (numbered citations)', `${text}\n## References\n\n1. A source\n`);
  // A fence on a list marker's line: which fence a later marker closes needs a parse, so the document is checked whole.
  await bench(
    'the same with a fence on a list marker’s line (checked whole)',
    `- \`\`\`sh\n  npm i\n  \`\`\`\n\n${text}`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}

async function bench(label, text) {
  const server = spawn(process.execPath, [bin, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    await edits(label, text, server);
  } finally {
    server.kill();
  }
}

async function edits(label, text, server) {
  const path = join(root, 'guide.md');
  writeFileSync(path, text);
  const uri = pathToFileURL(path).href;

  const rpc = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const arrived = new Map();
  let wake = () => {};
  rpc.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri !== uri || params.version === undefined) return;
    arrived.set(params.version, { at: performance.now(), count: params.diagnostics.length });
    wake();
  });
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
  });
  rpc.sendNotification('initialized', {});
  const diagnosticsOf = async (version) => {
    while (!arrived.has(version)) await new Promise((resolve) => (wake = resolve));
    return arrived.get(version);
  };

  let started = performance.now();
  rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const opened = await diagnosticsOf(1);
  const openMs = opened.at - started;

  // Each keystroke lands inside the document's last citation: an `x` typed after the key (an unknown
  // source), then deleted.
  const lines = text.split('\n');
  const line = lines.findLastIndex((l) => l.startsWith('The end [@'));
  const end = lines[line].length;
  const times = [];
  const counts = [];
  for (let i = 0; i < EDITS; i++) {
    const version = i + 2;
    const change =
      i % 2 === 0
        ? { range: { start: { line, character: end - 2 }, end: { line, character: end - 2 } }, text: 'x' }
        : { range: { start: { line, character: end - 2 }, end: { line, character: end - 1 } }, text: '' };
    started = performance.now();
    rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const answer = await diagnosticsOf(version);
    times.push(answer.at - started);
    counts.push(answer.count);
  }
  rpc.dispose();

  const parseTimes = [];
  for (let i = 0; i < EDITS; i++) {
    const t = performance.now();
    unified().use(remarkParse).parse(text);
    parseTimes.push(performance.now() - t);
  }

  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const max = sorted[sorted.length - 1];
  const parseMedian = [...parseTimes].sort((a, b) => a - b)[Math.floor(parseTimes.length / 2)];
  console.log(
    `\neditor, ${label}: ${(Buffer.byteLength(text) / 1000).toFixed(0)} KB, ${EDITS} edits of one character; ${Math.min(...counts)} to ${Math.max(...counts)} diagnostics per version`,
  );
  console.log(`first diagnostics after opening           ${openMs.toFixed(0).padStart(5)} ms`);
  console.log(
    `diagnostics after an edit, median / max   ${median.toFixed(0).padStart(5)} / ${max.toFixed(0)} ms  (median ${(median / parseMedian).toFixed(2)}x a bare remark parse)`,
  );
  console.log(`remark-parse alone, in process, median    ${parseMedian.toFixed(0).padStart(5)} ms`);
  console.log(`each edit, in order (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`target: every edit within ${TARGET_MS} ms: ${max <= TARGET_MS ? 'met' : 'NOT met'}`);
}

/** About `bytes` of prose with citations, glossary and milestone links, reproducible: a seeded generator. */
function documentText(bytes) {
  let seed = 20261202;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = 'reserves redemption holders liquidity custody disclosure attestation settlement issuer'.split(' ');
  const parts = ['# A long guide\n\n'];
  let size = parts[0].length;
  while (size < bytes) {
    const sentence = Array.from({ length: 14 }, () => pick(words)).join(' ');
    const roll = next();
    const part =
      roll < 0.3
        ? `${sentence} [@${pick(sources).id}].\n`
        : roll < 0.55
          ? `${sentence} [${pick(glossary).term}](glossary:${pick(glossary).slug}).\n`
          : roll < 0.8
            ? `${sentence} [a milestone](milestone:${pick(milestones).id}).\n`
            : `\n## Section ${Math.floor(next() * 100)}\n\n- ${sentence}\n- ${sentence}\n\n`;
    parts.push(part);
    size += part.length;
  }
  // The last line is a citation, where the edits land.
  parts.push(`The end [@${sources[0].id}].\n`);
  return parts.join('');
}
