import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from './run.js';
import { validateSarif } from './sarif.js';

/** A cache file's contents (`MAC\nJSON`). */
async function readCache(file: string) {
  const text = await readFile(file, 'utf8');
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

/** A cache file written back as this user's runs write it: signed with the key beside it. */
async function writeCache(file: string, stored: unknown) {
  const key = Buffer.from(await readFile(join(dirname(file), 'cache-key'), 'utf8'), 'hex');
  const body = JSON.stringify(stored);
  await writeFile(file, `${createHmac('sha256', key).update(body).digest('hex')}\n${body}`);
}

/** The version the CLI must print: its own package.json's, whatever the release. */
const cliVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const projectFindings = [
  {
    file: 'docs/guide.md',
    line: 5,
    column: 15,
    ruleId: 'milestone-unknown',
    severity: 'error',
    message: 'Unknown milestone `bta`, expected a milestone id; did you mean `beta`?',
    endLine: 5,
    endColumn: 36,
    suggestions: ['beta'],
    // A near spelling: offered (the editor, SARIF), never applied by --fix.
    fix: {
      safe: false,
      edits: [{ file: 'docs/guide.md', line: 5, column: 32, endLine: 5, endColumn: 35, text: 'beta' }],
    },
  },
  {
    file: 'rubric/sources.yaml',
    line: 9,
    column: 3,
    ruleId: 'citation-unused',
    severity: 'warning',
    message: 'Source `imf-2025` is in the bibliography but no milestone cites it',
  },
];

describe('usd1-milestones check with no paths', () => {
  it('checks the rubric and the docs sources, skips .gitignore matches, and exits 1 on errors', async () => {
    const dir = await copyFixture('project');
    const run = await runCli(['check'], dir);
    expect(run.stdout).toBe(
      [
        'docs/guide.md',
        '  5:15  error    Unknown milestone `bta`, expected a milestone id; did you mean `beta`?  milestone-unknown',
        '',
        'rubric/sources.yaml',
        '  9:3   warning  Source `imf-2025` is in the bibliography but no milestone cites it  citation-unused',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
    expect([run.code, run.stderr]).toEqual([1, '']);
  });

  it('prints the documented JSON shape', async () => {
    const run = await runCli(['check', '--format', 'json'], await copyFixture('project'));
    expect(JSON.parse(run.stdout)).toEqual(projectFindings);
  });

  it('prints GitHub Actions workflow commands', async () => {
    const run = await runCli(['check', '--format', 'github'], await copyFixture('project'));
    expect(run.stdout).toBe(
      '::error file=docs/guide.md,line=5,col=15,endLine=5,endColumn=36,title=milestone-unknown::Unknown milestone `bta`, expected a milestone id; did you mean `beta`?\n' +
        '::warning file=rubric/sources.yaml,line=9,col=3,title=citation-unused::Source `imf-2025` is in the bibliography but no milestone cites it\n',
    );
  });

  it('prints SARIF 2.1.0', async () => {
    const run = await runCli(['check', '--format', 'sarif'], await copyFixture('project'));
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('milestone-unknown');
    expect(log.runs[0].results[0]).toEqual({
      ruleId: 'milestone-unknown',
      ruleIndex: 5,
      level: 'error',
      message: { text: 'Unknown milestone `bta`, expected a milestone id; did you mean `beta`?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/guide.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 15, endLine: 5, endColumn: 36 },
          },
        },
      ],
      fixes: [
        {
          description: { text: 'Replace with `beta` (a suggestion: check it before applying)' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'docs/guide.md', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { startLine: 5, startColumn: 32, endLine: 5, endColumn: 35 },
                  insertedContent: { text: 'beta' },
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('exits 0 when only warnings remain', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'docs/guide.md'), '# Guide\n\nSee [beta](milestone:beta).\n');
    const run = await runCli(['check', '--format', 'json'], dir);
    expect([run.code, JSON.parse(run.stdout).map((f: { ruleId: string }) => f.ruleId)]).toEqual([
      0,
      ['citation-unused'],
    ]);
  });
});

describe('--rubric DIR', () => {
  it('reports the loader’s problems and the bodies’ links together', async () => {
    const root = await copyFixture('.');
    const run = await runCli(['check', '--rubric', '../fork', '--format', 'json'], join(root, 'project'));
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: '../fork/milestones/02-beta.md',
        line: 13,
        column: 11,
        ruleId: 'rubric-schema',
        severity: 'error',
        message: 'Unknown related milestone `alpah`; did you mean `alpha`?',
      },
      {
        file: '../fork/milestones/02-beta.md',
        line: 16,
        column: 47,
        ruleId: 'glossary-unknown',
        severity: 'error',
        message: 'Unknown glossary term `arbitrge`, expected a glossary slug; did you mean `arbitrage`?',
        endLine: 16,
        endColumn: 74,
        suggestions: ['arbitrage'],
        fix: {
          safe: false,
          edits: [
            {
              file: '../fork/milestones/02-beta.md',
              line: 16,
              column: 65,
              endLine: 16,
              endColumn: 73,
              text: 'arbitrage',
            },
          ],
        },
      },
      // The fork's milestone cites a source its `sources:` does not list: an editorial rule, at the citation.
      {
        file: '../fork/milestones/02-beta.md',
        line: 16,
        column: 76,
        ruleId: 'milestone-sources',
        severity: 'error',
        message: "The body cites `fsb-2023`, which the front matter's `sources` does not list: add it to `sources`",
        endLine: 16,
        endColumn: 85,
        // Certain: the key goes into the empty `sources: []`.
        fix: {
          safe: true,
          edits: [
            {
              file: '../fork/milestones/02-beta.md',
              line: 12,
              column: 11,
              endLine: 12,
              endColumn: 11,
              text: 'fsb-2023',
            },
          ],
        },
      },
      projectFindings[0],
    ]);
    expect(run.code).toBe(1);
  });
});

describe('paths', () => {
  it('accepts files, folders and globs, and checks docs against the bundled rubric outside a repository', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'docs/extra.mdx'), 'Cites [@fsb-2032].\n');
    for (const args of [['docs/extra.mdx'], ['docs'], ['docs/*.mdx']]) {
      const run = await runCli(['check', ...args, '--rubric', 'rubric', '--format', 'json'], dir);
      const files = JSON.parse(run.stdout).map((f: { file: string }) => f.file);
      expect({ args, files: [...new Set(files)] }).toEqual({
        args,
        files: args[0] === 'docs' ? ['docs/extra.mdx', 'docs/guide.md'] : ['docs/extra.mdx'],
      });
    }
  });
});

describe('Docusaurus pages', () => {
  it('reads `{#id}` heading ids in MDX, keeping positions exact, and skips folders a nested .gitignore ignores', async () => {
    const dir = await copyFixture('project');
    await writeFile(join(dir, 'docs/ids.mdx'), '## Heading {#custom-id}\n\nSee [M1](milestone:alpah).\n');
    const run = await runCli(['check', 'docs', '--rubric', 'rubric', '--format', 'json'], dir);
    const findings = JSON.parse(run.stdout);
    expect(findings.map((f: { file: string }) => f.file)).not.toContain('docs/generated/page.md');
    expect(findings).toContainEqual({
      file: 'docs/ids.mdx',
      line: 3,
      column: 5,
      ruleId: 'milestone-unknown',
      severity: 'error',
      message: 'Unknown milestone `alpah`, expected a milestone id; did you mean `alpha`?',
      endLine: 3,
      endColumn: 26,
      suggestions: ['alpha'],
      fix: {
        safe: false,
        edits: [{ file: 'docs/ids.mdx', line: 3, column: 20, endLine: 3, endColumn: 25, text: 'alpha' }],
      },
    });
  });
});

describe('the cache', () => {
  /** Runs once to fill the cache, then plants a marker in it; returns the cache file. */
  async function plantedCache(dir: string): Promise<string> {
    await runCli(['check'], dir);
    const cacheFile = join(dir, '.cache-test/check.json');
    const stored = await readCache(cacheFile);
    const id = Object.keys(stored.entries).find((key) => key.includes('guide.md')) as string;
    stored.entries[id].findings[0].message = 'from the cache';
    await writeCache(cacheFile, stored);
    return cacheFile;
  }

  it('reuses results for unchanged files and re-checks changed ones', async () => {
    const dir = await copyFixture('project');
    // A marker in the cache: if a run prints it, the result came from the cache and not from parsing.
    await plantedCache(dir);
    expect((await runCli(['check', '--format', 'json'], dir)).stdout).toContain('from the cache');
    expect((await runCli(['check', '--format', 'json', '--no-cache'], dir)).stdout).not.toContain('from the cache');
    await writeFile(join(dir, 'docs/guide.md'), `${await readFile(join(dir, 'docs/guide.md'), 'utf8')}\n`);
    expect((await runCli(['check', '--format', 'json'], dir)).stdout).not.toContain('from the cache');
  });

  it('treats an entry of the wrong shape as a miss', async () => {
    const dir = await copyFixture('project');
    const cacheFile = await plantedCache(dir);
    const stored = await readCache(cacheFile);
    for (const id of Object.keys(stored.entries)) stored.entries[id].findings = [{ line: 'one' }];
    await writeCache(cacheFile, stored);
    const run = await runCli(['check', '--format', 'json'], dir);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(JSON.parse(run.stdout)).toEqual(projectFindings);
  });

  it('ignores a cache file that others may write', async () => {
    const dir = await copyFixture('project');
    const cacheFile = await plantedCache(dir);
    await chmod(cacheFile, 0o666);
    expect(JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout)).toEqual(projectFindings);
  });

  it.skipIf(process.getuid?.() !== 0)('ignores a cache file that another user owns', async () => {
    const dir = await copyFixture('project');
    const cacheFile = await plantedCache(dir);
    await chown(cacheFile, 4321, 4321);
    expect(JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout)).toEqual(projectFindings);
  });

  it('never writes through a link planted where the cache goes', async () => {
    const dir = await copyFixture('project');
    await mkdir(join(dir, '.cache-test'), { mode: 0o700 });
    await writeFile(join(dir, 'victim.txt'), 'keep me\n');
    await symlink(join(dir, 'victim.txt'), join(dir, '.cache-test/check.json'));
    const run = await runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout)).toEqual(projectFindings);
    expect(await readFile(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
    // The link was replaced by a real cache file of this user's.
    expect((await lstat(join(dir, '.cache-test/check.json'))).isSymbolicLink()).toBe(false);
  });

  it("keeps the cache in the user's cache folder when the project has no node_modules", async () => {
    const dir = await copyFixture('project');
    const run = await runCli(['check'], dir, { USD1_MILESTONES_CACHE_DIR: '', XDG_CACHE_HOME: join(dir, 'xdg') });
    expect(run.code).toBe(1);
    const files = (await readdir(join(dir, 'xdg/usd1-milestones'))).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toBe('cache-key');
    expect(files[1]).toMatch(/^check-[0-9a-f]{16}\.json$/);
  });

  it('never lets a cache planted in the repository hide a finding (node_modules/.cache, unsigned or signed by another key)', async () => {
    const dir = await copyFixture('project');
    await mkdir(join(dir, 'node_modules'));
    const env = { USD1_MILESTONES_CACHE_DIR: '', XDG_CACHE_HOME: join(dir, 'xdg') };
    const cold = await runCli(['check', '--format', 'json'], dir, env);
    expect([cold.code, JSON.parse(cold.stdout)]).toEqual([1, projectFindings]);
    // What a hostile commit could hold: this very cache, every finding removed.
    const planted = join(dir, 'node_modules/.cache/usd1-milestones/check.json');
    const stored = await readCache(planted);
    for (const entry of Object.values(stored.entries) as { findings: unknown[] }[]) entry.findings = [];
    const body = JSON.stringify(stored);
    for (const text of [body, `${createHmac('sha256', Buffer.alloc(32, 7)).update(body).digest('hex')}\n${body}`]) {
      await writeFile(planted, text);
      const run = await runCli(['check', '--format', 'json'], dir, env);
      expect([run.code, JSON.parse(run.stdout)]).toEqual([1, projectFindings]);
    }
    // The key that signs this user's caches is outside the project.
    expect(existsSync(join(dir, 'xdg/usd1-milestones/cache-key'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/.cache/usd1-milestones/cache-key'))).toBe(false);
  });

  it('ignores a corrupt cache file', async () => {
    const dir = await copyFixture('project');
    await runCli(['check'], dir);
    await writeFile(join(dir, '.cache-test/check.json'), '{"key": 1, "entries": ');
    const run = await runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout)).toEqual(projectFindings);
  });
});

describe('a warm run', () => {
  const bundledFinding = {
    file: 'docs/guide.md',
    line: 5,
    column: 10,
    ruleId: 'citation-unknown',
    severity: 'error',
    message: 'Unknown source `fsb-2032`, expected one of the bibliography keys; did you mean `fsb-2023`?',
    endLine: 5,
    endColumn: 19,
    suggestions: ['fsb-2023'],
    fix: {
      safe: false,
      edits: [{ file: 'docs/guide.md', line: 5, column: 11, endLine: 5, endColumn: 19, text: 'fsb-2023' }],
    },
  };
  const hook = join(import.meta.dirname, 'fixtures/loaded-modules.mjs');

  /** The cache entry of docs/guide.md after one run, and a way to store it back changed. */
  async function guideEntry(dir: string) {
    const cacheFile = join(dir, '.cache-test/check.json');
    const stored = await readCache(cacheFile);
    const id = Object.keys(stored.entries).find((key) => key.includes('guide.md')) as string;
    const entry = stored.entries[id] as { hash: string; findings: { message: string }[]; stat: number[] };
    return { entry, save: () => writeCache(cacheFile, stored) };
  }

  it('loads neither the parser, nor zod, nor yaml, nor the bundled rubric when nothing changed', async () => {
    const dir = await copyFixture('bundled');
    // The fixture's .gitignore hides a file with a broken citation: the findings show that it was skipped.
    expect(existsSync(join(dir, 'docs/skipped/ignored.md'))).toBe(true);
    expect(JSON.parse((await runCli(['check', 'docs', '--format', 'json'], dir)).stdout)).toEqual([bundledFinding]);
    const list = join(dir, 'loaded.txt');
    const warm = await runCli(['check', 'docs', '--format', 'json'], dir, {
      NODE_OPTIONS: `--import ${hook}`,
      LOADED_MODULES_FILE: list,
    });
    expect([warm.code, JSON.parse(warm.stdout)]).toEqual([1, [bundledFinding]]);
    const loaded = (await readFile(list, 'utf8')).trim().split('\n');
    // The list is real: the CLI and the two light entries of core it does need are on it.
    expect(loaded.filter((url) => /\/cli\/dist\/cli\.js$|\/core\/dist\/(rules|text)\.js$/.test(url))).toHaveLength(3);
    const heavy =
      /\/node_modules\/(zod|yaml|unified|micromark|remark-parse|tinyglobby)\/|\/core\/dist\/loader\.js$|\/rubric\/dist\/index\.js$/;
    expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
  });

  it("trusts a documentation file's size, times and inode once it has been still for two seconds", async () => {
    const dir = await copyFixture('bundled');
    await runCli(['check', 'docs'], dir);
    const { entry, save } = await guideEntry(dir);
    // Bytes on record that are not the file's: only a run that trusts the stamp, without reading, gives the marker.
    entry.hash = '0'.repeat(64);
    entry.findings[0] = { ...entry.findings[0], message: 'from the stamp' };
    const [, mtimeMs = 0, ctimeMs = 0] = entry.stat;
    const lastChange = Math.max(mtimeMs, ctimeMs);
    entry.stat[4] = lastChange + 2001;
    await save();
    expect((await runCli(['check', 'docs', '--format', 'json'], dir)).stdout).toContain('from the stamp');
    // Read 1.999 s after its last change, the stamp is "racy": a change in the same tick would not show.
    entry.stat[4] = lastChange + 1999;
    await save();
    expect(JSON.parse((await runCli(['check', 'docs', '--format', 'json'], dir)).stdout)).toEqual([bundledFinding]);
  });

  it('re-checks a file rewritten at once with the same size', async () => {
    const dir = await copyFixture('bundled');
    const guide = join(dir, 'docs/guide.md');
    const text = await readFile(guide, 'utf8');
    await writeFile(guide, text.replace('[@fsb-2032]', '[@fsb-2023]'));
    expect(JSON.parse((await runCli(['check', 'docs', '--format', 'json'], dir)).stdout)).toEqual([]);
    await writeFile(guide, text);
    expect(JSON.parse((await runCli(['check', 'docs', '--format', 'json'], dir)).stdout)).toEqual([bundledFinding]);
  });

  it('walks past a folder named .gitignore and still reads the real ones', async () => {
    const dir = await copyFixture('bundled');
    await mkdir(join(dir, 'docs/notes/.gitignore'));
    const run = await runCli(['check', 'docs', '--format', 'json'], dir);
    expect([run.code, run.stderr, JSON.parse(run.stdout)]).toEqual([1, '', [bundledFinding]]);
  });
});

describe('the command line', () => {
  it.each([
    [['check', '--bogus'], 'usd1-milestones: Unknown option `--bogus`; see `usd1-milestones check --help`\n'],
    [
      ['check', '--format', 'xml'],
      'usd1-milestones: Unknown format `xml`; expected one of: stylish, json, github, sarif, markdown\n',
    ],
    [['check', '--format'], 'usd1-milestones: Option `--format` needs a value; see `usd1-milestones check --help`\n'],
    [['check', '--rubric', 'nowhere'], 'usd1-milestones: Cannot read the rubric folder `nowhere`: no such folder\n'],
    [['check', 'missing.md'], 'usd1-milestones: Cannot read `missing.md`: no such file or folder\n'],
    [
      ['check', 'rubric/sources.yaml'],
      'usd1-milestones: `rubric/sources.yaml` is not a Markdown file: expected .md, .mdx or .markdown\n',
    ],
    [['diff', '--bogus'], 'usd1-milestones: Unknown option `--bogus`; see `usd1-milestones diff --help`\n'],
    [
      ['lint'],
      'usd1-milestones: Unknown command `lint`; expected one of: check, diff, assess, export, translations, release-check\n',
    ],
    [
      ['check', '--report', 'nope=x.txt'],
      'usd1-milestones: Unknown --report format `nope`; expected one of: stylish, json, github, sarif, markdown\n',
    ],
    [
      ['check', '--report', 'github'],
      'usd1-milestones: --report expects FORMAT=FILE pairs separated by commas, such as sarif=out.sarif, not `github`\n',
    ],
    [['check', '--report', 'github=a.txt,sarif=a.txt'], 'usd1-milestones: --report names the same file twice\n'],
    [
      ['check', 'docs/guide.md', '--report', 'markdown=docs/guide.md'],
      'usd1-milestones: Cannot write `docs/guide.md`: it is a file this check reads; choose another name\n',
    ],
    ...['__proto__', 'constructor', 'toString'].map((name): [string[], string] => [
      ['help', name],
      `usd1-milestones: Unknown command \`${name}\`; expected one of: check, diff, assess, export, translations, release-check\n`,
    ]),
  ])('%j exits 2 with one line', async (args, stderr) => {
    const run = await runCli(args, await copyFixture('project'));
    expect([run.code, run.stderr, run.stdout]).toEqual([2, stderr, '']);
  });

  it('prints help and version', async () => {
    const dir = await copyFixture('project');
    const help = await runCli(['check', '--help'], dir);
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, 'usage: usd1-milestones check [paths...] [options]']);
    const version = await runCli(['--version'], dir);
    expect([version.code, version.stdout]).toEqual([0, `${cliVersion}\n`]);
  });

  it('names every export format of the registry in the top-level help', async () => {
    const { exportFormatIds } = await import('@usd1-milestones/core/export');
    const top = await runCli(['--help'], await copyFixture('project'));
    const text = top.stdout.replace(/\s+/g, ' ');
    expect(exportFormatIds.length).toBeGreaterThanOrEqual(10);
    expect(exportFormatIds.filter((id) => !text.includes(id))).toEqual([]);
  });

  it('colours stylish output only when asked, and NO_COLOR wins', async () => {
    const dir = await copyFixture('project');
    const forced = await runCli(['check'], dir, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[31merror  \u001b[0m');
    const both = await runCli(['check'], dir, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(both.stdout).not.toContain('\u001b[');
  });
});

describe('a project without a rubric folder, as another repository runs check in its CI', () => {
  const broken = 'See [the policy](milestone:reserve-polcy) and [@fsb-2023].\n';
  const message = (file: string) => ({
    file,
    line: 3,
    column: 5,
    ruleId: 'milestone-unknown',
    severity: 'error',
    message: 'Unknown milestone `reserve-polcy`, expected a milestone id; did you mean `reserve-policy`?',
    endLine: 3,
    endColumn: 42,
    suggestions: ['reserve-policy'],
    fix: { safe: false, edits: [{ file, line: 3, column: 28, endLine: 3, endColumn: 41, text: 'reserve-policy' }] },
  });

  it('checks the `docs` list of usd1-milestones.json against the bundled rubric', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-downstream-'));
    await mkdir(join(dir, 'handbook'));
    await writeFile(join(dir, 'handbook/policy.md'), `# Policy\n\n${broken}`);
    await writeFile(join(dir, 'README.md'), `# Readme\n\n${broken}`);
    await writeFile(join(dir, 'notes.md'), `# Not listed\n\n${broken}`);
    await writeFile(join(dir, 'usd1-milestones.json'), '{ "docs": ["handbook", "README.md"] }\n');
    const run = await runCli(['check', '--format', 'json'], dir);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(JSON.parse(run.stdout)).toEqual([message('README.md'), message('handbook/policy.md')]);
  });

  it('checks ./docs when there is no list, and says what to do when there is nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usd1-downstream-docs-'));
    const empty = await runCli(['check'], dir);
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([
      2,
      '',
      'usd1-milestones: Nothing to check: no rubric/ folder, no `docs` list in usd1-milestones.json and no docs/ folder here; give the paths to check, such as `usd1-milestones check README.md`\n',
    ]);
    await mkdir(join(dir, 'docs'));
    await writeFile(join(dir, 'docs/index.md'), `# Docs\n\n${broken}`);
    const run = await runCli(['check', '--format', 'json'], dir);
    expect([run.code, JSON.parse(run.stdout)]).toEqual([1, [message('docs/index.md')]]);
    await writeFile(
      join(dir, 'docs/index.md'),
      '# Docs\n\nSee [the policy](milestone:reserve-policy) and [@fsb-2023].\n',
    );
    const clean = await runCli(['check'], dir);
    expect([clean.code, clean.stderr]).toEqual([0, 'usd1-milestones check: 1 file checked, no problems\n']);
  });
});

describe('a finding that concerns another place', () => {
  it('carries it as data: `related` in JSON, relatedLocations in SARIF (valid 2.1.0), the place still in the message', async () => {
    const dir = await copyFixture('project');
    const sources = join(dir, 'rubric/sources.yaml');
    await writeFile(sources, (await readFile(sources, 'utf8')).replace('- id: imf-2025', '- id: fsb-2023'));
    const run = await runCli(['check', 'rubric', '--format', 'json', '--report', 'sarif=out.sarif'], dir);
    const duplicate = JSON.parse(run.stdout).find((f: { ruleId: string }) => f.ruleId === 'rubric-duplicate');
    expect(duplicate).toEqual({
      file: 'rubric/sources.yaml',
      line: 9,
      column: 7,
      ruleId: 'rubric-duplicate',
      severity: 'error',
      message: 'Duplicate source id `fsb-2023`: already used at rubric/sources.yaml:1:7; each source needs its own id',
      related: [{ file: 'rubric/sources.yaml', line: 1, column: 7, message: 'first used here' }],
    });
    const sarif = await readFile(join(dir, 'out.sarif'), 'utf8');
    expect(await validateSarif(sarif)).toEqual([]);
    const result = JSON.parse(sarif).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'rubric-duplicate');
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'rubric/sources.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 7 },
        },
        message: { text: 'first used here' },
      },
    ]);
  });
});

/** The engine's fixture for fixes (packages/check/test/fixtures/fixes), copied: a rubric with retired items and a guide that links them. */
async function fixProject(): Promise<string> {
  const fixture = join(import.meta.dirname, '../../check/test/fixtures/fixes');
  const dir = await mkdtemp(join(tmpdir(), 'usd1-fix-'));
  await cp(join(fixture, 'docs'), join(dir, 'docs'), { recursive: true });
  await cp(join(fixture, 'rubric'), join(dir, 'rubric'), { recursive: true });
  return dir;
}
const fixExpected = join(import.meta.dirname, '../../check/test/fixtures/fixes/expected');
const fixedFiles = ['docs/guide.md', 'rubric/glossary.yaml', 'rubric/milestones/01-alpha.md'];
const remaining =
  'docs/guide.md\n' +
  '  11:42  error    Unknown milestone `bta`, expected a milestone id; did you mean `beta`?  milestone-unknown\n' +
  '  11:65  error    Unknown glossary term `arbitrge`, expected a glossary slug; did you mean `arbitrage`?  glossary-unknown\n' +
  '  12:1   error    Unknown item `P8` in framework `pfmi`; did you mean `P1`?  framework-unknown\n' +
  '  12:35  error    Unknown source `fsb-2032`, expected one of the bibliography keys; did you mean `fsb-2023`?  citation-unknown\n' +
  '\n✖ 4 problems (4 errors, 0 warnings)\n';

describe('--fix and --fix-dry-run', () => {
  it('shows the diff --fix would write and writes nothing; the exit code is that of the findings with no safe fix', async () => {
    const dir = await fixProject();
    const before = await Promise.all(fixedFiles.map((f) => readFile(join(dir, f), 'utf8')));
    const run = await runCli(['check', '--fix-dry-run'], dir);
    expect(run.stdout).toBe(await readFile(join(fixExpected, 'fix-dry-run.diff'), 'utf8'));
    expect(run.stderr).toBe(
      'usd1-milestones check --fix-dry-run: --fix would repair 13 findings in 3 files; 4 other findings have no safe fix\n',
    );
    expect(run.code).toBe(1);
    expect(await Promise.all(fixedFiles.map((f) => readFile(join(dir, f), 'utf8')))).toEqual(before);
  });

  it('applies every safe fix in place, reports what remains, and a second run changes nothing', async () => {
    const dir = await fixProject();
    const first = await runCli(['check', '--fix'], dir);
    expect(first.stderr).toBe('usd1-milestones check --fix: repaired 13 findings in 3 files\n');
    expect(first.stdout).toBe(remaining);
    expect(first.code).toBe(1);
    for (const file of fixedFiles)
      expect(await readFile(join(dir, file), 'utf8')).toBe(await readFile(join(fixExpected, 'fixed', file), 'utf8'));
    const second = await runCli(['check', '--fix'], dir);
    expect([second.stdout, second.stderr, second.code]).toEqual([remaining, '', 1]);
    for (const file of fixedFiles)
      expect(await readFile(join(dir, file), 'utf8')).toBe(await readFile(join(fixExpected, 'fixed', file), 'utf8'));
  });

  it('says in stylish output and the job summary how many findings --fix would repair; SARIF carries the fixes (valid 2.1.0)', async () => {
    const dir = await fixProject();
    const line =
      '13 findings can be repaired by `usd1-milestones check --fix` (`--fix-dry-run` shows the changes first)';
    const run = await runCli(['check', '--report', 'markdown=summary.md,sarif=out.sarif'], dir);
    expect(run.stdout).toContain(`✖ 17 problems (17 errors, 0 warnings)\n  ${line}\n`);
    const summary = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain(`12 files checked: 17 errors, 0 warnings.\n\n${line}.\n`);
    const sarif = await readFile(join(dir, 'out.sarif'), 'utf8');
    expect(await validateSarif(sarif)).toEqual([]);
    const results = JSON.parse(sarif).runs[0].results as { fixes?: unknown[] }[];
    expect(results.filter((r) => r.fixes).length).toBe(17);
    expect(results[0]?.fixes).toEqual([
      {
        description: { text: 'Replace with `beta` (applied by usd1-milestones check --fix)' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'docs/guide.md', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 5, startColumn: 42, endLine: 5, endColumn: 47 },
                insertedContent: { text: 'beta' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('refuses to write through a symbolic link, and writes nothing', async () => {
    const dir = await fixProject();
    const outside = await mkdtemp(join(tmpdir(), 'usd1-outside-'));
    await cp(join(dir, 'docs/guide.md'), join(outside, 'guide.md'));
    await rm(join(dir, 'docs/guide.md'));
    await symlink(join(outside, 'guide.md'), join(dir, 'docs/guide.md'));
    const alpha = await readFile(join(dir, 'rubric/milestones/01-alpha.md'), 'utf8');
    const run = await runCli(['check', '--fix'], dir);
    expect([run.stderr, run.code]).toEqual([
      'usd1-milestones: `docs/guide.md` is a symbolic link; --fix writes only regular files, and wrote nothing\n',
      2,
    ]);
    expect(await readFile(join(outside, 'guide.md'), 'utf8')).toBe(
      await readFile(join(import.meta.dirname, '../../check/test/fixtures/fixes/docs/guide.md'), 'utf8'),
    );
    expect(await readFile(join(dir, 'rubric/milestones/01-alpha.md'), 'utf8')).toBe(alpha);
  });

  it.each([
    [['--fix', '--fix-dry-run'], '`--fix` and `--fix-dry-run` exclude each other: the dry run writes nothing'],
    [
      ['--fix-dry-run', '--format', 'json'],
      '`--fix-dry-run` prints a unified diff and takes no `--format` or `--report`; run `--format json` without it for the findings and their fixes',
    ],
  ])('refuses %j with one line and exit 2', async (flags, message) => {
    const run = await runCli(['check', ...flags], await fixProject());
    expect([run.stdout, run.stderr, run.code]).toEqual(['', `usd1-milestones: ${message}\n`, 2]);
  });
});
