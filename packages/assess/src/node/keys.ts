/**
 * Signing keys for assessments: Ed25519 (the default) or ECDSA P-256, as PEM
 * (PKCS#8 for the private key, SPKI for the public one), with node:crypto.
 * A key's id is the SHA-256 of its public key's SPKI DER bytes, in hex: the
 * same for the private key and its public half, so an envelope's `keyid`
 * names the key that verifies it.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { NOT_A_PUBLIC_KEY, PRIVATE_KEY_GIVEN, PRIVATE_KEY_PEM } from '../lib/verify-signature.js';

export const keyAlgorithms = ['ed25519', 'ecdsa-p256'] as const;
export type KeyAlgorithm = (typeof keyAlgorithms)[number];

export interface KeyPairPem {
  readonly privateKey: string;
  readonly publicKey: string;
}

export function generateKeyPair(algorithm: KeyAlgorithm): KeyPairPem {
  const { privateKey, publicKey } =
    algorithm === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
}

/** A key read from PEM text, or why it cannot be used (one phrase, for "Cannot use the key `PATH`: ..."). */
export type KeyResult<T> = { ok: true; key: T } | { ok: false; reason: string };

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly keyid: string;
}

export function readPrivateKey(pem: string): KeyResult<SigningKey> {
  if (/-----BEGIN PUBLIC KEY-----/.test(pem))
    return { ok: false, reason: 'it is a public key; signing needs the private key (the .key file)' };
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    return { ok: false, reason: 'expected a private key in PEM (PKCS#8), as `assess keygen` writes' };
  }
  const unsupported = unsupportedType(privateKey);
  if (unsupported) return { ok: false, reason: unsupported };
  return { ok: true, key: { privateKey, keyid: keyId(createPublicKey(privateKey)) } };
}

export interface VerifyingKey {
  readonly publicKey: KeyObject;
  readonly keyid: string;
}

export function readPublicKey(pem: string): KeyResult<VerifyingKey> {
  if (PRIVATE_KEY_PEM.test(pem)) return { ok: false, reason: PRIVATE_KEY_GIVEN };
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    return { ok: false, reason: NOT_A_PUBLIC_KEY };
  }
  const unsupported = unsupportedType(publicKey);
  if (unsupported) return { ok: false, reason: unsupported };
  return { ok: true, key: { publicKey, keyid: keyId(publicKey) } };
}

export function keyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The algorithm node:crypto's sign() and verify() take for the key: none for Ed25519, SHA-256 for P-256. */
export function digestFor(key: KeyObject): 'sha256' | null {
  return key.asymmetricKeyType === 'ec' ? 'sha256' : null;
}

function unsupportedType(key: KeyObject): string | undefined {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return undefined;
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve === 'prime256v1'
      ? undefined
      : `an ECDSA key on ${curve ?? 'an unknown curve'}; expected P-256 (or Ed25519)`;
  }
  return `a${type === 'rsa' || type === 'rsa-pss' ? 'n' : ''} ${type ?? 'unknown'} key; expected Ed25519 or ECDSA P-256`;
}
