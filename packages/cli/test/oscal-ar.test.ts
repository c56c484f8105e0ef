/**
 * `assess FILE --format oscal-ar`: OSCAL 1.1.2 assessment results that
 * validate against NIST's JSON Schema (the copy in core's test fixtures,
 * from ../shared/oscal), with the plan they import embedded, and the same
 * bytes every time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const repo = join(import.meta.dirname, '../../..');
const schema = JSON.parse(
  readFileSync(join(repo, 'packages/rubric/test/fixtures/oscal/oscal-1.1.2-complete.schema.json'), 'utf8'),
);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const errorsOf = (document: unknown) =>
  validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
const arOf = async (...files: string[]) => {
  const run = await runCli(['assess', ...files, '--format', 'oscal-ar'], repo);
  expect(run.code).toBe(0);
  return run.stdout;
};

describe('assess --format oscal-ar', () => {
  it('validates against the OSCAL 1.1.2 schema with zero errors, as does the plan it embeds', async () => {
    const document = JSON.parse(await arOf('examples/harbor-dollar.yaml', 'examples/meridian-settlement-coin.yaml'));
    expect(errorsOf(document)).toEqual([]);
    const ar = document['assessment-results'];
    const planResource = ar['back-matter'].resources.find(
      (r: { uuid: string }) => `#${r.uuid}` === ar['import-ap'].href,
    );
    const plan = JSON.parse(Buffer.from(planResource.base64.value, 'base64').toString('utf8'));
    expect(errorsOf(plan)).toEqual([]);
    expect(Object.keys(plan)).toEqual(['assessment-plan']);
  });

  it('gives one result per assessment, a finding per answer with satisfied or not and the rubric status as a prop', async () => {
    const ar = JSON.parse(await arOf('examples/harbor-dollar.yaml', 'examples/meridian-settlement-coin.yaml'))[
      'assessment-results'
    ];
    expect(ar.results.map((r: { title: string }) => r.title)).toEqual([
      'Harbor Dollar (hypothetical), assessed 2026-11-01',
      'Meridian Settlement Coin (hypothetical), assessed 2026-11-01',
    ]);
    const harbor = ar.results[0];
    const byTarget = (id: string) =>
      harbor.findings.find((f: { target: { 'target-id': string } }) => f.target['target-id'] === id);
    expect(byTarget('reserve-policy_smt').target.status.state).toBe('not-satisfied');
    expect(byTarget('reserve-policy_smt').props).toEqual([
      { name: 'status', value: 'partial', ns: 'https://github.com/usd1-milestones/usd1-milestones/ns/oscal' },
    ]);
    expect(byTarget('reserve-policy_smt.permitted-assets')).toMatchObject({
      target: { type: 'objective-id', status: { state: 'satisfied' } },
    });
    expect(byTarget('redemption-promise_smt').target.status.state).toBe('satisfied');
    // Evidence: an observation whose relevant evidence is a back-matter resource with the URL.
    const observation = harbor.observations.find(
      (o: { uuid: string }) =>
        o.uuid === byTarget('redemption-promise_smt')['related-observations'][0]['observation-uuid'],
    );
    const resource = ar['back-matter'].resources.find(
      (r: { uuid: string }) => `#${r.uuid}` === observation['relevant-evidence'][0].href,
    );
    expect([observation.collected, resource.rlinks]).toEqual([
      '2026-06-30T00:00:00Z',
      [{ href: 'https://example.org/harbor/redemption-terms' }],
    ]);
  });

  it('is the same bytes every time', async () => {
    expect(await arOf('examples/harbor-dollar.yaml')).toBe(await arOf('examples/harbor-dollar.yaml'));
  });
});
