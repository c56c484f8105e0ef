/**
 * A local HTTP server for `assess verify` tests, on 127.0.0.1 only: it serves
 * fixtures/verify/served/ and hostile routes: a redirect loop, a server that
 * never answers, one that streams forever, a declared huge body, a switch of
 * protocols, connections closed or reset early, informational answers before
 * the real one, and a Location that is not a URL.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixtures } from './run.js';

export interface EvidenceServer {
  readonly base: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startEvidenceServer(): Promise<EvidenceServer> {
  const served = join(fixtures, 'verify/served');
  const open = new Set<import('node:net').Socket>();
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const port = (server.address() as AddressInfo).port;
    if (path.startsWith('/moved/')) {
      response.writeHead(302, { location: path.slice('/moved'.length) });
      return response.end();
    }
    if (path === '/loop') {
      response.writeHead(302, { location: '/loop' });
      return response.end();
    }
    if (path === '/to-other-address') {
      // 127.0.0.2 is loopback too; a test refuses it alone to see the redirect checked.
      response.writeHead(302, { location: `http://127.0.0.2:${port}/terms.html` });
      return response.end();
    }
    if (path === '/never-answers') return; // the socket stays open, nothing is sent
    if (path === '/switches-protocols') {
      // Any host can answer 101: the request then belongs to another protocol and has no body.
      request.socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
      return;
    }
    if (path === '/closes-early') {
      // Headers promise 100 bytes; the connection closes after 5.
      response.writeHead(200, { 'content-length': '100' });
      response.write('hello');
      setImmediate(() => request.socket.destroy());
      return;
    }
    if (path === '/closes-silently') return request.socket.destroy();
    if (path === '/resets') return request.socket.resetAndDestroy();
    if (path === '/informational-then-ok') {
      response.writeProcessing();
      response.writeEarlyHints({ link: '</terms.html>; rel=preload' });
      response.writeHead(200, { 'content-length': '2' });
      return response.end('ok');
    }
    if (path === '/bad-location') {
      request.socket.end('HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (path === '/streams-forever') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const timer = setInterval(() => response.write(Buffer.alloc(1024, 97)), 5);
      response.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/declares-huge') {
      response.writeHead(200, { 'content-length': String(60 * 1024 * 1024) });
      return response.write('x');
    }
    try {
      const bytes = await readFile(join(served, path.replace(/^\/+/, '').replace(/\.\./g, '')));
      response.writeHead(200, { 'content-length': bytes.length });
      response.end(bytes);
    } catch {
      response.writeHead(404);
      response.end('not found');
    }
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
