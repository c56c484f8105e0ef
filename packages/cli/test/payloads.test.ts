/**
 * The hostile-text table (remark-rubric/test/fixtures/payloads) in every kind
 * of rubric text: milestone bodies, front matter (summary, criterion text),
 * and the YAML lists (definitions, stage and signal descriptions, bucket
 * questions as block scalars; bucket titles as quoted scalars). One check run
 * over a rubric that holds every payload in every field; each finding must
 * stand at the exact line and column where the payload's problem starts.
 */

import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

interface Payload {
  readonly name: string;
  readonly text: string;
  readonly inert?: true;
  readonly reported?: readonly { ruleId: string; offset: number }[];
}

const payloads: Payload[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../remark-rubric/test/fixtures/payloads/payloads.json'), 'utf8'),
);

/** Where a payload's text starts in a file: its first character's line and column, and the indentation of later lines. */
interface Placement {
  readonly field: string;
  readonly payload: Payload;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly indent: number;
}

/** A file being written line by line, remembering where each payload lands. */
class Writer {
  readonly lines: string[] = [];
  constructor(
    readonly file: string,
    readonly placements: Placement[],
  ) {}
  add(...lines: string[]): void {
    this.lines.push(...lines);
  }
  /** `key: |-` followed by the payload indented by `indent` spaces. */
  block(prefix: string, key: string, payload: Payload, field: string, indent: number): void {
    this.add(`${prefix}${key}: |-`);
    this.placements.push({ field, payload, file: this.file, line: this.lines.length + 1, column: indent + 1, indent });
    for (const line of payload.text.split('\n')) this.add(line === '' ? '' : ' '.repeat(indent) + line);
  }
  /** `key: "..."` on one line (only for payloads without a line break, quote or backslash). */
  quoted(prefix: string, key: string, payload: Payload, field: string): void {
    const start = `${prefix}${key}: "`;
    this.placements.push({
      field,
      payload,
      file: this.file,
      line: this.lines.length + 1,
      column: start.length + 1,
      indent: 0,
    });
    this.add(`${start}${payload.text}"`);
  }
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

async function writeRubric(dir: string): Promise<Placement[]> {
  const placements: Placement[] = [];
  const rubricDir = join(dir, 'rubric');
  await mkdir(join(rubricDir, 'milestones'), { recursive: true });
  const files: Record<string, string> = {
    'rubric.yaml':
      'title: Hostile rubric\ndescription: Every payload in every field.\nneutralityNotice: Generic use only.\ndisclaimer: Not advice.\n',
    'sections.yaml': '- id: design\n  number: 1\n  title: Design\n  summary: What a holder is promised.\n',
    'sources.yaml':
      '- id: fsb-2023\n  number: 1\n  type: report\n  publisher: Financial Stability Board\n  title: High-level Recommendations\n  issued:\n    date-parts: [[2023]]\n',
  };
  const buckets = new Writer('rubric/buckets.yaml', placements);
  buckets.add('- id: promise-clarity', '  number: 1', '  title: Promise clarity', '  question: What is offered.');
  const stages = new Writer('rubric/stages.yaml', placements);
  stages.add('- id: pilot', '  number: 1', '  title: Pilot', '  description: A limited release.');
  const signals = new Writer('rubric/signals.yaml', placements);
  const glossary = new Writer('rubric/glossary.yaml', placements);
  glossary.add(
    '- slug: arbitrage',
    '  term: Arbitrage',
    '  definition: Low-risk profit.',
    '  aliases: []',
    '  seeAlso: []',
  );
  const milestones: Writer[] = [];
  const alpha = new Writer('rubric/milestones/01-alpha.md', placements);
  alpha.add('---', 'id: alpha', 'number: 1', 'title: Alpha', 'summary: The first.', 'bucket: promise-clarity');
  alpha.add('section: design', 'status: active', 'criteria:', '  - id: alpha.first', '    text: It holds.');
  alpha.add('sources: [fsb-2023]', 'related: []', '---', '## Why it matters', 'Alpha cites [@fsb-2023].');
  alpha.add('', '## Reading the evidence', '', 'Its documents show it.');
  milestones.push(alpha);

  payloads.forEach((payload, i) => {
    const n = i + 2;
    const id = `p${n}`;
    buckets.add(`- id: bucket-${id}`, `  number: ${n}`);
    if (/["\\\n]/.test(payload.text)) buckets.add(`  title: Bucket ${n}`);
    else buckets.quoted('  ', 'title', payload, 'bucket title (quoted)');
    buckets.block('  ', 'question', payload, 'bucket question', 4);
    stages.add(`- id: stage-${id}`, `  number: ${n}`, `  title: Stage ${n}`);
    stages.block('  ', 'description', payload, 'stage description', 4);
    signals.add(`- id: signal-${id}`, `  title: Signal ${n}`);
    signals.block('  ', 'description', payload, 'signal description', 4);
    signals.add('  buckets: [promise-clarity]', '  milestones: [alpha]');
    glossary.add(`- slug: term-${id}`, `  term: Term ${id}`);
    glossary.block('  ', 'definition', payload, 'glossary definition', 4);
    glossary.add('  aliases: []', '  seeAlso: []');
    const file = new Writer(`rubric/milestones/${String(n).padStart(2, '0')}-${id}.md`, placements);
    file.add('---', `id: ${id}`, `number: ${n}`, `title: Payload ${n}`);
    file.block('', 'summary', payload, 'milestone summary', 2);
    file.add('bucket: promise-clarity', 'section: design', 'status: active', 'criteria:', `  - id: ${id}.first`);
    file.block('    ', 'text', payload, 'criterion text', 6);
    // The heading every body opens with stands where the blank line was, so the payload's line stays.
    file.add('sources: []', 'related: []', '---', '## Why it matters');
    placements.push({
      field: 'milestone body',
      payload,
      file: file.file,
      line: file.lines.length + 1,
      column: 1,
      indent: 0,
    });
    file.add(payload.text);
    file.add('', '## Reading the evidence', '', 'Its documents show it.');
    milestones.push(file);
  });
  for (const writer of [buckets, stages, signals, glossary, ...milestones])
    files[writer.file.slice('rubric/'.length)] = writer.text();
  for (const [name, text] of Object.entries(files)) await writeFile(join(rubricDir, name), text);
  return placements;
}

/** Line and column of `offset` in a payload placed as `placement` says. */
function positionOf(placement: Placement, offset: number): string {
  const before = placement.payload.text.slice(0, offset);
  const breaks = before.split('\n').length - 1;
  const column = breaks === 0 ? placement.column + offset : placement.indent + offset - before.lastIndexOf('\n');
  return `${placement.line + breaks}:${column}`;
}

describe('every payload in every rubric text field', () => {
  let placements: Placement[];
  let findings: { file: string; line: number; column: number; ruleId: string; message: string }[];
  let code: number | null;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-payloads-'));
    placements = await writeRubric(dir);
    const run = await runCli(['check', '--format', 'json', '--no-cache'], dir, {}, 60_000);
    code = run.code;
    findings = JSON.parse(run.stdout);
  });

  it('places each payload in seven kinds of field', () => {
    const fields = new Set(placements.map((p) => p.field));
    expect([...fields].sort()).toEqual([
      'bucket question',
      'bucket title (quoted)',
      'criterion text',
      'glossary definition',
      'milestone body',
      'milestone summary',
      'signal description',
      'stage description',
    ]);
    expect(placements.length).toBeGreaterThan(payloads.length * 7);
    expect(code).toBe(1);
  });

  it('reports exactly the expected findings, each where its payload puts it, and nothing else', () => {
    const expected = placements
      .flatMap((p) => (p.payload.reported ?? []).map((r) => `${p.file}:${positionOf(p, r.offset)} ${r.ruleId}`))
      .sort();
    const actual = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).sort();
    expect(actual.length).toBeGreaterThan(100);
    expect(actual).toEqual(expected);
  });

  it('names the payload in the message', () => {
    const script = findings.find((f) => f.file === 'rubric/glossary.yaml' && f.message.includes('<script>'));
    expect(script?.message).toBe(
      'Raw HTML is not allowed in rubric text: found `<script>alert(1)</script>`; write Markdown instead',
    );
  });
});
