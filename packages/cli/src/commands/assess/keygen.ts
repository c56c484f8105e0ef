/** `usd1-milestones assess keygen`: a key pair for signing assessments. */
import { resolve } from 'node:path';
import { generateKeyPair, type KeyAlgorithm, keyAlgorithms, readPublicKey } from '@usd1-milestones/assess/node';
import { EXIT } from '../../errors.js';
import { type CommandSpec, parseOrHelp, stringOption } from '../../lib/args.js';
import { writeOutput } from '../../lib/output.js';

export const spec: CommandSpec = {
  name: 'assess keygen',
  operands: '',
  positionals: false,
  description: `Writes a key pair for \`assess sign\`: PREFIX.key, the private key (PKCS#8 PEM,
readable by you alone: keep it secret), and PREFIX.pub, the public key (SPKI
PEM) that anyone verifying your signatures needs. Existing files are never
replaced. Prints the key id that signatures carry.`,
  options: {
    out: {
      type: 'string',
      value: 'PREFIX',
      description: 'where to write PREFIX.key and PREFIX.pub',
      default: 'assessor',
    },
    algorithm: {
      type: 'string',
      value: 'NAME',
      choices: keyAlgorithms,
      default: 'ed25519',
      description: 'the signature algorithm',
    },
  },
  exitCodes: '0 written, 2 could not run (the files exist, the folder is missing)',
};

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOrHelp(spec, argv);
  if (!parsed) return EXIT.ok;
  const { values } = parsed;
  const prefix = stringOption(values, 'out') ?? 'assessor';
  const algorithm = (stringOption(values, 'algorithm') ?? 'ed25519') as KeyAlgorithm;
  const pair = generateKeyPair(algorithm);
  const cwd = process.cwd();
  writeOutput(resolve(cwd, `${prefix}.key`), `${prefix}.key`, pair.privateKey, { mode: 0o600, exclusive: true });
  writeOutput(resolve(cwd, `${prefix}.pub`), `${prefix}.pub`, pair.publicKey, { exclusive: true });
  const read = readPublicKey(pair.publicKey);
  const keyid = read.ok ? read.key.keyid : '';
  process.stdout.write(
    `wrote ${prefix}.key (private: keep it secret) and ${prefix}.pub (public: share it)\nkey id ${keyid} (${algorithm})\n`,
  );
  return EXIT.ok;
}
