/**
 * Fetches one evidence URL and hashes its bytes as they stream, within limits
 * a hostile server cannot stretch: a cap on redirects, a time limit for each
 * request (connecting, waiting and streaming together), a deadline for the
 * whole run, and a size cap. Every request's resolved address is checked
 * (address.ts) before connecting, redirects included.
 *
 * Every way a request can end settles it: an answer, an error, a switch of
 * protocols (101), a connection closed or reset before the body's end, a
 * timeout. A request that settled in none of these would leave the run
 * without a result for its item, and a verification without a result for
 * every item must never look like a success.
 */
import { createHash } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressPolicy, optInFor, refusedAddress } from './address.js';

export interface FetchLimits {
  /** Seconds for one request, from connecting to the last byte. */
  readonly timeoutSeconds: number;
  /** The run's deadline, shared by every request (an AbortSignal.timeout). */
  readonly deadline: AbortSignal;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** The opt-ins beyond public addresses. */
  readonly policy: AddressPolicy;
  /** Why an address is refused; address.ts's ranges under `policy` unless a test gives its own. */
  readonly refuse?: (address: string) => string | undefined;
}

export const DEFAULT_LIMITS = { timeoutSeconds: 10, runSeconds: 120, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 };

export type FetchResult =
  | { readonly ok: true; readonly sha256: string; readonly bytes: number; readonly finalUrl: string }
  | { readonly ok: false; readonly status: 'unreachable' | 'refused'; readonly detail: string };

class Refused extends Error {}

export async function fetchDigest(url: string, limits: FetchLimits): Promise<FetchResult> {
  let current = url;
  const seen = new Set<string>();
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    if (seen.has(current)) return { ok: false, status: 'unreachable', detail: `redirect loop at ${current}` };
    seen.add(current);
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      return { ok: false, status: 'unreachable', detail: `not a URL: ${current}` };
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:')
      return {
        ok: false,
        status: 'refused',
        detail: `redirected to a ${target.protocol} URL; only http and https are fetched`,
      };
    const literal = target.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) !== 0) {
      const reason = refuserOf(limits)(literal);
      if (reason) return refused(target, literal, reason, hop);
    }
    let response: Response_;
    try {
      response = await requestOnce(target, limits);
    } catch (error) {
      if (error instanceof Refused) return { ok: false, status: 'refused', detail: hopped(error.message, hop) };
      return { ok: false, status: 'unreachable', detail: hopped(explain(error, limits), hop) };
    }
    if (response.kind === 'redirect') {
      // A Location that does not parse ends this item, not the run.
      if (!URL.canParse(response.location, target.href))
        return {
          ok: false,
          status: 'unreachable',
          detail: hopped(`redirected to \`${response.location}\`, which is not a URL`, hop),
        };
      current = new URL(response.location, target).href;
      continue;
    }
    if (response.kind === 'status')
      return { ok: false, status: 'unreachable', detail: hopped(response.detail ?? `HTTP ${response.code}`, hop) };
    return { ok: true, sha256: response.sha256, bytes: response.bytes, finalUrl: target.href };
  }
  return { ok: false, status: 'unreachable', detail: `more than ${limits.maxRedirects} redirects` };
}

function refuserOf(limits: FetchLimits): (address: string) => string | undefined {
  return limits.refuse ?? ((address) => refusedAddress(address, limits.policy));
}

function refused(target: URL, address: string, reason: string, hop: number): FetchResult {
  return {
    ok: false,
    status: 'refused',
    detail: hopped(`${target.host} is ${address}, ${reason}; give ${optInFor(address)} to fetch it`, hop),
  };
}

function hopped(detail: string, hop: number): string {
  return hop === 0 ? detail : `${detail} (after ${hop} redirect${hop === 1 ? '' : 's'})`;
}

type Response_ =
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; code: number; detail?: string }
  | { kind: 'body'; sha256: string; bytes: number };

function requestOnce(target: URL, limits: FetchLimits): Promise<Response_> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
      method: 'GET',
      headers: { 'user-agent': 'usd1-milestones assess verify', accept: '*/*', 'accept-encoding': 'identity' },
      lookup: guardedLookup(refuserOf(limits)),
      signal: limits.deadline,
    });
    // One timer for the whole request: a server that trickles bytes forever is cut off too.
    const timer = setTimeout(
      () => request.destroy(new Error(`no complete answer within ${limits.timeoutSeconds} s`)),
      limits.timeoutSeconds * 1000,
    );
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    request.on('error', (error) => settle(() => reject(error)));
    // A 101 answer hands the socket over to another protocol: there is no body to hash.
    request.on('upgrade', (_response: IncomingMessage, socket) => {
      socket.destroy();
      settle(() => resolve({ kind: 'status', code: 101, detail: 'HTTP 101: the server switched protocols' }));
    });
    // The last word: whatever ended the request without settling it (a close, a reset) is unreachable.
    request.on('close', () => settle(() => reject(new Error('the connection closed before a complete answer'))));
    request.on('response', (response: IncomingMessage) => {
      const code = response.statusCode ?? 0;
      if (code >= 300 && code < 400 && response.headers.location) {
        response.resume();
        settle(() => resolve({ kind: 'redirect', location: response.headers.location as string }));
        request.destroy();
        return;
      }
      if (code !== 200) {
        response.resume();
        settle(() => resolve({ kind: 'status', code }));
        request.destroy();
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        request.destroy(new Error(`larger than ${formatSize(limits.maxBytes)} (${formatSize(declared)} declared)`));
        return;
      }
      const hash = createHash('sha256');
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > limits.maxBytes) {
          request.destroy(new Error(`larger than ${formatSize(limits.maxBytes)}`));
          return;
        }
        hash.update(chunk);
      });
      response.on('end', () => {
        // A body cut short by the server ends too, with `complete` false: that is not the document.
        if (!response.complete) return settle(() => reject(new Error('the connection closed before the whole body')));
        if (bytes <= limits.maxBytes) settle(() => resolve({ kind: 'body', sha256: hash.digest('hex'), bytes }));
      });
      response.on('aborted', () => settle(() => reject(new Error('the connection closed before the whole body'))));
      response.on('error', (error) => settle(() => reject(error)));
      response.on('close', () => settle(() => reject(new Error('the connection closed before the whole body'))));
    });
    request.end();
  });
}

/** A DNS lookup that fails the connection when any address the name resolves to is refused. */
function guardedLookup(refuse: (address: string) => string | undefined): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const reason = refuse(address);
        if (reason)
          return callback(
            new Refused(`${hostname} resolves to ${address}, ${reason}; give ${optInFor(address)} to fetch it`),
            '',
            0,
          );
      }
      if (addresses.length === 0) return callback(new Error('no address for this host'), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
}

/** A failed request in a few plain words. */
function explain(error: unknown, limits: FetchLimits): string {
  if (limits.deadline.aborted) return 'the run reached its time limit before this answered';
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message;
  if (code === 'ENOTFOUND') return 'no such host';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code?.startsWith('ERR_TLS') || /certificate/i.test(message)) return `TLS: ${message}`;
  return message;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
