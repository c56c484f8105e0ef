/**
 * `usd1-milestones assess sign FILE --key KEY`: a DSSE envelope around an
 * in-toto Statement about the assessment file (see attestation.ts in
 * @usd1-milestones/assess for what the statement says).
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { assessmentStatement, PAYLOAD_TYPE, scoreAssessment } from '@usd1-milestones/assess';
import { readPrivateKey, signEnvelope } from '@usd1-milestones/assess/node';
import { EXIT, UsageError } from '../../errors.js';
import { type CommandSpec, oneFile, parseOrHelp, stringOption } from '../../lib/args.js';
import { knownRubrics, readAssessmentFile } from '../../lib/assessment-file.js';
import { readKeyFile, releaseDigest } from '../../lib/attest/files.js';
import { stylish } from '../../lib/format/stylish.js';
import { writeOutput } from '../../lib/output.js';

export const spec: CommandSpec = {
  name: 'assess sign',
  operands: 'FILE',
  positionals: true,
  description: `Signs an assessment: writes a DSSE envelope (default FILE.intoto.json) holding
an in-toto Statement v1 whose subject is FILE (its name and SHA-256) and
whose predicate records the rubric release and the SHA-256 of its
rubric.json, the scorecard's summary, the assessor, the date and every
evidence digest (schema: @usd1-milestones/assess/attestation.schema.json).
Anyone with your public key checks it with
\`usd1-milestones assess verify FILE --signature FILE.intoto.json --key KEY.pub\`.`,
  options: {
    key: { type: 'string', value: 'KEY', description: 'your private key, as `assess keygen` writes it (PREFIX.key)' },
    out: { type: 'string', value: 'PATH', description: 'where to write the envelope', default: 'FILE.intoto.json' },
  },
  exitCodes: '0 signed, 1 the assessment has errors or names no frozen release, 2 could not run',
};

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const path = oneFile(spec, positionals);
  const keyPath = stringOption(values, 'key');
  if (keyPath === undefined)
    throw new UsageError('`assess sign` needs `--key KEY`, a private key from `assess keygen`');
  const cwd = process.cwd();
  const key = readPrivateKey(readKeyFile(cwd, keyPath));
  if (!key.ok) throw new UsageError(`Cannot use the key \`${keyPath}\`: ${key.reason}`);

  const { current, releases, versions } = knownRubrics();
  const read = readAssessmentFile(cwd, path, versions);
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !read.assessment || !read.bytes) {
    process.stdout.write(stylish(errors, false));
    process.stderr.write(`Not signed: \`${path}\` has errors; fix them first\n`);
    return EXIT.problems;
  }
  const version = read.assessment.rubricVersion;
  const rubricSha256 = releaseDigest(version);
  if (rubricSha256 === undefined) {
    process.stderr.write(
      `Not signed: \`${path}\` names rubric ${version}, which is not a frozen release (known: ${[...releases.keys()].join(', ')}); a signature records the release's digest\n`,
    );
    return EXIT.problems;
  }
  const scorecard = scoreAssessment(read.assessment, current, { releases });
  const statement = assessmentStatement({
    name: basename(read.absolute),
    sha256: createHash('sha256').update(read.bytes).digest('hex'),
    assessment: read.assessment,
    scorecard,
    rubricSha256,
  });
  const envelope = signEnvelope(PAYLOAD_TYPE, Buffer.from(JSON.stringify(statement), 'utf8'), key.key);
  const out = stringOption(values, 'out') ?? `${path}.intoto.json`;
  writeOutput(resolve(cwd, out), out, `${JSON.stringify(envelope, null, 2)}\n`, {
    protect: [
      [read.absolute, `the assessment \`${path}\` being signed`],
      [resolve(cwd, keyPath), `the key \`${keyPath}\``],
    ],
  });
  process.stdout.write(`wrote ${out}: ${basename(read.absolute)} signed by key ${key.key.keyid}\n`);
  return EXIT.ok;
}
