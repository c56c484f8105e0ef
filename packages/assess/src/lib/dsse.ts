/**
 * DSSE, the Dead Simple Signing Envelope (secure-systems-lab/dsse, v1): the
 * signature covers the pre-authentication encoding (PAE) of the payload type
 * and the payload bytes, never the JSON around them, so re-serialising the
 * envelope cannot change what was signed.
 *
 * Reading an envelope and checking a signed assessment's statement need no
 * Node API, so the browser (WebCrypto, ./verify-signature.ts) and Node
 * (node:crypto, ../node/sign.ts) share this module; only the signature
 * arithmetic differs.
 */
import { PAYLOAD_TYPE, PREDICATE_TYPE, statementSchema } from './attestation.js';

export interface Envelope {
  readonly payloadType: string;
  /** Standard base64 of the payload bytes. */
  readonly payload: string;
  readonly signatures: readonly { readonly keyid: string; readonly sig: string }[];
}

/** The outcome of checking a signed assessment, the same from the CLI and the site. */
export interface SignatureCheck {
  readonly status: 'valid' | 'invalid';
  readonly keyid?: string;
  readonly reason?: string;
}

const encoder = new TextEncoder();

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in decimal bytes. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = encoder.encode(payloadType);
  const head = encoder.encode(`DSSEv1 ${type.length} `);
  const middle = encoder.encode(` ${payload.length} `);
  const out = new Uint8Array(head.length + type.length + middle.length + payload.length);
  out.set(head, 0);
  out.set(type, head.length);
  out.set(middle, head.length + type.length);
  out.set(payload, head.length + type.length + middle.length);
  return out;
}

export type EnvelopeResult = { ok: true; envelope: Envelope; payload: Uint8Array } | { ok: false; reason: string };

/** Reads an envelope's JSON, checking its shape; the payload comes back decoded. */
export function parseEnvelope(text: string): EnvelopeResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the signature file is not JSON; expected a DSSE envelope' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'expected a DSSE envelope: an object with payloadType, payload and signatures' };
  const { payloadType, payload, signatures } = value as Record<string, unknown>;
  if (typeof payloadType !== 'string') return { ok: false, reason: 'the envelope has no `payloadType` string' };
  if (typeof payload !== 'string' || !isBase64(payload))
    return { ok: false, reason: 'the envelope has no `payload` in base64' };
  if (!Array.isArray(signatures) || signatures.length === 0)
    return { ok: false, reason: 'the envelope has no `signatures`' };
  const read: { keyid: string; sig: string }[] = [];
  for (const [i, item] of signatures.entries()) {
    const { keyid, sig } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof sig !== 'string' || !isBase64(sig) || sig.length === 0)
      return { ok: false, reason: `signature ${i + 1} of the envelope has no \`sig\` in base64` };
    if (keyid !== undefined && typeof keyid !== 'string')
      return { ok: false, reason: `signature ${i + 1} of the envelope has a \`keyid\` that is not a string` };
    read.push({ keyid: keyid ?? '', sig });
  }
  return { ok: true, envelope: { payloadType, payload, signatures: read }, payload: fromBase64(payload) };
}

/** The signatures of the envelope that this key may have made: its keyid, or none (DSSE makes keyid optional). */
export function candidateSignatures(envelope: Envelope, keyid: string): { sigs: Uint8Array[] } | { reason: string } {
  const candidates = envelope.signatures.filter((s) => s.keyid === keyid || s.keyid === '');
  if (candidates.length === 0)
    return {
      reason: `no signature by key ${keyid}; the envelope is signed by ${envelope.signatures.map((s) => s.keyid || '(no keyid)').join(', ')}`,
    };
  return { sigs: candidates.map((c) => fromBase64(c.sig)) };
}

/**
 * After the signature holds, the payload is the signer's own words: checks
 * that it is this project's statement, about a file with `fileSha256`, naming
 * a release whose rubric.json has the digest `releaseDigest` gives (undefined
 * for a version that was never frozen). A mismatch is a wrong file or an old
 * release, not tampering. Undefined when everything holds.
 */
export function statementProblem(
  payload: Uint8Array,
  fileSha256: string,
  releaseDigest: (version: string) => string | undefined,
): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return 'the signed payload is not JSON';
  }
  const statement = statementSchema.safeParse(value);
  if (!statement.success) return 'the signed payload is not an in-toto Statement v1';
  if (statement.data.predicateType !== PREDICATE_TYPE)
    return `the statement's predicateType is \`${statement.data.predicateType}\`, expected \`${PREDICATE_TYPE}\``;
  const subject = statement.data.subject[0];
  if (subject?.digest.sha256 !== fileSha256)
    return `the file's sha256 ${fileSha256} is not the signed subject's ${subject?.digest.sha256 ?? '(none)'}: the file changed after signing, or it is another file`;
  const rubric = (statement.data.predicate as { rubric?: { version?: unknown; digest?: { sha256?: unknown } } })
    ?.rubric;
  const version = typeof rubric?.version === 'string' ? rubric.version : '';
  const expected = releaseDigest(version);
  if (expected === undefined)
    return `the statement names rubric ${version || '(none)'}, which is not a frozen release known here; update @usd1-milestones/rubric`;
  if (rubric?.digest?.sha256 !== expected)
    return `the statement's digest of rubric ${version} is not the digest of that release's rubric.json (${expected})`;
  return undefined;
}

/** The envelope's payload type for a signed assessment, or why another one is refused. */
export function payloadTypeProblem(envelope: Envelope): string | undefined {
  return envelope.payloadType === PAYLOAD_TYPE
    ? undefined
    : `the envelope's payloadType is \`${envelope.payloadType}\`, expected \`${PAYLOAD_TYPE}\``;
}

/** Standard or URL-safe base64, padded or not (DSSE readers accept both). */
function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(text);
}

/** Bytes of standard or URL-safe base64, padded or not. */
export function fromBase64(text: string): Uint8Array {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Standard, padded base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
