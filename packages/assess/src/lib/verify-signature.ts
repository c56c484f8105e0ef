/**
 * Checks a signed assessment with WebCrypto, so that a browser (the site's
 * /compare page) checks what `usd1-milestones assess verify --key` checks:
 * the DSSE signature over the PAE by this public key (Ed25519 or ECDSA P-256,
 * as `assess keygen` makes them), then that the statement is about these bytes
 * and names a frozen release with the recorded digest. Every failure is one
 * line saying which check failed. No Node API: `globalThis.crypto.subtle`.
 */
import {
  candidateSignatures,
  fromBase64,
  parseEnvelope,
  payloadTypeProblem,
  preAuthEncoding,
  type SignatureCheck,
  statementProblem,
} from './dsse.js';

/** Why a PEM cannot verify, in the words every reader of a public key uses (here and in ../node/keys.ts). */
export const PRIVATE_KEY_GIVEN =
  'it is a private key; verifying needs the public key (the .pub file), which can be shared';
export const NOT_A_PUBLIC_KEY = 'expected a public key in PEM (SPKI), as `assess keygen` writes';
/** A private key's PEM headers, which a public key's reader refuses by name. */
export const PRIVATE_KEY_PEM = /-----BEGIN (ENCRYPTED |EC |)PRIVATE KEY-----/;

type Algorithm = { name: 'Ed25519' } | { name: 'ECDSA'; namedCurve: 'P-256' };
/** WebCrypto's key, named without the DOM's or Node's type libraries. */
type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** The OIDs that tell an SPKI's key type: id-Ed25519 and id-ecPublicKey with prime256v1. */
const ED25519 = [0x06, 0x03, 0x2b, 0x65, 0x70];
const P256 = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];

/**
 * A public key read from PEM (SPKI), with its id (the SHA-256 of the SPKI DER
 * bytes, in hex, as the CLI names keys), or why it cannot be used.
 */
export async function readPublicKeyPem(
  pem: string,
): Promise<{ ok: true; key: CryptoKey; keyid: string; algorithm: Algorithm } | { ok: false; reason: string }> {
  if (PRIVATE_KEY_PEM.test(pem)) return { ok: false, reason: PRIVATE_KEY_GIVEN };
  const body = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----/.exec(pem)?.[1];
  if (body === undefined) return { ok: false, reason: NOT_A_PUBLIC_KEY };
  const der = fromBase64(body.replace(/\s+/g, ''));
  const algorithm: Algorithm | undefined = contains(der, ED25519)
    ? { name: 'Ed25519' }
    : contains(der, P256)
      ? { name: 'ECDSA', namedCurve: 'P-256' }
      : undefined;
  if (!algorithm) return { ok: false, reason: 'expected an Ed25519 or ECDSA P-256 public key' };
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', der, algorithm, false, ['verify']);
  } catch {
    return { ok: false, reason: NOT_A_PUBLIC_KEY };
  }
  return { ok: true, key, keyid: hex(new Uint8Array(await crypto.subtle.digest('SHA-256', der))), algorithm };
}

/**
 * The signed assessment's check: `envelopeText` (the .sig.json), the
 * assessment file's bytes, the signer's public key (PEM) and the digests of the
 * frozen releases' rubric.json by version.
 */
export async function verifySignedAssessment(
  envelopeText: string,
  fileBytes: Uint8Array,
  publicKeyPem: string,
  releaseDigest: (version: string) => string | undefined,
): Promise<SignatureCheck> {
  const read = await readPublicKeyPem(publicKeyPem);
  if (!read.ok) return { status: 'invalid', reason: `the public key cannot be used: ${read.reason}` };
  const invalid = (reason: string): SignatureCheck => ({ status: 'invalid', keyid: read.keyid, reason });
  const parsed = parseEnvelope(envelopeText);
  if (!parsed.ok) return invalid(parsed.reason);
  const type = payloadTypeProblem(parsed.envelope);
  if (type) return invalid(type);
  const candidates = candidateSignatures(parsed.envelope, read.keyid);
  if ('reason' in candidates) return invalid(candidates.reason);
  const pae = preAuthEncoding(parsed.envelope.payloadType, parsed.payload);
  const params = read.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'Ed25519' };
  let valid = false;
  for (const sig of candidates.sigs) {
    // node:crypto writes ECDSA signatures as DER; WebCrypto reads r || s.
    const raw = read.algorithm.name === 'ECDSA' ? derToRaw(sig) : sig;
    if (raw && (await crypto.subtle.verify(params, read.key, raw, pae))) {
      valid = true;
      break;
    }
  }
  if (!valid) return invalid('the signature does not match the payload and the key');
  const digest = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', fileBytes)));
  const problem = statementProblem(parsed.payload, digest, releaseDigest);
  return problem ? invalid(problem) : { status: 'valid', keyid: read.keyid };
}

/** An ECDSA P-256 signature in DER (SEQUENCE of two INTEGERs) as 64 bytes r || s; undefined if it is not one. */
function derToRaw(der: Uint8Array): Uint8Array | undefined {
  if (der[0] !== 0x30) return der.length === 64 ? der : undefined;
  let at = 2;
  const out = new Uint8Array(64);
  for (const half of [0, 1]) {
    if (der[at] !== 0x02) return undefined;
    const length = der[at + 1] ?? 0;
    let value = der.subarray(at + 2, at + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.subarray(1);
    if (value.length > 32) return undefined;
    out.set(value, half * 32 + (32 - value.length));
    at += 2 + length;
  }
  return out;
}

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
