/**
 * HTTPS server for the fixture pages, on 127.0.0.1. Both browsers reach it as
 * https://www.upwork.com/… (Chromium by a host-resolver rule, Firefox through the CONNECT proxy).
 */
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Certificate } from './cert';
import { FIXTURE_BUILD, FIXTURE_SRC } from './paths';

const PAGES: [RegExp, string][] = [
  [/^\/ab\/messages\/rooms\/room_[0-9a-z]+(?:\/story_[0-9a-z]+)?\/?$/i, 'room.html'],
  [/^\/nx\/wm\/workroom\/[^/]+\/messages\/?$/i, 'room.html'],
  [/^\/nx\/proposals\/job\/~[0-9a-z]+\/apply\/?$/i, 'proposal-apply.html'],
  [/^\/ab\/proposals\/job\/[0-9a-z~]+\/apply\/?$/i, 'proposal-apply.html'],
  [/^\/nx\/proposals\/[0-9]+\/?$/, 'proposal-room.html'],
  [/^\/nx\/find-work\/?$/, 'job-feed.html'],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(certificate: Certificate): Promise<FixtureServer> {
  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://www.upwork.com').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file: string | null = null;
    if (path.startsWith('/static/')) {
      const name = basename(path);
      file = name.endsWith('.css') ? join(FIXTURE_SRC, name) : join(FIXTURE_BUILD, name);
    } else {
      const page = PAGES.find(([pattern]) => pattern.test(path));
      if (page) file = join(FIXTURE_SRC, page[1]);
    }
    try {
      if (!file) throw new Error('no route');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
