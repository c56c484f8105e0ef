/** `npm run generate -w @usd1-milestones/assess`: writes assessment.schema.json; `--check` only compares. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentJsonSchema } from '../src/lib/json-schema.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'assessment.schema.json');
const contents = `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`;
const current = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
})();
if (process.argv.includes('--check')) {
  if (current !== contents) {
    console.error('assessment.schema.json is stale: run `npm run generate -w @usd1-milestones/assess`');
    process.exitCode = 1;
  }
} else if (current !== contents) {
  writeFileSync(target, contents);
  console.log('wrote assessment.schema.json');
}
