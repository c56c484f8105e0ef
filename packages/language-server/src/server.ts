/**
 * The language server: `usd1-milestones check`'s diagnostics for each open
 * Markdown or rubric file as it is typed, and completion, hover and go to
 * definition for citation keys, glossary slugs, milestone and criterion ids
 * and framework items. The rubric is reloaded when a file under rubric/ changes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE, type FileChecker, type Finding, openFileChecker } from '@usd1-milestones/check';
import { ruleUrl } from '@usd1-milestones/core/rules';
import {
  type CodeAction,
  CodeActionKind,
  type CompletionItem,
  CompletionItemKind,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  MarkupKind,
  type Range,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completionContext, type Reference, referenceAt } from './references.js';
import { watchFolder } from './watch.js';
import { type Fallback, loadWorkspace, type Snapshot } from './workspace.js';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let root = process.cwd();
  let snapshot: Snapshot | undefined;
  let checker: FileChecker | undefined;
  const pending = new Map<string, boolean>();
  /** The findings last shown for each document: code actions offer their fixes. */
  const shown = new Map<string, readonly Finding[]>();
  let configShown = false;
  // Diagnostics wait for the client's `initialized`: the protocol allows none before.
  let initialized = false;

  async function reload(): Promise<void> {
    const dir = join(root, 'rubric');
    snapshot = await loadWorkspace(root, existsSync(dir) ? dir : undefined, snapshot);
    const old = checker;
    checker = openFileChecker({
      cwd: root,
      rubric: snapshot.rubric,
      ...(snapshot.rubricDir ? { rubricDir: snapshot.rubricDir } : {}),
      ...(snapshot.rules ? { rules: snapshot.rules } : {}),
    });
    // Checks still running on the old checker see that it was replaced, and run again.
    await old?.close();
    for (const document of documents.all()) void validate(document);
    if (initialized) await showConfigProblem();
  }

  /** A bad usd1-milestones.json is shown on that file (its rules then count as unset); a mended one is cleared. */
  async function showConfigProblem(): Promise<void> {
    const config = snapshot?.configProblem;
    if (config || configShown) {
      await connection.sendDiagnostics({
        uri: pathToFileURL(join(root, CONFIG_FILE)).href,
        diagnostics: config ? [toDiagnostic(config)] : [],
      });
    }
    configShown = config !== undefined;
  }

  async function validate(document: TextDocument): Promise<void> {
    if (!document.uri.startsWith('file:') || !checker || !snapshot) return;
    // One check at a time per document; edits that arrive meanwhile are checked once, afterwards.
    if (pending.has(document.uri)) {
      pending.set(document.uri, true);
      return;
    }
    pending.set(document.uri, false);
    try {
      const path = fileURLToPath(document.uri);
      const used = checker;
      const findings = await used.check(path, document.getText());
      // The rubric was reloaded meanwhile: this answer is against the old one, so check again.
      if (used !== checker) {
        pending.set(document.uri, true);
        return;
      }
      const problems = snapshot.problems.filter((p) => p.file === path);
      const diagnostics = [
        ...(snapshot.fallback ? [fallbackDiagnostic(snapshot.fallback)] : []),
        ...problems.map(toDiagnostic),
        ...findings.map(toDiagnostic),
      ];
      const current = documents.get(document.uri);
      if (current) {
        shown.set(document.uri, findings);
        await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      }
    } finally {
      const again = pending.get(document.uri);
      pending.delete(document.uri);
      const latest = documents.get(document.uri);
      if (again && latest) void validate(latest);
    }
  }

  connection.onInitialize(async (params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    await reload();
    const dir = join(root, 'rubric');
    let timer: NodeJS.Timeout | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 100);
    };
    // The settings file too (its rule levels), whether or not it is there yet.
    watchFolder(dir, { recursive: true }, () => soon());
    watchFolder(root, {}, (name) => {
      if (name === CONFIG_FILE) soon();
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['@', ':', '#', '/'] },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
      },
      serverInfo: { name: 'usd1-milestones-language-server' },
    };
  });
  connection.onInitialized(() => {
    initialized = true;
    void showConfigProblem();
  });
  connection.onDidChangeWatchedFiles(() => void reload());
  documents.onDidChangeContent((change) => void validate(change.document));
  documents.onDidClose((event) => {
    shown.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const findings = shown.get(params.textDocument.uri) ?? [];
    return codeActions(params.textDocument.uri, findings, params.range, params.context.only);
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !snapshot) return [];
    const line = lineOf(document, params.position.line);
    const context = completionContext(line, params.position.character);
    if (!context) return [];
    const range = {
      start: { line: params.position.line, character: context.start },
      end: { line: params.position.line, character: context.end },
    };
    const item = (label: string, title: string, kind: CompletionItemKind, documentation?: string): CompletionItem => ({
      label,
      kind,
      detail: title,
      labelDetails: { description: title },
      ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
      textEdit: { range, newText: label },
    });
    const { rubric } = snapshot;
    switch (context.kind) {
      case 'source':
        return rubric.sources.map((s) => item(s.id, s.title, CompletionItemKind.Reference, urlOf(s)));
      case 'term':
        return rubric.glossary.map((t) => item(t.slug, t.term, CompletionItemKind.Text, t.definition));
      case 'milestone':
        return rubric.milestones.map((m) =>
          item(m.id, `Milestone ${m.number}: ${m.title}`, CompletionItemKind.Module, m.summary),
        );
      case 'criterion':
        return (rubric.milestones.find((m) => m.id === context.milestone)?.criteria ?? []).map((c) =>
          item(c.id, c.text, CompletionItemKind.Field),
        );
      case 'framework':
        return rubric.frameworks.map((f) => item(f.id, f.title, CompletionItemKind.Module));
      case 'framework-item':
        return (rubric.frameworks.find((f) => f.id === context.framework)?.items ?? []).map((i) =>
          item(i.id, itemTitle(i), CompletionItemKind.Field),
        );
    }
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !snapshot) return null;
    const found = referenceAt(lineOf(document, params.position.line), params.position.character);
    const text = found && describe(found.reference, snapshot);
    if (!found || !text) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: text },
      range: {
        start: { line: params.position.line, character: found.start },
        end: { line: params.position.line, character: found.end },
      },
    };
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !snapshot) return null;
    const found = referenceAt(lineOf(document, params.position.line), params.position.character);
    const place = found && snapshot.locate(found.reference);
    if (!place) return null;
    const at = { line: place.line - 1, character: place.column - 1 };
    return { uri: pathToFileURL(place.file).href, range: { start: at, end: at } };
  });

  connection.onShutdown(async () => {
    await checker?.close();
  });
  documents.listen(connection);
  connection.listen();
}

function lineOf(document: TextDocument, line: number): string {
  return document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
}

/** On the first line of every document: the workspace's rubric did not load, and what is used instead. */
function fallbackDiagnostic(fallback: Fallback): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'usd1-milestones',
    code: 'rubric-schema',
    message: `The workspace's rubric (${fallback.rubricDir}) does not load: ${fallback.problems} problem${fallback.problems === 1 ? '' : 's'} in its files (run \`usd1-milestones check\`). Checked against ${fallback.using === 'last' ? 'the last version of it that loaded' : 'the rubric bundled with the data package'} until it loads.`,
  };
}

/** Not every source has a URL; the bundled rubric's types know which. */
function urlOf(source: object): string | undefined {
  return 'URL' in source && typeof source.URL === 'string' ? source.URL : undefined;
}

function itemTitle(item: { title?: string; topic?: string }): string {
  return item.title ?? item.topic ?? '';
}

/** Markdown for a hover: what the rubric says of the item; nothing for an id it lacks. */
function describe(reference: Reference, snapshot: Snapshot): string | undefined {
  const { rubric } = snapshot;
  switch (reference.kind) {
    case 'source': {
      const s = rubric.sources.find((x) => x.id === reference.key);
      return s && `**${s.title}**${urlOf(s) ? `\n\n${urlOf(s)}` : ''}\n\nSource ${s.number} (\`${s.id}\`)`;
    }
    case 'term': {
      const t = rubric.glossary.find((x) => x.slug === reference.slug);
      return t && `**${t.term}**: ${t.definition}`;
    }
    case 'milestone': {
      const m = rubric.milestones.find((x) => x.id === reference.id);
      return m && `**Milestone ${m.number}: ${m.title}**\n\n${m.summary}`;
    }
    case 'criterion': {
      const m = rubric.milestones.find((x) => x.id === reference.milestone);
      const c = m?.criteria.find((x) => x.id === reference.id);
      return m && c && `**${c.id}** (Milestone ${m.number}: ${m.title})\n\n${c.text}`;
    }
    case 'framework': {
      const f = rubric.frameworks.find((x) => x.id === reference.framework);
      return f && `**${f.title}**`;
    }
    case 'framework-item': {
      const f = rubric.frameworks.find((x) => x.id === reference.framework);
      const i = f?.items.find((x) => x.id === reference.item);
      return f && i && `**${f.title}, ${i.id}**: ${itemTitle(i)}`;
    }
  }
}

/** The kind of the action that applies every safe fix of a document, as editors name "fix all" actions. */
const FIX_ALL = `${CodeActionKind.SourceFixAll}.usd1-milestones`;

/**
 * A quick fix for every finding in `range` that has a fix: a safe one is marked preferred (the
 * edit `check --fix` makes), a suggestion is offered as it is; and one action that applies every
 * safe fix of the document, as `check --fix` would.
 */
export function codeActions(
  uri: string,
  findings: readonly Finding[],
  range: Range,
  only: readonly string[] | undefined,
): CodeAction[] {
  const wanted = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    for (const finding of findings) {
      if (!finding.fix || !overlaps(toDiagnostic(finding).range, range)) continue;
      const edits = editsOf(finding);
      if (edits.length === 0) continue;
      actions.push({
        title: `${finding.fix.safe ? 'Change' : 'Did you mean this? Change'} to ${edits.map((e) => `\`${e.newText}\``).join(', ')}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding)],
        isPreferred: finding.fix.safe,
        edit: { changes: { [uri]: edits } },
      });
    }
  }
  if (wanted(FIX_ALL)) {
    const safe = findings.filter((f) => f.fix?.safe);
    const edits: TextEdit[] = [];
    for (const finding of safe) {
      const own = editsOf(finding);
      // Applied whole or not at all, and never over another's edit, as `check --fix` does.
      if (own.some((e) => edits.some((taken) => overlaps(e.range, taken.range, true)))) continue;
      edits.push(...own);
    }
    if (edits.length > 0)
      actions.push({
        title: 'Fix all safely fixable usd1-milestones problems',
        kind: FIX_ALL,
        edit: { changes: { [uri]: edits } },
      });
  }
  return actions;
}

/** The edits of a finding's fix in its own file, as the protocol places them (0-based). */
function editsOf(finding: Finding): TextEdit[] {
  return (finding.fix?.edits ?? [])
    .filter((e) => e.file === finding.file)
    .map((e) => ({
      range: {
        start: { line: e.line - 1, character: e.column - 1 },
        end: { line: e.endLine - 1, character: e.endColumn - 1 },
      },
      newText: e.text,
    }));
}

/** Whether two ranges share a place; touching ends count unless `strict` (two edits that only touch do not clash). */
function overlaps(a: Range, b: Range, strict = false): boolean {
  const before = (x: Range['start'], y: Range['start']) =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  const beforeOrAt = (x: Range['start'], y: Range['start']) => !before(y, x);
  return strict
    ? before(a.start, b.end) && before(b.start, a.end)
    : beforeOrAt(a.start, b.end) && beforeOrAt(b.start, a.end);
}

function toDiagnostic(f: Finding | Snapshot['problems'][number]): Diagnostic {
  const start = { line: f.line - 1, character: f.column - 1 };
  const end =
    f.endLine !== undefined && f.endColumn !== undefined ? { line: f.endLine - 1, character: f.endColumn - 1 } : start;
  return {
    range: { start, end },
    severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'usd1-milestones',
    // A settings problem has no rule of its own.
    ...(f.ruleId
      ? { code: f.ruleId, codeDescription: { href: ruleUrl(f.ruleId as Parameters<typeof ruleUrl>[0]) } }
      : {}),
    message: f.message,
    // Another place the problem concerns (a duplicate's first use), for the editor to link.
    ...('related' in f && f.related && f.related.length > 0
      ? {
          relatedInformation: f.related.map((r) => ({
            location: {
              uri: pathToFileURL(r.file).href,
              range: {
                start: { line: r.line - 1, character: r.column - 1 },
                end: { line: r.line - 1, character: r.column - 1 },
              },
            },
            message: r.message,
          })),
        }
      : {}),
  };
}
