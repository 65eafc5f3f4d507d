/**
 * A tiny HTTP CONNECT proxy for Firefox, which has no host-resolver flag: it tunnels
 * www.upwork.com:443 to the fixture server and refuses everything else, recording each host asked
 * for so a test can prove the extension made no other request.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { UPWORK_HOST } from './paths';

export interface ConnectProxy {
  port: number;
  close(): Promise<void>;
}

export async function startConnectProxy(targetPort: number, onForeignHost: (host: string) => void): Promise<ConnectProxy> {
  const server: Server = createServer((req, res) => {
    // Plain-HTTP proxy requests: nothing of ours uses them.
    onForeignHost(req.headers.host ?? req.url ?? '?');
    res.writeHead(403).end();
  });
  // Tunnels leave the HTTP server's bookkeeping: closeAllConnections() does not end them, and
  // server.close() would wait for a browser that keeps one open.
  const tunnels = new Set<{ destroy(): void }>();
  server.on('connect', (req, clientSocket, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (host !== UPWORK_HOST || port !== '443') {
      onForeignHost(req.url ?? '?');
      clientSocket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    tunnels.add(clientSocket).add(upstream);
    const drop = () => {
      upstream.destroy();
      clientSocket.destroy();
      tunnels.delete(clientSocket);
      tunnels.delete(upstream);
    };
    upstream.on('close', drop);
    clientSocket.on('close', drop);
    upstream.on('error', drop);
    clientSocket.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
