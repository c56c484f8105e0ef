/**
 * DSSE, the Dead Simple Signing Envelope (secure-systems-lab/dsse, v1): the
 * signature covers the pre-authentication encoding (PAE) of the payload type
 * and the payload bytes, never the JSON around them, so re-serialising the
 * envelope cannot change what was signed.
 */
import { sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import { digestFor, type SigningKey, type VerifyingKey } from './keys.js';

export interface Envelope {
  readonly payloadType: string;
  /** Standard base64 of the payload bytes. */
  readonly payload: string;
  readonly signatures: readonly { readonly keyid: string; readonly sig: string }[];
}

/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in decimal bytes. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payload.length} `, 'ascii'),
    payload,
  ]);
}

export function signEnvelope(payloadType: string, payload: Uint8Array, key: SigningKey): Envelope {
  const sig = cryptoSign(digestFor(key.privateKey), preAuthEncoding(payloadType, payload), key.privateKey);
  return {
    payloadType,
    payload: Buffer.from(payload).toString('base64'),
    signatures: [{ keyid: key.keyid, sig: sig.toString('base64') }],
  };
}

export type EnvelopeResult = { ok: true; envelope: Envelope; payload: Buffer } | { ok: false; reason: string };

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
  return {
    ok: true,
    envelope: { payloadType, payload, signatures: read },
    payload: Buffer.from(payload, 'base64'),
  };
}

/**
 * The envelope's signature by this key, checked over the PAE: `valid`, or
 * why not. A signature whose keyid names another key is skipped; an empty
 * keyid is tried (DSSE makes keyid optional).
 */
export function verifyEnvelope(
  envelope: Envelope,
  key: VerifyingKey,
): { valid: true; keyid: string } | { valid: false; reason: string } {
  const candidates = envelope.signatures.filter((s) => s.keyid === key.keyid || s.keyid === '');
  if (candidates.length === 0)
    return {
      valid: false,
      reason: `no signature by key ${key.keyid}; the envelope is signed by ${envelope.signatures.map((s) => s.keyid || '(no keyid)').join(', ')}`,
    };
  const pae = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
  for (const candidate of candidates) {
    if (cryptoVerify(digestFor(key.publicKey), pae, key.publicKey, Buffer.from(candidate.sig, 'base64')))
      return { valid: true, keyid: key.keyid };
  }
  return { valid: false, reason: 'the signature does not match the payload and the key' };
}

/** Standard or URL-safe base64, padded or not (DSSE readers accept both). */
function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/_-]*={0,2}$/.test(text);
}
