/**
 * `assess keygen`, `assess sign` and `assess verify --signature`, and the
 * envelope checked both ways against an independent DSSE implementation:
 * Sigstore's (@sigstore/verify reads ours with a public-key trust material;
 * @sigstore/sign's DSSE bundle builder writes one that ours reads).
 */
import { createPrivateKey, createPublicKey, sign as cryptoSign, generateKeyPairSync } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder } from '@sigstore/sign';
import { toSignedEntity, Verifier } from '@sigstore/verify';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const example = join(import.meta.dirname, '../../../examples/harbor-dollar.yaml');
let dir: string;

interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
}
const readEnvelope = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Envelope;
/** `assess verify --signature ... --offline --format json` on the example, as a signer's reader runs it. */
const verify = (options: { signature?: string; key?: string; cwd?: string } = {}) =>
  runCli(
    [
      'assess',
      'verify',
      'harbor-dollar.yaml',
      '--signature',
      options.signature ?? 'harbor-dollar.yaml.intoto.json',
      '--key',
      options.key ?? 'me.pub',
      '--offline',
      '--today',
      '2026-11-01',
      '--format',
      'json',
    ],
    options.cwd ?? dir,
  );
const signatureOf = async (cwd = dir) => JSON.parse((await verify({ cwd })).stdout).signature;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'usd1-sign-'));
  await copyFile(example, join(dir, 'harbor-dollar.yaml'));
  expect((await runCli(['assess', 'keygen', '--out', 'me'], dir)).code).toBe(0);
  expect((await runCli(['assess', 'sign', 'harbor-dollar.yaml', '--key', 'me.key'], dir)).code).toBe(0);
});

describe('assess keygen', () => {
  it('writes an Ed25519 PKCS#8 private key readable by its owner alone, and its SPKI public key', async () => {
    expect((await stat(join(dir, 'me.key'))).mode & 0o777).toBe(0o600);
    const privateKey = createPrivateKey(await readFile(join(dir, 'me.key'), 'utf8'));
    const publicKey = createPublicKey(await readFile(join(dir, 'me.pub'), 'utf8'));
    expect([privateKey.asymmetricKeyType, publicKey.asymmetricKeyType]).toEqual(['ed25519', 'ed25519']);
  });

  it('never replaces an existing key', async () => {
    const run = await runCli(['assess', 'keygen', '--out', 'me'], dir);
    expect([run.code, run.stderr]).toEqual([
      2,
      'usd1-milestones: Cannot write `me.key`: it exists already; remove it or choose another name\n',
    ]);
  });
});

describe('assess sign', () => {
  it('writes an in-toto Statement v1 about the file in a DSSE envelope', async () => {
    const envelope = await readEnvelope(join(dir, 'harbor-dollar.yaml.intoto.json'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    const fileDigest = (await import('node:crypto'))
      .createHash('sha256')
      .update(await readFile(join(dir, 'harbor-dollar.yaml')))
      .digest('hex');
    const releaseDigest = (await import('node:crypto'))
      .createHash('sha256')
      .update(await readFile(join(import.meta.dirname, '../../rubric/releases/1.3.0.json')))
      .digest('hex');
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject).toEqual([{ name: 'harbor-dollar.yaml', digest: { sha256: fileDigest } }]);
    expect(statement.predicateType).toBe(
      'https://github.com/usd1-milestones/usd1-milestones/attestation/assessment/v1',
    );
    expect(statement.predicate.rubric).toEqual({ version: '1.3.0', digest: { sha256: releaseDigest } });
    expect([
      statement.predicate.assessor,
      statement.predicate.date,
      statement.predicate.summary.milestones.met,
    ]).toEqual(['USD1 milestones example', '2026-11-01', 5]);
    expect(statement.predicate.evidence[0]).toEqual({
      milestone: 'redemption-promise',
      url: 'https://example.org/harbor/redemption-terms',
      asOf: '2026-06-30',
    });
  });

  it('signs with ECDSA P-256 keys too', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-sign-p256-'));
    await copyFile(example, join(folder, 'harbor-dollar.yaml'));
    expect((await runCli(['assess', 'keygen', '--out', 'p256', '--algorithm', 'ecdsa-p256'], folder)).code).toBe(0);
    expect((await runCli(['assess', 'sign', 'harbor-dollar.yaml', '--key', 'p256.key'], folder)).code).toBe(0);
    const run = await verify({ key: 'p256.pub', cwd: folder });
    expect(JSON.parse(run.stdout).signature.status).toBe('valid');
  });

  it('refuses a key it cannot use, in one line, exit 2', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    await writeFile(join(dir, 'rsa.key'), rsa);
    await mkdir(join(dir, 'keys'), { recursive: true });
    for (const [key, message] of [
      ['rsa.key', 'Cannot use the key `rsa.key`: an rsa key; expected Ed25519 or ECDSA P-256'],
      ['keys', 'Cannot use the key `keys`: it is a folder; name the file'],
      ['me.pub', 'Cannot use the key `me.pub`: it is a public key; signing needs the private key (the .key file)'],
      [
        'harbor-dollar.yaml',
        'Cannot use the key `harbor-dollar.yaml`: expected a private key in PEM (PKCS#8), as `assess keygen` writes',
      ],
    ]) {
      const run = await runCli(
        ['assess', 'sign', 'harbor-dollar.yaml', '--key', key as string, '--out', 'not-written.json'],
        dir,
      );
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
    }
    await expect(stat(join(dir, 'not-written.json'))).rejects.toThrow();
  });
});

describe('assess verify --signature', () => {
  it('says the signature is valid and names the key', async () => {
    const keyid = JSON.parse(await readFile(join(dir, 'harbor-dollar.yaml.intoto.json'), 'utf8')).signatures[0].keyid;
    expect(keyid).toMatch(/^[0-9a-f]{64}$/);
    expect(await signatureOf()).toEqual({ status: 'valid', keyid });
  });

  it('fails on one changed byte in the file, the payload or the signature, with a one-line reason', async () => {
    // Its own copy of the signed files: the shared ones stay as beforeAll made them.
    const own = await mkdtemp(join(tmpdir(), 'usd1-sign-tamper-'));
    for (const name of ['harbor-dollar.yaml', 'harbor-dollar.yaml.intoto.json', 'me.pub'])
      await copyFile(join(dir, name), join(own, name));
    const original = await readFile(join(own, 'harbor-dollar.yaml'));
    const envelopeText = await readFile(join(own, 'harbor-dollar.yaml.intoto.json'), 'utf8');
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

    const changedFile = Buffer.from(original);
    changedFile[10] = changedFile[10] === 0x41 ? 0x42 : 0x41;
    await writeFile(join(own, 'harbor-dollar.yaml'), changedFile);
    expect((await signatureOf(own)).reason).toMatch(
      /^the file's sha256 [0-9a-f]{64} is not the signed subject's [0-9a-f]{64}: the file changed after signing, or it is another file$/,
    );
    await writeFile(join(own, 'harbor-dollar.yaml'), original);

    const envelope = JSON.parse(envelopeText) as Envelope;
    await writeFile(
      join(own, 'harbor-dollar.yaml.intoto.json'),
      JSON.stringify({ ...envelope, payload: flip(envelope.payload, 40) }),
    );
    expect((await signatureOf(own)).reason).toBe('the signature does not match the payload and the key');

    const signature = envelope.signatures[0] as Envelope['signatures'][number];
    await writeFile(
      join(own, 'harbor-dollar.yaml.intoto.json'),
      JSON.stringify({ ...envelope, signatures: [{ ...signature, sig: flip(signature.sig, 5) }] }),
    );
    expect((await signatureOf(own)).reason).toBe('the signature does not match the payload and the key');

    await writeFile(join(own, 'harbor-dollar.yaml.intoto.json'), '{"payloadType": "application/vnd.in-toto+json"}');
    expect((await signatureOf(own)).reason).toBe('the envelope has no `payload` in base64');
    const run = await verify({ cwd: own });
    expect(run.code).toBe(1);
    await writeFile(join(own, 'harbor-dollar.yaml.intoto.json'), envelopeText);
    expect((await signatureOf(own)).status).toBe('valid');
  });
});

describe('the envelope, checked by an independent DSSE implementation (Sigstore)', () => {
  const trust = async (keyid: string) => {
    const publicKey = createPublicKey(await readFile(join(dir, 'me.pub'), 'utf8'));
    return {
      certificateAuthorities: [],
      timestampAuthorities: [],
      tlogs: [],
      ctlogs: [],
      publicKey: (hint: string) => {
        if (hint !== keyid) throw new Error(`unknown key ${hint}`);
        return { publicKey, validFor: () => true };
      },
    };
  };
  // Keys only: no transparency log or timestamp authority can be reached from these machines.
  const keysOnly = { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 };

  it('@sigstore/verify verifies the envelope `assess sign` wrote', async () => {
    const envelope = await readEnvelope(join(dir, 'harbor-dollar.yaml.intoto.json'));
    const keyid = (envelope.signatures[0] as { keyid: string }).keyid;
    const bundle = bundleFromJSON({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        publicKey: { hint: keyid },
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
      },
      dsseEnvelope: envelope,
    });
    const verifier = new Verifier(await trust(keyid), keysOnly);
    expect(() => verifier.verify(toSignedEntity(bundle))).not.toThrow();
    const tampered = bundleFromJSON({
      ...bundleToJSON(bundle),
      dsseEnvelope: { ...envelope, payload: Buffer.from('{"_type":"forged"}').toString('base64') },
    });
    expect(() => verifier.verify(toSignedEntity(tampered))).toThrow(/signature verification failed/);
  });

  it('`assess verify` verifies an envelope that @sigstore/sign built', async () => {
    const ours = await readEnvelope(join(dir, 'harbor-dollar.yaml.intoto.json'));
    const keyid = (ours.signatures[0] as { keyid: string }).keyid;
    const privateKey = createPrivateKey(await readFile(join(dir, 'me.key'), 'utf8'));
    const builder = new DSSEBundleBuilder({
      // Sigstore builds the PAE and the envelope; the key only signs the bytes it is given.
      signer: {
        sign: async (data: Buffer) => ({
          signature: cryptoSign(null, data, privateKey),
          key: { $case: 'publicKey', publicKey: await readFile(join(dir, 'me.pub'), 'utf8'), hint: keyid },
        }),
      },
      witnesses: [],
    });
    const bundle = await builder.create({
      data: Buffer.from(ours.payload, 'base64'),
      type: 'application/vnd.in-toto+json',
    });
    const theirs = bundleToJSON(bundle).dsseEnvelope as Envelope;
    expect(theirs.signatures[0]?.sig).not.toBe(undefined);
    await writeFile(join(dir, 'sigstore.intoto.json'), JSON.stringify(theirs));
    const run = await verify({ signature: 'sigstore.intoto.json' });
    expect(JSON.parse(run.stdout).signature).toEqual({ status: 'valid', keyid });
  });
});
