/**
 * docs/architecture.md's generated tables (rules from core's registry, the
 * commands and flags from each command's spec) are what the code says now, and
 * the repository explains itself: no document or comment in it points at a
 * file it does not hold.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withContracts } from '../scripts/contracts.js';
import { repositoryRoot } from './action-harness.js';

const tracked = execFileSync('git', ['ls-files'], { cwd: repositoryRoot, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && existsSync(join(repositoryRoot, f)));
// Generated or deliberately broken files are not the repository's prose.
const prose = (f: string) =>
  !f.startsWith('integrations/standalone/') && !f.includes('/test/fixtures/') && !/CHANGELOG\.md$/.test(f);

describe('docs/architecture.md', () => {
  it('has the rules and the commands with their flags as the code gives them', async () => {
    const file = join(repositoryRoot, 'docs/architecture.md');
    const text = readFileSync(file, 'utf8');
    // Stale: run `npm run docs:contracts -w @usd1-milestones/cli` and commit docs/architecture.md.
    expect(await withContracts(text)).toBe(text);
    expect(text).toContain('| `unsafe-content` | error |');
    expect(text).toContain('**`usd1-milestones assess verify FILE...`**');
    expect(text).toContain('| `--allow-loopback` |');
  });
});

describe('the repository', () => {
  it('cites by name no design or style document kept outside it', () => {
    // Spelt in parts, so that this file does not cite them itself.
    const outside = new RegExp(`\\b${'DESI'}GN(\\.md|'s|’s|-stable)?\\b|\\b${'STY'}LE(\\.md| \\d+)`);
    const citing = tracked.filter((f) => /\.(ts|tsx|mts|mjs|js|md|yaml|yml|json)$/.test(f) && prose(f));
    const found: string[] = [];
    for (const file of citing) {
      const lines = readFileSync(join(repositoryRoot, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (outside.test(line)) found.push(`${file}:${i + 1}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('links, in every Markdown file, only to files it holds', () => {
    const missing: string[] = [];
    for (const file of tracked.filter((f) => f.endsWith('.md') && prose(f))) {
      const text = readFileSync(join(repositoryRoot, file), 'utf8');
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (match[1] as string).replace(/#.*$/, '');
        if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) continue;
        if (!existsSync(join(repositoryRoot, dirname(file), decodeURIComponent(target))))
          missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
