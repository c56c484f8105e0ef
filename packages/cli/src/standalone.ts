/**
 * The entry of the standalone bundle (integrations/standalone/, built by
 * `npm run build:standalone -w @usd1-milestones/cli` and committed): the
 * whole command with every package it uses inside, so that the GitHub Action
 * and the pre-commit hook run from the repository they are pinned to, with
 * Node alone, before and after anything is published. What the command loads
 * lazily with `require` is handed in here, since a bundle has nothing to
 * require it from.
 */

import { provideFileModules } from '@usd1-milestones/check';
import ignore from 'ignore';
import * as tinyglobby from 'tinyglobby';

provideFileModules({ tinyglobby, ignore: () => ignore() });
await import('./cli.js');
