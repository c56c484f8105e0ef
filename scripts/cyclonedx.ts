/**
 * Validation against CycloneDX's 1.6 JSON Schema, for the tests: the schema and
 * the two it refers to, as @cyclonedx/cyclonedx-library ships the
 * specification's files (res/schema).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const schemas = join(
  dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);
const schema = (file: string) => JSON.parse(readFileSync(join(schemas, file), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
// The 1.6 schema refers to these two by their file names.
for (const file of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json'])
  ajv.addSchema(schema(file), `http://cyclonedx.org/schema/${file}`);
const validate = ajv.compile(schema('bom-1.6.SNAPSHOT.schema.json'));

/** What the schema finds wrong in `document`, one line per error (`/path message`); none when it is valid. */
export function cyclonedxErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
