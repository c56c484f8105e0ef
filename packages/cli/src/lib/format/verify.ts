/** The report of `assess verify`: per file, each evidence item's status, then the signature. */

import type { SignatureCheck } from '@usd1-milestones/assess';
import type { EvidenceCheck, EvidenceStatus } from '@usd1-milestones/assess/node';
import type { Finding } from '@usd1-milestones/check';
import { printable } from '../printable.js';
import { githubCommand } from './github.js';
import { stylish } from './stylish.js';

export interface VerifyReport {
  readonly evidence: readonly EvidenceCheck[];
  readonly signature?: SignatureCheck;
  readonly problems: readonly Finding[];
  /** Items `--offline` did not fetch (not in `evidence`). */
  readonly notFetched: number;
}

const order: readonly EvidenceStatus[] = ['refused', 'unreachable', 'changed', 'expired', 'no-digest', 'unchanged'];

export function verifyJson(report: VerifyReport): string {
  return `${JSON.stringify(
    {
      evidence: report.evidence,
      ...(report.signature ? { signature: report.signature } : {}),
      problems: report.problems,
      // --offline: how many items were left out because judging them needs their bytes.
      ...(report.notFetched > 0 ? { notFetched: report.notFetched } : {}),
    },
    null,
    2,
  )}\n`;
}

export function verifyStylish(report: VerifyReport, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  if (report.problems.length > 0) lines.push(stylish(report.problems, color).trimEnd(), '');
  let current: string | undefined;
  const placeWidth = report.evidence.reduce((w, e) => Math.max(w, `${e.line}:${e.column}`.length), 0);
  for (const check of report.evidence) {
    if (check.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(paint(4, printable(check.file)));
      current = check.file;
    }
    const colour = check.status === 'unchanged' ? 32 : check.status === 'no-digest' ? 33 : 31;
    const digests =
      check.status === 'changed'
        ? `: recorded ${check.expected}, now ${check.actual}`
        : check.status === 'no-digest' && check.actual
          ? `: now ${check.actual}`
          : '';
    const detail = check.detail ? ` (${check.detail})` : '';
    lines.push(
      `  ${`${check.line}:${check.column}`.padEnd(placeWidth)}  ${paint(colour, check.status.padEnd(11))}  ${printable(check.url)}${printable(digests)}${printable(detail)}`,
    );
  }
  if (report.signature) {
    if (lines.length > 0) lines.push('');
    lines.push(
      report.signature.status === 'valid'
        ? paint(32, `signature valid, key ${report.signature.keyid}`)
        : paint(31, `signature invalid: ${printable(report.signature.reason ?? '')}`),
    );
  }
  const counts = order
    .map((status) => [status, report.evidence.filter((e) => e.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  if (report.notFetched > 0) counts.push(`${report.notFetched} not fetched (--offline)`);
  lines.push('', counts.length > 0 ? `evidence: ${counts.join(', ')}` : 'evidence: none listed', '');
  return lines.join('\n');
}

export function verifyGithub(report: VerifyReport, signatureFile: string | undefined): string {
  const out: string[] = [];
  for (const p of report.problems) out.push(githubCommand(p.severity, p, p.ruleId, p.message));
  for (const check of report.evidence) {
    if (check.status === 'unchanged') continue;
    const message =
      check.status === 'changed'
        ? `Evidence ${check.url} changed: recorded sha256 ${check.expected}, now ${check.actual}`
        : `Evidence ${check.url}: ${check.status}${check.detail ? ` (${check.detail})` : ''}`;
    out.push(
      githubCommand(check.status === 'no-digest' ? 'warning' : 'error', check, `evidence ${check.status}`, message),
    );
  }
  if (report.notFetched > 0)
    out.push(
      `::notice title=evidence not fetched::${report.notFetched} evidence item${report.notFetched === 1 ? '' : 's'} not fetched (--offline): only dates and the signature were checked\n`,
    );
  if (report.signature?.status === 'invalid')
    out.push(
      githubCommand(
        'error',
        { file: signatureFile ?? '', line: 1, column: 1 },
        'signature invalid',
        report.signature.reason ?? '',
      ),
    );
  return out.join('');
}
