/**
 * After the build: the CommonJS type declarations (dist/*.d.cts) import types
 * from ESM-only packages (vfile, unified). TypeScript refuses those imports in
 * a CommonJS file (TS1479) unless they are type-only imports that ask for the
 * ESM resolution, so that is what they become here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ESM_ONLY = new Set(['vfile', 'unified']);
const dist = join(import.meta.dirname, '../dist');
for (const name of readdirSync(dist).filter((n) => n.endsWith('.d.cts'))) {
  const path = join(dist, name);
  const text = readFileSync(path, 'utf8');
  // A bare `import 'vfile';` in a declaration file carries nothing but the same error.
  const fixed = text
    .replace(/^import '([^']+)';\n/gm, (line, from) => (ESM_ONLY.has(from) ? '' : line))
    .replace(/^import (?:type )?(\{[^}]*\}) from '([^']+)';$/gm, (line, names, from) =>
      ESM_ONLY.has(from) ? `import type ${names} from '${from}' with { 'resolution-mode': 'import' };` : line,
    );
  if (fixed !== text) writeFileSync(path, fixed);
}
