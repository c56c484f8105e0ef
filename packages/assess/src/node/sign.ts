/**
 * Signing a DSSE envelope with node:crypto (the envelope's format and the
 * checks of a signed assessment are in ../lib/dsse.ts, shared with browsers;
 * verifying is ../lib/verify-signature.ts, with WebCrypto, in both).
 */
import { sign as cryptoSign } from 'node:crypto';
import { type Envelope, preAuthEncoding, toBase64 } from '../lib/dsse.js';
import { digestFor, type SigningKey } from './keys.js';

export function signEnvelope(payloadType: string, payload: Uint8Array, key: SigningKey): Envelope {
  const sig = cryptoSign(digestFor(key.privateKey), preAuthEncoding(payloadType, payload), key.privateKey);
  return {
    payloadType,
    payload: toBase64(payload),
    signatures: [{ keyid: key.keyid, sig: toBase64(new Uint8Array(sig)) }],
  };
}
