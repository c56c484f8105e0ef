/**
 * `npm start` and `npm run serve` end in scripts/serve.mjs: the port comes
 * from PORT, and a port it cannot use is one line and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../scripts/serve.mjs');
const serve = (env: Record<string, string>) =>
  spawnSync(process.execPath, [script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 20_000 });

describe('serving the built site', () => {
  it('refuses a port that is in use, naming another', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, 'localhost', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const run = await new Promise<ReturnType<typeof serve>>((resolve) =>
        setImmediate(() => resolve(serve({ PORT: String(port) }))),
      );
      expect([run.status, run.stdout, run.stderr]).toEqual([
        1,
        '',
        `usd1-milestones site: port ${port} is already in use; stop what uses it or choose another: PORT=${port + 1} npm start\n`,
      ]);
    } finally {
      busy.close();
    }
  });

  it('refuses a PORT that is not a port number', () => {
    const run = serve({ PORT: '80a' });
    expect([run.status, run.stderr]).toEqual([
      2,
      'usd1-milestones site: PORT must be a number from 1 to 65535, not `80a`\n',
    ]);
  });
});
