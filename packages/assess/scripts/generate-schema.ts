/** `npm run generate -w @usd1-milestones/assess`: writes the published JSON Schemas; `--check` only compares. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentJsonSchema, attestationJsonSchema } from '../src/lib/json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files: Record<string, Record<string, unknown>> = {
  'assessment.schema.json': assessmentJsonSchema(),
  'attestation.schema.json': attestationJsonSchema(),
};
for (const [name, schema] of Object.entries(files)) {
  const target = join(root, name);
  const contents = `${JSON.stringify(schema, null, 2)}\n`;
  const current = (() => {
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (process.argv.includes('--check')) {
    if (current !== contents) {
      console.error(`${name} is stale: run \`npm run generate -w @usd1-milestones/assess\``);
      process.exitCode = 1;
    }
  } else if (current !== contents) {
    writeFileSync(target, contents);
    console.log(`wrote ${name}`);
  }
}
