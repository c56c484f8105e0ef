/**
 * `assess verify`: evidence re-checked against a local server on 127.0.0.1
 * (with --allow-loopback, since the server is on loopback), the default
 * refusal of private addresses, and hostile servers cut off within seconds.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchDigest } from '@usd1-milestones/assess/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvidenceServer, startEvidenceServer } from './evidence-server.js';
import { fixtures, runCli } from './run.js';

let server: EvidenceServer;
let dir: string;

/** The fixture assessment with BASE pointing at the server, beside its local evidence file. */
async function assessmentIn(folder: string, name = 'assessment.yaml'): Promise<string> {
  const template = await readFile(join(fixtures, 'verify/assessment.yaml'), 'utf8');
  await writeFile(join(folder, name), template.replaceAll('BASE', server.base));
  await copyFile(join(fixtures, 'verify/local-evidence.txt'), join(folder, 'local-evidence.txt'));
  return name;
}

beforeAll(async () => {
  server = await startEvidenceServer();
  dir = await mkdtemp(join(tmpdir(), 'usd1-verify-'));
  await assessmentIn(dir);
});
afterAll(() => server.close());

describe('assess verify', () => {
  it('reports every evidence item: unchanged, changed with both digests, unreachable, expired, no-digest', async () => {
    const run = await runCli(
      ['assess', 'verify', 'assessment.yaml', '--allow-loopback', '--today', '2026-11-01', '--format', 'json'],
      dir,
    );
    expect([run.code, run.stderr]).toEqual([1, '']);
    const terms = '945cfe569f5751cff1d938ef4304d486c9add51ca4a2de52b199813ef1137a4f';
    const at = (line: number) => ({ file: 'assessment.yaml', line, column: 9 });
    expect(JSON.parse(run.stdout)).toEqual({
      evidence: [
        {
          ...at(13),
          milestone: 'redemption-promise',
          url: `${server.base}/terms.html`,
          status: 'unchanged',
          expected: terms,
          actual: terms,
        },
        {
          ...at(21),
          milestone: 'reserve-reporting',
          url: `${server.base}/reserves.pdf`,
          status: 'changed',
          expected: 'd8f28896134050b203fb74a7dbb40bf37547f51e1a0175930a874f4cc5dc71db',
          actual: '00c8e85b9936b28b4df65cb136d686f5012240294488e057528bdf3527308c8a',
        },
        {
          ...at(28),
          milestone: 'reserve-policy',
          url: `${server.base}/gone.pdf`,
          status: 'unreachable',
          expected: terms,
          detail: 'HTTP 404',
        },
        {
          ...at(32),
          milestone: 'reserve-policy',
          url: `${server.base}/moved/terms.html`,
          status: 'unchanged',
          expected: terms,
          actual: terms,
        },
        {
          ...at(40),
          milestone: 'security-reviews',
          url: `${server.base}/terms.html`,
          status: 'expired',
          expected: terms,
          actual: terms,
          detail: '655 days old on 2026-11-01; published annual, so at most 366 days',
        },
        {
          ...at(47),
          milestone: 'wind-down-plan',
          url: 'local-evidence.txt',
          status: 'unchanged',
          expected: 'c7795b43261d8ad76e1d45e0ba6b2dc9327ce8cf1dc3adc229bd3ae404fcea0e',
          actual: 'c7795b43261d8ad76e1d45e0ba6b2dc9327ce8cf1dc3adc229bd3ae404fcea0e',
        },
        {
          ...at(51),
          milestone: 'wind-down-plan',
          url: `${server.base}/terms.html`,
          status: 'no-digest',
          actual: terms,
          detail: 'record it with --pin',
        },
      ],
      problems: [],
    });
  });

  it('refuses loopback by default: the address itself, a hostname that resolves to it, and a redirect', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-verify-refused-'));
    const urls = [
      `${server.base}/terms.html`,
      `http://localhost:${server.port}/terms.html`,
      `${server.base}/moved/terms.html`,
    ];
    await writeFile(
      join(folder, 'refused.yaml'),
      [
        'arrangement: Refused (hypothetical)',
        'date: 2026-11-01',
        'assessor: Tests',
        'rubricVersion: 1.3.0',
        'milestones:',
        '  redemption-promise:',
        '    status: partial',
        '    evidence:',
        ...urls.map((url) => `      - { url: '${url}', kind: policy, asOf: 2026-10-01 }`),
        '',
      ].join('\n'),
    );
    const run = await runCli(['assess', 'verify', 'refused.yaml', '--format', 'json', '--today', '2026-11-01'], folder);
    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.stdout).evidence.map((e: { status: string; detail: string }) => [e.status, e.detail]),
    ).toEqual([
      ['refused', `127.0.0.1:${server.port} is 127.0.0.1, a loopback address; give --allow-loopback to fetch it`],
      [
        'refused',
        expect.stringMatching(
          /^localhost resolves to (127\.0\.0\.1|::1), a loopback address; give --allow-loopback to fetch it$/,
        ),
      ],
      ['refused', `127.0.0.1:${server.port} is 127.0.0.1, a loopback address; give --allow-loopback to fetch it`],
    ]);
  });

  it('checks the address again on every redirect', async () => {
    // Only 127.0.0.2 is refused here, so the first hop (127.0.0.1) is fetched and the redirect is what gets refused.
    const result = await fetchDigest(`${server.base}/to-other-address`, {
      timeoutSeconds: 5,
      deadline: AbortSignal.timeout(30_000),
      maxBytes: 1024 * 1024,
      maxRedirects: 5,
      policy: {},
      refuse: (address) => (address === '127.0.0.2' ? 'refused by this test' : undefined),
    });
    expect(result).toEqual({
      ok: false,
      status: 'refused',
      detail: `127.0.0.2:${server.port} is 127.0.0.2, refused by this test; give --allow-loopback to fetch it (after 1 redirect)`,
    });
  });

  it('gives every way a request can end a status of its own: 101, closed, reset, a bad Location', async () => {
    const limits = {
      timeoutSeconds: 30,
      deadline: AbortSignal.timeout(60_000),
      maxBytes: 1024 * 1024,
      maxRedirects: 5,
      policy: { allowLoopback: true },
    };
    const results = await Promise.all(
      ['switches-protocols', 'closes-early', 'closes-silently', 'resets', 'bad-location', 'informational-then-ok'].map(
        (path) => fetchDigest(`${server.base}/${path}`, limits),
      ),
    );
    expect(results).toEqual([
      { ok: false, status: 'unreachable', detail: 'HTTP 101: the server switched protocols' },
      { ok: false, status: 'unreachable', detail: 'the connection closed before the whole body' },
      { ok: false, status: 'unreachable', detail: 'the connection was reset' },
      { ok: false, status: 'unreachable', detail: 'the connection was reset' },
      { ok: false, status: 'unreachable', detail: 'redirected to `http://[::1`, which is not a URL' },
      {
        ok: true,
        sha256: '2689367b205c16ce32ed4200942b8b8b1e262dfc70d9bc9fbc77c49699a4f1df',
        bytes: 2,
        finalUrl: `${server.base}/informational-then-ok`,
      },
    ]);
  });

  it('a tampered assessment whose evidence switches protocols fails, with its signature invalid (exit 1, never 0)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-verify-101-'));
    await writeFile(
      join(folder, 'forged.yaml'),
      [
        'arrangement: Forged (hypothetical)',
        'date: 2026-11-01',
        'assessor: Tests',
        'rubricVersion: 1.3.0',
        'milestones:',
        '  redemption-promise:',
        '    status: met',
        '    evidence:',
        `      - { url: '${server.base}/switches-protocols', kind: policy, asOf: 2026-10-01, sha256: ${'a'.repeat(64)} }`,
        `      - { url: '${server.base}/bad-location', kind: policy, asOf: 2026-10-01, sha256: ${'b'.repeat(64)} }`,
        `      - { url: '${server.base}/terms.html', kind: policy, asOf: 2026-10-01 }`,
        '',
      ].join('\n'),
    );
    // Signed, then changed: the signature no longer matches the file.
    expect((await runCli(['assess', 'keygen', '--out', 'signer'], folder)).code).toBe(0);
    expect((await runCli(['assess', 'sign', 'forged.yaml', '--key', 'signer.key'], folder)).code).toBe(0);
    await writeFile(
      join(folder, 'forged.yaml'),
      (await readFile(join(folder, 'forged.yaml'), 'utf8')).replace('Forged', 'Tampered'),
    );
    const run = await runCli(
      [
        'assess',
        'verify',
        'forged.yaml',
        '--allow-loopback',
        '--today',
        '2026-11-01',
        '--format',
        'json',
        '--signature',
        'forged.yaml.intoto.json',
        '--key',
        'signer.pub',
      ],
      folder,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.evidence.map((e: { status: string; detail?: string }) => [e.status, e.detail])).toEqual([
      ['unreachable', 'HTTP 101: the server switched protocols'],
      ['unreachable', 'redirected to `http://[::1`, which is not a URL'],
      ['no-digest', 'record it with --pin'],
    ]);
    expect(report.signature.status).toBe('invalid');
  });

  it('cuts off hostile servers within the time limits, with one line each', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-verify-hostile-'));
    const urls = ['loop', 'never-answers', 'streams-forever', 'declares-huge'].map((p) => `${server.base}/${p}`);
    await writeFile(
      join(folder, 'hostile.yaml'),
      [
        'arrangement: Hostile (hypothetical)',
        'date: 2026-11-01',
        'assessor: Tests',
        'rubricVersion: 1.3.0',
        'milestones:',
        '  redemption-promise:',
        '    status: partial',
        '    evidence:',
        ...urls.map((url) => `      - { url: '${url}', kind: policy, asOf: 2026-10-01 }`),
        '',
      ].join('\n'),
    );
    // A 1-second limit per request; the test allows far more, so a busy machine cannot fail it.
    const run = await runCli(
      [
        'assess',
        'verify',
        'hostile.yaml',
        '--allow-loopback',
        '--timeout',
        '1',
        '--format',
        'json',
        '--today',
        '2026-11-01',
      ],
      folder,
      {},
      60_000,
    );
    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.stdout).evidence.map((e: { status: string; detail: string }) => [e.status, e.detail]),
    ).toEqual([
      ['unreachable', `redirect loop at ${server.base}/loop`],
      ['unreachable', 'no complete answer within 1 s'],
      // About 200 KB/s: 50 MB would take minutes, so the time limit always comes first.
      ['unreachable', 'no complete answer within 1 s'],
      ['unreachable', 'larger than 50 MB (60 MB declared)'],
    ]);
  }, 90_000);

  it("--pin fills in the missing digest and, as the assessment's date, the missing asOf, and changes nothing else", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-verify-pin-'));
    await assessmentIn(folder);
    const before = await readFile(join(folder, 'assessment.yaml'), 'utf8');
    const run = await runCli(
      ['assess', 'verify', 'assessment.yaml', '--allow-loopback', '--pin', '--today', '2026-11-02'],
      folder,
    );
    expect([run.code, run.stderr]).toEqual([1, 'pinned 1 evidence item in assessment.yaml\n']);
    const after = await readFile(join(folder, 'assessment.yaml'), 'utf8');
    expect(after).toBe(
      before.replace(
        '        title: Recorded without a digest\n',
        '        title: Recorded without a digest\n        asOf: 2026-11-01\n        sha256: 945cfe569f5751cff1d938ef4304d486c9add51ca4a2de52b199813ef1137a4f\n',
      ),
    );
  });

  it('--pin keeps every other byte: comments and their spacing, quoting, CRLF line ends', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-verify-pin-bytes-'));
    const url = `${server.base}/terms.html`;
    const lines = [
      'arrangement:   "Spaced (hypothetical)"    # two spaces, then four',
      'date: 2026-11-01',
      'assessor: Tests',
      'rubricVersion: 1.3.0',
      'milestones:',
      '  redemption-promise:',
      '    status: met      # wide',
      '    evidence:',
      `      - url: '${url}'   # quoted`,
      '        kind: policy        #   spaced comment',
      `      - {url: "${url}",   kind: policy}`,
      '',
    ];
    const before = lines.join('\r\n');
    await writeFile(join(folder, 'spaced.yaml'), before);
    const run = await runCli(
      ['assess', 'verify', 'spaced.yaml', '--allow-loopback', '--pin', '--today', '2026-12-01'],
      folder,
    );
    expect([run.code, run.stderr]).toEqual([1, 'pinned 2 evidence items in spaced.yaml\n']);
    const terms = '945cfe569f5751cff1d938ef4304d486c9add51ca4a2de52b199813ef1137a4f';
    expect(await readFile(join(folder, 'spaced.yaml'), 'utf8')).toBe(
      before
        .replace(
          '        kind: policy        #   spaced comment\r\n',
          `        kind: policy        #   spaced comment\r\n        asOf: 2026-11-01\r\n        sha256: ${terms}\r\n`,
        )
        .replace('kind: policy}', `kind: policy, asOf: 2026-11-01, sha256: ${terms}}`),
    );
  });

  it('--pin writes JSON back as JSON, and a .json file holding YAML back as YAML', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'usd1-verify-pin-json-'));
    const head = {
      arrangement: 'Pinned (hypothetical)',
      date: '2026-11-01',
      assessor: 'Tests',
      rubricVersion: '1.3.0',
    };
    const evidence = { url: `${server.base}/terms.html`, kind: 'policy', asOf: '2026-10-01' };
    await writeFile(
      join(folder, 'real.json'),
      `${JSON.stringify({ ...head, milestones: { 'redemption-promise': { status: 'met', evidence: [evidence] } } }, null, 2)}\n`,
    );
    await writeFile(
      join(folder, 'yaml.json'),
      `arrangement: Pinned (hypothetical)\ndate: 2026-11-01\nassessor: Tests\nrubricVersion: 1.3.0\nmilestones:\n  redemption-promise:\n    status: met\n    evidence:\n      - { url: '${evidence.url}', kind: policy, asOf: 2026-10-01 }\n`,
    );
    const terms = '945cfe569f5751cff1d938ef4304d486c9add51ca4a2de52b199813ef1137a4f';
    for (const name of ['real.json', 'yaml.json']) {
      const run = await runCli(
        ['assess', 'verify', name, '--allow-loopback', '--pin', '--today', '2026-11-01'],
        folder,
      );
      expect([run.code, run.stderr]).toEqual([1, `pinned 1 evidence item in ${name}\n`]);
    }
    expect(
      JSON.parse(await readFile(join(folder, 'real.json'), 'utf8')).milestones['redemption-promise'].evidence,
    ).toEqual([{ ...evidence, sha256: terms }]);
    expect(await readFile(join(folder, 'yaml.json'), 'utf8')).toContain(`asOf: 2026-10-01, sha256: ${terms} }`);
  });

  it('--offline fetches nothing and judges dates only', async () => {
    const run = await runCli(['assess', 'verify', 'assessment.yaml', '--offline', '--today', '2026-11-01'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('evidence: 1 expired, 1 no-digest, 5 not fetched (--offline)');
    const json = await runCli(
      ['assess', 'verify', 'assessment.yaml', '--offline', '--today', '2026-11-01', '--format', 'json'],
      dir,
    );
    expect(JSON.parse(json.stdout).notFetched).toBe(5);
    const github = await runCli(
      ['assess', 'verify', 'assessment.yaml', '--offline', '--today', '2026-11-01', '--format', 'github'],
      dir,
    );
    expect(github.stdout).toContain(
      '::notice title=evidence not fetched::5 evidence items not fetched (--offline): only dates and the signature were checked\n',
    );
  });

  it('says what is wrong with the call in one line, exit 2', async () => {
    for (const [args, message] of [
      [['--signature', 'x.json'], "--signature needs --key PUB, the signer's public key"],
      [['--pin', '--offline'], '--pin fetches the evidence; it cannot be combined with --offline'],
      [['--today', '2026-13-45'], '--today expects a date as YYYY-MM-DD, not `2026-13-45`'],
      [['--timeout', 'soon'], '--timeout expects a number of seconds, more than 0 and at most 600'],
    ] as const) {
      const run = await runCli(['assess', 'verify', 'assessment.yaml', ...args], dir);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `usd1-milestones: ${message}\n`]);
    }
  });
});
