/**
 * The signed-assessment check that the site runs in a browser (WebCrypto),
 * here in Node's WebCrypto: an example assessment signed with node:crypto, as
 * `assess sign` does, checks out with its public key for both key kinds; a
 * changed file, another key, a changed payload and a bad key each fail with
 * the reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rubric } from '@usd1-milestones/rubric';
import { describe, expect, it } from 'vitest';
import { assessmentStatement, PAYLOAD_TYPE } from '../src/lib/attestation.js';
import { fromBase64, toBase64 } from '../src/lib/dsse.js';
import { parseAssessment } from '../src/lib/parse.js';
import { scoreAssessment } from '../src/lib/score.js';
import { verifySignedAssessment } from '../src/lib/verify-signature.js';
import { generateKeyPair, type KeyAlgorithm, readPrivateKey } from '../src/node/keys.js';
import { signEnvelope } from '../src/node/sign.js';

const repo = join(import.meta.dirname, '../../..');
const bytes = new Uint8Array(readFileSync(join(repo, 'examples/harbor-dollar.yaml')));
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
// The digest a frozen release's rubric.json would have; the statement records it for the release the
// assessment names (1.3.0, the example's), and the check compares.
const rubricDigest = 'a'.repeat(64);
const releaseDigest = (version: string) => (version === '1.3.0' ? rubricDigest : undefined);

function signed(algorithm: KeyAlgorithm) {
  const pair = generateKeyPair(algorithm);
  const key = readPrivateKey(pair.privateKey);
  if (!key.ok) throw new Error(key.reason);
  const parsed = parseAssessment(new TextDecoder().decode(bytes), 'harbor-dollar.yaml', rubric);
  if (!parsed.assessment) throw new Error('the example does not parse');
  const statement = assessmentStatement({
    name: 'harbor-dollar.yaml',
    sha256: sha256(bytes),
    assessment: parsed.assessment,
    scorecard: scoreAssessment(parsed.assessment, rubric),
    rubricSha256: rubricDigest,
  });
  const envelope = signEnvelope(PAYLOAD_TYPE, new TextEncoder().encode(JSON.stringify(statement)), key.key);
  return { pair, keyid: key.key.keyid, envelope: JSON.stringify(envelope) };
}

describe('verifySignedAssessment (WebCrypto)', () => {
  for (const algorithm of ['ed25519', 'ecdsa-p256'] as const) {
    it(`accepts an ${algorithm} signature made by node:crypto, naming the key`, async () => {
      const { pair, keyid, envelope } = signed(algorithm);
      expect(await verifySignedAssessment(envelope, bytes, pair.publicKey, releaseDigest)).toEqual({
        status: 'valid',
        keyid,
      });
    });
  }

  it('refuses a changed file, another key, a changed payload and a private key, each with its reason', async () => {
    const { pair, keyid, envelope } = signed('ed25519');
    const changed = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('status: met', 'status: partial'));
    expect(await verifySignedAssessment(envelope, changed, pair.publicKey, releaseDigest)).toEqual({
      status: 'invalid',
      keyid,
      reason: `the file's sha256 ${sha256(changed)} is not the signed subject's ${sha256(bytes)}: the file changed after signing, or it is another file`,
    });
    const other = generateKeyPair('ed25519');
    const byOther = await verifySignedAssessment(envelope, bytes, other.publicKey, releaseDigest);
    expect(byOther.reason).toBe(`no signature by key ${byOther.keyid}; the envelope is signed by ${keyid}`);
    const parsed = JSON.parse(envelope);
    const payload = new TextDecoder().decode(fromBase64(parsed.payload)).replace('"met"', '"partial"');
    const tampered = JSON.stringify({ ...parsed, payload: toBase64(new TextEncoder().encode(payload)) });
    expect(await verifySignedAssessment(tampered, bytes, pair.publicKey, releaseDigest)).toEqual({
      status: 'invalid',
      keyid,
      reason: 'the signature does not match the payload and the key',
    });
    expect(await verifySignedAssessment(envelope, bytes, pair.privateKey, releaseDigest)).toEqual({
      status: 'invalid',
      reason:
        'the public key cannot be used: it is a private key; verifying needs the public key (the .pub file), which can be shared',
    });
    expect(await verifySignedAssessment('{}', bytes, pair.publicKey, releaseDigest)).toEqual({
      status: 'invalid',
      keyid,
      reason: 'the envelope has no `payloadType` string',
    });
  });
});
