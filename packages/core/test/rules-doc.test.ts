/**
 * docs/rules.md documents exactly the rule registry: every id, with its severity, and nothing else;
 * and it is what the registry writes (scripts/rules-doc.ts), so an edit of either alone fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesDocument } from '../scripts/rules-doc.js';
import { ruleIds, rules, ruleUrl } from '../src/index.js';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/rules.md'), 'utf8');
const sections = [...doc.matchAll(/^## (\S+)\n\n\*\*(Error|Warning)\.\*\*/gm)].map((m) => [m[1], m[2]?.toLowerCase()]);

describe('docs/rules.md', () => {
  it('has one section per rule id, in any order, with the severity the registry gives', () => {
    expect(ruleIds.length).toBeGreaterThan(10);
    expect(Object.fromEntries(sections)).toEqual(Object.fromEntries(ruleIds.map((id) => [id, rules[id].severity])));
    expect(sections).toHaveLength(ruleIds.length);
  });

  it('is generated from the registry: run `npm run docs:rules -w @usd1-milestones/core` after changing a rule', () => {
    expect(doc).toBe(rulesDocument());
  });

  it('is where each rule URL points', () => {
    for (const id of ruleIds) expect(ruleUrl(id)).toMatch(new RegExp(`/docs/rules\\.md#${id}$`));
  });
});
