/**
 * `npm start` and `npm run serve` end in scripts/serve.mjs: the port comes
 * from PORT, and a port it cannot use is one line and a non-zero exit.
 */
import { spawn, spawnSync } from 'node:child_process';
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

  it('npm start stops its server when npm is stopped with SIGTERM', async () => {
    // A free port: one the system gave and took back.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, 'localhost', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const repo = join(import.meta.dirname, '../../..');
    const npm = spawn('npm', ['start'], { cwd: repo, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    const answers = async () => {
      try {
        return (await fetch(`http://localhost:${port}/`)).status;
      } catch {
        return 0;
      }
    };
    // Wait for the server itself (the build before it is a turbo cache hit after the suite's build).
    let status = 0;
    for (let attempt = 0; attempt < 600 && status !== 200 && npm.exitCode === null; attempt++) {
      status = await answers();
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    npm.kill('SIGTERM');
    await exited;
    expect(await answers()).toBe(0);
  }, 240_000);
});
