/** `npm run docs:rules -w @usd1-milestones/core`: writes docs/rules.md from the rule registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesDocument } from './rules-doc.js';

const file = join(import.meta.dirname, '../../../docs/rules.md');
const text = rulesDocument();
const changed = readFileSync(file, 'utf8') !== text;
if (changed) writeFileSync(file, text);
console.log(changed ? 'docs/rules.md: written' : 'docs/rules.md: up to date');
