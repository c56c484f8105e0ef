/**
 * Re-checks an assessment's evidence: each item's bytes against the sha256
 * the assessment recorded, and its age against its cadence or `expires`.
 * One status per item, the most serious first: refused, unreachable,
 * changed, expired, no-digest, unchanged.
 */
import { createHash } from 'node:crypto';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { evidenceItems } from '../lib/attestation.js';
import type { Assessment, Evidence } from '../lib/schema.js';
import { cadenceDays, staleOn } from '../lib/score.js';
import { type FetchLimits, type FetchResult, fetchDigest } from './fetch.js';

export const evidenceStatuses = ['unchanged', 'changed', 'unreachable', 'expired', 'no-digest', 'refused'] as const;
export type EvidenceStatus = (typeof evidenceStatuses)[number];

export interface EvidenceCheck {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly milestone: string;
  readonly criterion?: string;
  readonly url: string;
  readonly status: EvidenceStatus;
  /** The sha256 the assessment records. */
  readonly expected?: string;
  /** The sha256 of the bytes fetched now. */
  readonly actual?: string;
  readonly detail?: string;
}

export interface CheckOptions {
  /** YYYY-MM-DD: the day expiry is judged on. */
  readonly today: string;
  /** No fetching: only dates are judged, and items that need fetching are left out. */
  readonly offline: boolean;
  readonly limits: FetchLimits;
  /** How many items are fetched at once. */
  readonly concurrency?: number;
}

export interface Located {
  readonly line: number;
  readonly column: number;
}

/** The result, in the assessment's order; `notFetched` counts the items --offline left out. */
export async function checkEvidence(
  assessment: Assessment,
  file: string,
  absolute: string,
  locate: (milestone: string, criterion: string | undefined, index: number) => Located,
  options: CheckOptions,
): Promise<{ checks: EvidenceCheck[]; notFetched: number }> {
  const placed = evidenceItems(assessment).map((entry) => ({
    ...entry,
    at: locate(entry.milestone, entry.criterion, entry.index),
  }));
  const results: (EvidenceCheck | undefined)[] = new Array(placed.length);
  let next = 0;
  let notFetched = 0;
  const worker = async () => {
    while (next < placed.length) {
      const i = next++;
      const { milestone, criterion, item, at } = placed[i] as (typeof placed)[number];
      const base = {
        file,
        ...at,
        milestone,
        ...(criterion === undefined ? {} : { criterion }),
        url: item.url,
        ...(item.sha256 === undefined ? {} : { expected: item.sha256 }),
      };
      const expiry = expiredBecause(item, options.today);
      if (options.offline) {
        if (expiry) results[i] = { ...base, status: 'expired', detail: expiry };
        else if (item.sha256 === undefined) results[i] = { ...base, status: 'no-digest' };
        else notFetched++;
        continue;
      }
      results[i] = { ...base, ...statusOf(item, await fetchItem(item.url, absolute, options.limits), expiry) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, placed.length) }, worker));
  const checks = results.filter((r): r is EvidenceCheck => r !== undefined);
  // Every item has a status or was left out by --offline; anything else is a bug, and must not pass.
  if (checks.length + notFetched !== placed.length)
    throw new Error(`${placed.length - checks.length - notFetched} evidence items got no status`);
  return { checks, notFetched };
}

/** One item's bytes; whatever goes wrong is this item's status, never the end of the run. */
async function fetchItem(url: string, absolute: string, limits: FetchLimits): Promise<FetchResult> {
  try {
    return isHttp(url) ? await fetchDigest(url, limits) : await hashLocal(url, absolute, limits.maxBytes);
  } catch (error) {
    return { ok: false, status: 'unreachable', detail: `could not be checked: ${(error as Error).message}` };
  }
}

function statusOf(
  item: Evidence,
  fetched: FetchResult,
  expiry: string | undefined,
): Pick<EvidenceCheck, 'status' | 'actual' | 'detail'> {
  if (!fetched.ok) return { status: fetched.status, detail: fetched.detail };
  if (item.sha256 !== undefined && item.sha256 !== fetched.sha256) return { status: 'changed', actual: fetched.sha256 };
  if (expiry) return { status: 'expired', actual: fetched.sha256, detail: expiry };
  if (item.sha256 === undefined) return { status: 'no-digest', actual: fetched.sha256, detail: 'record it with --pin' };
  return { status: 'unchanged', actual: fetched.sha256 };
}

/** Why the evidence no longer counts on `today`, or undefined: past `expires`, or older than its cadence allows. */
export function expiredBecause(item: Evidence, today: string): string | undefined {
  if (item.expires !== undefined && today > item.expires) return `expired on ${item.expires}`;
  const stale = staleOn(item, today);
  if (!stale) return undefined;
  return `${stale.ageDays} days old on ${today}; published ${stale.cadence}, so at most ${cadenceDays[stale.cadence]} days`;
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * A file beside the assessment, hashed as it streams. The schema already
 * keeps `..` out of the path; the real path (links resolved) must stay in
 * the assessment's folder too.
 */
async function hashLocal(path: string, assessmentFile: string, maxBytes: number): Promise<FetchResult> {
  const folder = dirname(assessmentFile);
  const target = resolve(folder, path);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return { ok: false, status: 'unreachable', detail: `no such file beside the assessment: ${path}` };
  }
  const inside = relative(realpathSync(folder), real);
  if (inside.startsWith(`..${sep}`) || inside === '..' || resolve(inside) === inside)
    return { ok: false, status: 'refused', detail: `${path} leads outside the assessment's folder` };
  const info = statSync(real);
  if (!info.isFile()) return { ok: false, status: 'unreachable', detail: `${path} is not a file` };
  if (info.size > maxBytes) return { ok: false, status: 'unreachable', detail: `${path} is larger than the size cap` };
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(real)) hash.update(chunk as Buffer);
  } catch (error) {
    return { ok: false, status: 'unreachable', detail: `cannot read ${path}: ${(error as Error).message}` };
  }
  return { ok: true, sha256: hash.digest('hex'), bytes: info.size, finalUrl: real };
}
