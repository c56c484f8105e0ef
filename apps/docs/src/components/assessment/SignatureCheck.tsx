import { translate } from '@docusaurus/Translate';
import { type SignatureCheck as Check, verifySignedAssessment } from '@usd1-milestones/assess';
import { type ReactNode, useEffect, useState } from 'react';
import { useReleaseDigest } from '../../lib/use-release-digests';

/** One of the three files the check reads, as the reader chose it. */
interface Chosen {
  readonly name: string;
  readonly bytes: Uint8Array;
}

type Part = 'assessment' | 'envelope' | 'key';

/**
 * Checks a signed assessment in this browser, with WebCrypto: the assessment
 * file, its DSSE envelope (`usd1-milestones assess sign` writes FILE.intoto.json)
 * and the signer's public key (the .pub file). The same check as
 * `usd1-milestones assess verify FILE --signature SIG --key PUB`, from the same
 * package; nothing leaves the browser.
 */
export default function SignatureCheck(): ReactNode {
  const releaseDigest = useReleaseDigest();
  const [files, setFiles] = useState<Partial<Record<Part, Chosen>>>({});
  const [result, setResult] = useState<Check | undefined>();
  const { assessment, envelope, key } = files;

  useEffect(() => {
    setResult(undefined);
    if (!assessment || !envelope || !key) return;
    let current = true;
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    verifySignedAssessment(text(envelope.bytes), assessment.bytes, text(key.bytes), releaseDigest).then(
      (check) => {
        if (current) setResult(check);
      },
      (error: unknown) => {
        // WebCrypto may lack an algorithm in an older browser: say so rather than fail silently.
        if (current) setResult({ status: 'invalid', reason: `this browser could not check it: ${String(error)}` });
      },
    );
    return () => {
      current = false;
    };
  }, [assessment, envelope, key, releaseDigest]);

  const input = (part: Part, label: string, accept: string) => (
    <label className="assessment-field">
      <span>{label}</span>
      <input
        type="file"
        accept={accept}
        data-testid={`signature-${part}`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          const chosen = file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
          setFiles((before) => ({ ...before, [part]: chosen }));
        }}
      />
    </label>
  );

  return (
    <fieldset className="assessment-milestone">
      <legend>{translate({ id: 'compare.signature', message: 'Check a signed assessment' })}</legend>
      <p>
        {translate({
          id: 'compare.signatureIntro',
          message:
            "The assessment file, the signature that `usd1-milestones assess sign` wrote beside it (FILE.intoto.json) and the signer's public key (.pub). Checked in this browser: the signature, that it is of this file, and that it names a released rubric.",
        })}
      </p>
      <div className="assessment-row">
        {input(
          'assessment',
          translate({ id: 'compare.signatureFile', message: 'Assessment file' }),
          '.yaml,.yml,.json,.csv',
        )}
        {input(
          'envelope',
          translate({ id: 'compare.signatureEnvelope', message: 'Signature (.intoto.json)' }),
          '.json',
        )}
        {input('key', translate({ id: 'compare.signatureKey', message: 'Public key (.pub)' }), '.pub,.pem')}
      </div>
      {result && (
        <p
          role="status"
          data-testid="signature-result"
          className={result.status === 'valid' ? 'alert alert--success' : 'alert alert--danger'}
        >
          {result.status === 'valid'
            ? translate(
                { id: 'compare.signatureValid', message: 'Valid: {file} is signed by key {keyid}.' },
                { file: assessment?.name ?? '', keyid: result.keyid ?? '' },
              )
            : translate(
                { id: 'compare.signatureInvalid', message: 'Not valid: {reason}.' },
                { reason: result.reason ?? '' },
              )}
        </p>
      )}
    </fieldset>
  );
}
