/** SARIF output checked against the SARIF 2.1.0 JSON Schema (fixtures/sarif, with a note on where it comes from). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The schema's errors for a SARIF log; none when it is valid. */
export async function validateSarif(text: string): Promise<unknown[]> {
  const schema = JSON.parse(
    await readFile(join(import.meta.dirname, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
  );
  // Both are CommonJS modules whose class or function is their `default` export.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  validate(JSON.parse(text));
  return validate.errors ?? [];
}
