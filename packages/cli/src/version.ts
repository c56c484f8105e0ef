/**
 * This tool's version, from its package.json. An import, not a read at run
 * time, so that the build writes it into the code: the standalone bundle
 * (integrations/standalone) has no package.json beside it.
 */
import packageJson from '../package.json' with { type: 'json' };

export const version: string = packageJson.version;
