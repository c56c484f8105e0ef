/** `npm run docs:contracts -w @usd1-milestones/cli`: writes the generated sections of docs/architecture.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withContracts } from './contracts.js';

const file = join(import.meta.dirname, '../../../docs/architecture.md');
const before = readFileSync(file, 'utf8');
const after = await withContracts(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'docs/architecture.md: up to date' : 'docs/architecture.md: contracts written');
