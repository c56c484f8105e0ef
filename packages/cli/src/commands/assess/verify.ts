/**
 * `usd1-milestones assess verify FILE...`: is the evidence still what the
 * assessment says it was, and (with --signature) is the file what its signer
 * signed? The statuses, flags and JSON shape are in the CLI README.
 */
import { isIP } from 'node:net';
import { basename } from 'node:path';
import {
  type Assessment,
  evidenceItems,
  type Pin,
  pinJson,
  pinYaml,
  type SignatureCheck,
  verifySignedAssessment,
} from '@usd1-milestones/assess';
import {
  type AddressPolicy,
  checkEvidence,
  DEFAULT_LIMITS,
  type EvidenceCheck,
  type Located,
  normalAddress,
  readPublicKey,
} from '@usd1-milestones/assess/node';
import type { Finding } from '@usd1-milestones/check';
import { LineIndex, parseYaml } from '@usd1-milestones/core/yaml';
import { EXIT, UsageError } from '../../errors.js';
import { type CommandSpec, type ParsedValues, parseOrHelp, stringOption } from '../../lib/args.js';
import { type AssessmentFile, knownRubrics, readAssessmentFile } from '../../lib/assessment-file.js';
import { readKeyFile, releaseDigest } from '../../lib/attest/files.js';
import { colorEnabled } from '../../lib/color.js';
import { verifyGithub, verifyJson, verifyStylish } from '../../lib/format/verify.js';
import { writeOutput } from '../../lib/output.js';

export const spec: CommandSpec = {
  name: 'assess verify',
  operands: 'FILE...',
  positionals: true,
  description: `Re-checks each evidence item of the assessments: fetches its \`url\` (or reads
the file a relative path names, beside the assessment), hashes the bytes and
compares them with the recorded \`sha256\`, and judges its age by its cadence
from \`asOf\` or by \`expires\`. Each item is unchanged, changed, unreachable,
expired, no-digest or refused. Addresses in every special-purpose range
(loopback, private, link-local, unique-local, translation, documentation,
benchmarking, multicast, reserved) and cloud-metadata addresses are refused,
after DNS and on every redirect: --allow-loopback opens loopback alone,
--allow-private every range but cloud metadata, and --allow-address exactly
the addresses it names. With --signature, also checks the signature \`assess
sign\` wrote.`,
  options: {
    signature: { type: 'string', value: 'SIG', description: 'a DSSE envelope from `assess sign` to check (one FILE)' },
    key: { type: 'string', value: 'PUB', description: "the signer's public key (PEM), needed with --signature" },
    offline: { type: 'boolean', description: 'fetch nothing: check the signature and expiry only' },
    'allow-loopback': { type: 'boolean', description: 'also fetch from loopback addresses (a local server, tests)' },
    'allow-private': {
      type: 'boolean',
      description:
        'also fetch from loopback, private, link-local and other special-purpose addresses, not cloud metadata',
    },
    'allow-address': {
      type: 'string',
      value: 'IP[,IP...]',
      description: 'also fetch from these addresses, whatever their range (a cloud metadata address only this way)',
    },
    pin: {
      type: 'boolean',
      description:
        "write the digests fetched now into the file where it has none (and, where it has no asOf, the assessment's date, or today if earlier)",
    },
    today: {
      type: 'string',
      value: 'DATE',
      description: 'judge expiry on this day (YYYY-MM-DD)',
      default: 'today, UTC',
    },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      description: 'time limit for each request, from connecting to the last byte',
      default: String(DEFAULT_LIMITS.timeoutSeconds),
    },
    format: {
      type: 'string',
      value: 'NAME',
      choices: ['stylish', 'json', 'github'],
      default: 'stylish',
      description: 'output format',
    },
  },
  exitCodes:
    '0 every item unchanged and the signature valid (--offline: the signature valid and nothing expired), 1 anything else, 2 could not run',
};

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError('No assessment file given; see `usd1-milestones assess verify --help`');
  const format = stringOption(values, 'format') ?? 'stylish';
  const signaturePath = stringOption(values, 'signature');
  const keyPath = stringOption(values, 'key');
  const offline = values.offline === true;
  const pin = values.pin === true;
  const today = stringOption(values, 'today') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new UsageError(`--today expects a date as YYYY-MM-DD, not \`${today}\``);
  const timeout = Number(stringOption(values, 'timeout') ?? DEFAULT_LIMITS.timeoutSeconds);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600)
    throw new UsageError('--timeout expects a number of seconds, more than 0 and at most 600');
  if (signaturePath !== undefined && positionals.length > 1)
    throw new UsageError('--signature belongs to one assessment file; verify signed files one at a time');
  if (signaturePath !== undefined && keyPath === undefined)
    throw new UsageError("--signature needs --key PUB, the signer's public key");
  if (keyPath !== undefined && signaturePath === undefined)
    throw new UsageError('--key is used with --signature SIG; give the envelope to check');
  if (pin && offline) throw new UsageError('--pin fetches the evidence; it cannot be combined with --offline');
  const policy = addressPolicy(values);

  const cwd = process.cwd();
  const keyPem = keyPath === undefined ? undefined : readKeyFile(cwd, keyPath);
  const key = keyPem === undefined ? undefined : readPublicKey(keyPem);
  if (key && !key.ok) throw new UsageError(`Cannot use the key \`${keyPath}\`: ${key.reason}`);
  const envelopeText = signaturePath === undefined ? undefined : readKeyFile(cwd, signaturePath, 'the signature');

  const { versions } = knownRubrics();
  const files = positionals.map((path) => readAssessmentFile(cwd, path, versions));
  const problems: Finding[] = files.flatMap((f) => f.problems.filter((p) => p.severity === 'error'));
  const evidence: EvidenceCheck[] = [];
  let notFetched = 0;
  let signature: SignatureCheck | undefined;
  // One deadline for the whole run, however many files and items.
  const deadline = AbortSignal.timeout(Math.max(DEFAULT_LIMITS.runSeconds, timeout) * 1000);
  for (const read of files) {
    if (!read.assessment) continue;
    const result = await checkEvidence(read.assessment, read.file, read.absolute, locator(read), {
      today,
      offline,
      limits: { ...DEFAULT_LIMITS, timeoutSeconds: timeout, deadline, policy },
    });
    evidence.push(...result.checks);
    notFetched += result.notFetched;
    if (pin) pinFile(read, result.checks, today);
  }
  if (key?.ok && envelopeText !== undefined) {
    const read = files[0] as AssessmentFile;
    // The same check as the site's /compare page makes in a browser (WebCrypto).
    signature = read.bytes
      ? await verifySignedAssessment(envelopeText, new Uint8Array(read.bytes), keyPem ?? '', releaseDigest)
      : { status: 'invalid', keyid: key.key.keyid, reason: `\`${basename(read.absolute)}\` could not be read` };
  }

  const report = { evidence, ...(signature ? { signature } : {}), problems, notFetched };
  process.stdout.write(
    format === 'json'
      ? verifyJson(report)
      : format === 'github'
        ? verifyGithub(report, signaturePath)
        : verifyStylish(report, colorEnabled(process.stdout)),
  );
  const evidenceOk = offline
    ? evidence.every((e) => e.status !== 'expired')
    : evidence.every((e) => e.status === 'unchanged');
  const signatureOk = signature === undefined || signature.status === 'valid';
  return problems.length === 0 && evidenceOk && signatureOk ? EXIT.ok : EXIT.problems;
}

/** The opt-ins beyond public addresses, from the flags. */
function addressPolicy(values: ParsedValues): AddressPolicy {
  const named = stringOption(values, 'allow-address');
  const allowAddresses = (named ?? '')
    .split(',')
    .map((a) => a.trim().replace(/^\[|\]$/g, ''))
    .filter((a) => a !== '');
  for (const address of allowAddresses)
    if (isIP(address) === 0)
      throw new UsageError(`--allow-address expects IP addresses separated by commas, not \`${address}\``);
  if (named !== undefined && allowAddresses.length === 0)
    throw new UsageError('--allow-address expects IP addresses separated by commas');
  return {
    allowLoopback: values['allow-loopback'] === true,
    allowPrivate: values['allow-private'] === true,
    allowAddresses: allowAddresses.map(normalAddress),
  };
}

/** Where each evidence item's `url` is written: YAML and JSON by path, a checklist by the cell holding it. */
function locator(read: AssessmentFile): (milestone: string, criterion: string | undefined, index: number) => Located {
  const text = read.text ?? '';
  if (/\.csv$/i.test(read.file)) {
    const lines = text.split(/\r?\n/);
    const assessment = read.assessment;
    return (milestone, criterion, index) => {
      const holder =
        criterion === undefined
          ? assessment?.milestones[milestone]
          : assessment?.milestones[milestone]?.criteria?.[criterion];
      const url = holder?.evidence?.[index]?.url ?? '';
      const row = lines.findIndex(
        (l) => l.includes(milestone) && (criterion === undefined || l.includes(criterion)) && l.includes(url),
      );
      return row < 0 ? { line: 1, column: 1 } : { line: row + 1, column: (lines[row] as string).indexOf(url) + 1 };
    };
  }
  const parsed = parseYaml(text, new LineIndex(text));
  return (milestone, criterion, index) => {
    if (!parsed.ok) return { line: 1, column: 1 };
    const path =
      criterion === undefined
        ? ['milestones', milestone, 'evidence', index]
        : ['milestones', milestone, 'criteria', criterion, 'evidence', index];
    const at = parsed.yaml.locate(path, { key: 'url' });
    return { line: at.line, column: at.column };
  };
}

/** --pin: the digests seen now, written where the file has none. A checklist has no digest column. */
function pinFile(read: AssessmentFile, checks: readonly EvidenceCheck[], today: string): void {
  if (/\.csv$/i.test(read.file))
    throw new UsageError(
      `--pin writes digests into YAML or JSON assessments; the checklist \`${read.file}\` has no sha256 column`,
    );
  // Without --offline every item is checked, in evidenceItems' order.
  const assessment = read.assessment as Assessment;
  const items = evidenceItems(assessment);
  // The assessment speaks as of its date: evidence dated after it would make the next
  // `assess` warn that the assessment relies on evidence from its future.
  const asOf = assessment.date < today ? assessment.date : today;
  const pins: Pin[] = [];
  items.forEach(({ milestone, criterion, index, item }, i) => {
    const check = checks[i];
    if (check?.actual === undefined || (item.sha256 !== undefined && item.asOf !== undefined)) return;
    pins.push({
      milestone,
      ...(criterion === undefined ? {} : { criterion }),
      index,
      ...(item.sha256 === undefined ? { sha256: check.actual } : {}),
      ...(item.asOf === undefined ? { asOf } : {}),
    });
  });
  if (pins.length === 0) return;
  const text = read.text ?? '';
  // A .json name holding YAML (which the reader accepts) is written back as YAML.
  const written = /\.json$/i.test(read.file) && isJson(text) ? pinJson(text, pins) : pinYaml(text, pins);
  writeOutput(read.absolute, read.file, written);
  process.stderr.write(`pinned ${pins.length} evidence item${pins.length === 1 ? '' : 's'} in ${read.file}\n`);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
