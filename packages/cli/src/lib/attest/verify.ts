/**
 * Checks a signed assessment: the DSSE signature over the PAE, then that the
 * statement is about these bytes and names a release whose rubric.json has
 * the recorded digest. Every failure is one line saying which check failed.
 */
import { createHash } from 'node:crypto';
import { PAYLOAD_TYPE, PREDICATE_TYPE, statementSchema } from '@usd1-milestones/assess';
import type { SignatureCheck } from '../format/verify.js';
import { parseEnvelope, verifyEnvelope } from './dsse.js';
import { releaseDigest } from './files.js';
import type { VerifyingKey } from './keys.js';

export function checkSignature(envelopeText: string, fileBytes: Buffer, key: VerifyingKey): SignatureCheck {
  const invalid = (reason: string): SignatureCheck => ({ status: 'invalid', keyid: key.keyid, reason });
  const parsed = parseEnvelope(envelopeText);
  if (!parsed.ok) return invalid(parsed.reason);
  if (parsed.envelope.payloadType !== PAYLOAD_TYPE)
    return invalid(`the envelope's payloadType is \`${parsed.envelope.payloadType}\`, expected \`${PAYLOAD_TYPE}\``);
  const signed = verifyEnvelope(parsed.envelope, key);
  if (!signed.valid) return invalid(signed.reason);
  // From here the payload is the signer's own words: a mismatch is a wrong file or an old release, not tampering.
  let value: unknown;
  try {
    value = JSON.parse(parsed.payload.toString('utf8'));
  } catch {
    return invalid('the signed payload is not JSON');
  }
  const statement = statementSchema.safeParse(value);
  if (!statement.success) return invalid('the signed payload is not an in-toto Statement v1');
  if (statement.data.predicateType !== PREDICATE_TYPE)
    return invalid(
      `the statement's predicateType is \`${statement.data.predicateType}\`, expected \`${PREDICATE_TYPE}\``,
    );
  const digest = createHash('sha256').update(fileBytes).digest('hex');
  const subject = statement.data.subject[0];
  if (subject?.digest.sha256 !== digest)
    return invalid(
      `the file's sha256 ${digest} is not the signed subject's ${subject?.digest.sha256 ?? '(none)'}: the file changed after signing, or it is another file`,
    );
  const rubric = (statement.data.predicate as { rubric?: { version?: unknown; digest?: { sha256?: unknown } } })
    ?.rubric;
  const version = typeof rubric?.version === 'string' ? rubric.version : '';
  const expected = releaseDigest(version);
  if (expected === undefined)
    return invalid(
      `the statement names rubric ${version || '(none)'}, which this CLI does not have as a frozen release; update @usd1-milestones/cli`,
    );
  if (rubric?.digest?.sha256 !== expected)
    return invalid(
      `the statement's digest of rubric ${version} is not the digest of that release's rubric.json (${expected})`,
    );
  return { status: 'valid', keyid: key.keyid };
}
