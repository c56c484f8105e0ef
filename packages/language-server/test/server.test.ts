/**
 * The server driven over stdio with JSON-RPC, as an editor drives it: a copy
 * of a fixture workspace (a small rubric with a framework catalog, and a guide
 * with one broken link), then diagnostics, completion, hover and definition at
 * exact positions, and a reload when a rubric file changes on disk.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

const bin = join(import.meta.dirname, '../bin/usd1-milestones-language-server.js');
const rules = 'https://github.com/usd1-milestones/usd1-milestones/blob/main/docs/rules.md';
let server: ChildProcess | undefined;
let connection: ProtocolConnection | undefined;

afterEach(() => {
  connection?.dispose();
  server?.kill();
});

async function start(prepare?: (root: string) => Promise<void>) {
  const root = await mkdtemp(join(tmpdir(), 'usd1-ls-'));
  await cp(join(import.meta.dirname, 'fixtures/workspace'), root, { recursive: true });
  await prepare?.(root);
  server = spawn(process.execPath, [bin, '--stdio'], { cwd: root });
  const rpc = createProtocolConnection(
    new StreamMessageReader(server.stdout as NodeJS.ReadableStream),
    new StreamMessageWriter(server.stdin as NodeJS.WritableStream),
  );
  connection = rpc;
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  rpc.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  rpc.listen();
  const init = await rpc.sendRequest('initialize', {
    processId: null,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'workspace' }],
  });
  rpc.sendNotification('initialized', {});
  /** The next diagnostics for `uri` that satisfy `test`. */
  const next = async (uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true) => {
    for (;;) {
      const hit = diagnostics.find((p) => p.uri === uri && test(p));
      if (hit) return hit;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const open = async (relative: string) => {
    const uri = pathToFileURL(join(root, relative)).href;
    const text = await readFile(join(root, relative), 'utf8');
    rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  };
  return { root, rpc, init, next, open, diagnostics };
}

/**
 * Adds the term `bta` to the workspace's glossary on disk, edits the document to link it, and waits
 * until the server has reloaded the rubric: the link then gives no diagnostic.
 */
async function useNewTerm(
  root: string,
  rpc: ProtocolConnection,
  next: (uri: string, test?: (p: PublishDiagnosticsParams) => boolean) => Promise<PublishDiagnosticsParams>,
  uri: string,
): Promise<void> {
  await appendFile(
    join(root, 'rubric/glossary.yaml'),
    '- slug: bta\n  term: BTA\n  definition: A made-up term.\n  aliases: []\n  seeAlso: []\n',
  );
  rpc.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: 'See [x](glossary:bta).\n' }],
  });
  await next(uri, (p) => p.version === 2 && p.diagnostics.length === 0);
}

describe('usd1-milestones-language-server --stdio', () => {
  it('says what it can do', async () => {
    const { init } = await start();
    expect(init).toMatchObject({
      capabilities: {
        completionProvider: { triggerCharacters: ['@', ':', '#', '/'] },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.usd1-milestones'] },
      },
    });
  });

  it('publishes check’s findings, at check’s places, as the document is opened and edited', async () => {
    const { rpc, next, open } = await start();
    const uri = await open('docs/guide.md');
    const first = await next(uri);
    expect(first.diagnostics).toEqual([
      {
        range: { start: { line: 4, character: 14 }, end: { line: 4, character: 35 } },
        severity: 1,
        source: 'usd1-milestones',
        code: 'milestone-unknown',
        codeDescription: { href: `${rules}#milestone-unknown` },
        message: 'Unknown milestone `bta`, expected a milestone id; did you mean `beta`?',
      },
    ]);
    // Fix the link, and break a citation.
    rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 4, character: 31 }, end: { line: 4, character: 34 } }, text: 'beta' },
        { range: { start: { line: 2, character: 75 }, end: { line: 2, character: 83 } }, text: 'fsb-2032' },
      ],
    });
    const second = await next(uri, (p) => p.version === 2);
    expect(second.diagnostics.map((d) => [d.code, d.range.start, d.message])).toEqual([
      [
        'citation-unknown',
        { line: 2, character: 74 },
        'Unknown source `fsb-2032`, expected one of the bibliography keys; did you mean `fsb-2023`?',
      ],
    ]);
  });

  it('keeps the places true in a long document edited section by section', async () => {
    const { rpc, next, open } = await start();
    const uri = await open('docs/long.md');
    const places = (p: PublishDiagnosticsParams) =>
      p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]);
    // Paragraph 150 is on line 301 (0-based 300): paragraphs are two lines apart.
    expect(places(await next(uri, (p) => p.version === 1))).toEqual([['citation-unknown', 300, 21]]);
    // Two lines above everything: every remembered section moves down by two.
    rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Inserted.\n\n' },
      ],
    });
    expect(places(await next(uri, (p) => p.version === 2))).toEqual([['citation-unknown', 302, 21]]);
    // A typo in paragraph 10 (now on line 22), and paragraph 150 mended.
    rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [
        { range: { start: { line: 302, character: 26 }, end: { line: 302, character: 30 } }, text: '2023' },
        { range: { start: { line: 22, character: 28 }, end: { line: 22, character: 29 } }, text: 'x' },
      ],
    });
    expect(places(await next(uri, (p) => p.version === 3))).toEqual([['citation-unknown', 22, 20]]);
  });

  it('shows a bad usd1-milestones.json on that file, and takes its rule levels once it is mended', async () => {
    const { root, next, open } = await start((root) =>
      writeFile(join(root, 'usd1-milestones.json'), '{\n  "rules": { "milestone-unknwn": "off" }\n}\n'),
    );
    const config = pathToFileURL(join(root, 'usd1-milestones.json')).href;
    expect((await next(config)).diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } },
        severity: 1,
        source: 'usd1-milestones',
        message:
          'Unknown rule `milestone-unknwn` (did you mean `milestone-unknown`?); the rules with a level are citation-unknown, citation-malformed, citation-unused, citation-numbering, glossary-unknown, milestone-unknown, framework-unknown, assessment-consistency',
      },
    ]);
    const uri = await open('docs/guide.md');
    expect((await next(uri)).diagnostics.map((d) => d.code)).toEqual(['milestone-unknown']);
    await writeFile(join(root, 'usd1-milestones.json'), '{\n  "rules": { "milestone-unknown": "off" }\n}\n');
    expect((await next(config, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    expect((await next(uri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it('reports a milestone file’s front matter and a rubric YAML file as check does', async () => {
    const { root, next, open } = await start();
    await appendFile(
      join(root, 'rubric/glossary.yaml'),
      '- slug: broken\n  term: Broken\n  definition: See [@nope].\n  aliases: []\n  seeAlso: []\n',
    );
    const uri = await open('rubric/glossary.yaml');
    const published = await next(uri, (p) => p.diagnostics.length > 0);
    expect(
      published.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message]),
    ).toEqual([['citation-unknown', 13, 20, 'Unknown source `nope`, expected one of the bibliography keys']]);
  });

  it('completes each kind of id, with its title, replacing what was typed', async () => {
    const { rpc, open } = await start();
    const uri = await open('docs/guide.md');
    const complete = async (line: number, character: number) =>
      (
        (await rpc.sendRequest('textDocument/completion', {
          textDocument: { uri },
          position: { line, character },
        })) as {
          label: string;
          detail: string;
          textEdit: { range: { start: { character: number }; end: { character: number } } };
        }[]
      ).map((i) => [i.label, i.detail, i.textEdit.range.start.character, i.textEdit.range.end.character]);
    // Line 3: "See [the first](milestone:alpha) and [arbitrage](glossary:arbitrage), as [@fsb-2023] says."
    expect(await complete(2, 77)).toEqual([
      ['fsb-2023', 'High-level Recommendations', 75, 83],
      ['imf-2025', 'Understanding Stablecoins', 75, 83],
    ]);
    expect(await complete(2, 59)).toEqual([
      ['arbitrage', 'Arbitrage', 58, 67],
      ['kyc', 'KYC', 58, 67],
    ]);
    expect(await complete(2, 26)).toEqual([
      ['alpha', 'Milestone 1: Alpha', 26, 31],
      ['beta', 'Milestone 2: Beta', 26, 31],
    ]);
    // Line 5: "A broken one: [beta](milestone:bta), and [liquidity](framework:pfmi/P7)."
    expect(await complete(4, 63)).toEqual([['pfmi', 'Principles for financial market infrastructures', 63, 67]]);
    expect(await complete(4, 68)).toEqual([
      ['P1', 'Legal basis', 68, 70],
      ['P7', 'Liquidity risk', 68, 70],
    ]);
    rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'See [it](milestone:alpha#)\n' }],
    });
    expect(await complete(0, 25)).toEqual([['alpha.first', 'The first criterion holds.', 25, 25]]);
    expect(await complete(0, 2)).toEqual([]);
  });

  it('shows a definition, a title and URL, a summary on hover, and goes to where each is defined', async () => {
    const { root, rpc, open } = await start();
    const uri = await open('docs/guide.md');
    const hover = async (line: number, character: number) =>
      (
        (await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as {
          contents: { value: string };
        } | null
      )?.contents.value;
    expect(await hover(2, 60)).toBe('**Arbitrage**: Trading that seeks low-risk profit from price differences.');
    expect(await hover(2, 78)).toBe(
      '**High-level Recommendations**\n\nhttps://www.fsb.org/example-recommendations/\n\nSource 1 (`fsb-2023`)',
    );
    expect(await hover(2, 28)).toBe('**Milestone 1: Alpha**\n\nThe first milestone.');
    expect(await hover(4, 69)).toBe('**Principles for financial market infrastructures, P7**: Liquidity risk');
    expect(await hover(4, 32)).toBeUndefined();
    const definition = async (line: number, character: number) =>
      (await rpc.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line, character } })) as {
        uri: string;
        range: { start: { line: number; character: number } };
      } | null;
    const at = (file: string, line: number, character: number) => ({
      uri: pathToFileURL(join(root, file)).href,
      range: { start: { line, character }, end: { line, character } },
    });
    expect(await definition(2, 28)).toEqual(at('rubric/milestones/01-alpha.md', 1, 4));
    expect(await definition(2, 60)).toEqual(at('rubric/glossary.yaml', 0, 2));
    expect(await definition(2, 78)).toEqual(at('rubric/sources.yaml', 0, 2));
    expect(await definition(4, 69)).toEqual(at('rubric/frameworks/pfmi.yaml', 8, 8));
    expect(await definition(4, 32)).toBeNull();
  });

  it('reloads the rubric when a file under rubric/ changes', async () => {
    const { root, rpc, next, open } = await start();
    const uri = await open('docs/guide.md');
    await next(uri);
    await useNewTerm(root, rpc, next, uri);
    const items = (await rpc.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 17 },
    })) as { label: string }[];
    expect(items.map((i) => i.label)).toEqual(['arbitrage', 'kyc', 'bta']);
  });

  it('says so on each document when the workspace rubric does not load, and what it checks against', async () => {
    const { uri, next, root, rpc } = await (async () => {
      const started = await start(async (root) => {
        await writeFile(join(root, 'rubric/sources.yaml'), '- id: [unclosed\n');
      });
      return { ...started, uri: await started.open('docs/guide.md') };
    })();
    const shown = await next(uri);
    expect(shown.diagnostics[0]).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 2,
      source: 'usd1-milestones',
      code: 'rubric-schema',
      message:
        "The workspace's rubric (rubric/) does not load: 1 problem in its files (run `usd1-milestones check`). Checked against the rubric bundled with the data package until it loads.",
    });
    // Mended, the notice goes.
    await cp(join(import.meta.dirname, 'fixtures/workspace/rubric/sources.yaml'), join(root, 'rubric/sources.yaml'));
    rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'Plain text.\n' }],
    });
    await next(uri, (p) => p.version === 2 && p.diagnostics.every((d) => d.code !== 'rubric-schema'));
  });

  it('keeps running when a folder under rubric/ is made and removed at once, and still reloads', async () => {
    const { root, rpc, next, open } = await start();
    const uri = await open('docs/guide.md');
    await next(uri);
    for (let i = 0; i < 20; i++) {
      await mkdir(join(root, `rubric/checkout-${i}/deeper`), { recursive: true });
      await rm(join(root, `rubric/checkout-${i}`), { recursive: true });
    }
    await useNewTerm(root, rpc, next, uri);
    expect(server?.exitCode).toBe(null);
  });

  it('links a duplicate to its first use (relatedInformation), on the rubric file', async () => {
    const { next, open, root } = await start(async (root) => {
      const file = join(root, 'rubric/sources.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('- id: imf-2025', '- id: fsb-2023'));
    });
    const uri = await open('rubric/sources.yaml');
    const shown = await next(uri, (p) => p.diagnostics.some((d) => d.code === 'rubric-duplicate'));
    const duplicate = shown.diagnostics.find((d) => d.code === 'rubric-duplicate');
    expect(duplicate?.relatedInformation).toEqual([
      {
        location: {
          uri: pathToFileURL(join(root, 'rubric/sources.yaml')).href,
          range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } },
        },
        message: 'first used here',
      },
    ]);
  });

  it('offers a quick fix for each finding with a fix or a suggestion, and one action for every safe fix', async () => {
    const { rpc, next, open } = await start();
    const uri = await open('docs/fixes.md');
    const shown = await next(uri);
    expect(shown.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([
      ['glossary-unknown', 2, 10],
      ['milestone-unknown', 2, 67],
    ]);
    const actions = await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: shown.diagnostics },
    });
    const alias = { range: { start: { line: 2, character: 25 }, end: { line: 2, character: 43 } }, newText: 'kyc' };
    const near = { range: { start: { line: 2, character: 84 }, end: { line: 2, character: 87 } }, newText: 'beta' };
    expect(actions).toEqual([
      {
        title: 'Change to `kyc`',
        kind: 'quickfix',
        diagnostics: [shown.diagnostics[0]],
        isPreferred: true,
        edit: { changes: { [uri]: [alias] } },
      },
      {
        title: 'Did you mean this? Change to `beta`',
        kind: 'quickfix',
        diagnostics: [shown.diagnostics[1]],
        isPreferred: false,
        edit: { changes: { [uri]: [near] } },
      },
      {
        title: 'Fix all safely fixable usd1-milestones problems',
        kind: 'source.fixAll.usd1-milestones',
        edit: { changes: { [uri]: [alias] } },
      },
    ]);
    // Asked only for "fix all" (as an editor does on save), the quick fixes are left out.
    const onSave = await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(onSave).toEqual([actions && (actions as unknown[])[2]]);
  });
});
