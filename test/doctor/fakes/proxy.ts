import * as http from 'node:http';
import * as net from 'node:net';
import { AddressInfo } from 'node:net';

export interface FakeProxy {
  /** e.g. http://127.0.0.1:3128 */
  readonly url: string;
  /** The `host:port` of every CONNECT request, in order. */
  readonly tunnels: string[];
  /** Proxy-Authorization headers of the CONNECT requests. */
  readonly proxyAuthorizations: Array<string | undefined>;
  close(): Promise<void>;
}

/**
 * A forward proxy that only tunnels (HTTP CONNECT), as corporate proxies do for HTTPS: it sees the target
 * host and port, never the requests inside the tunnel.
 */
export async function startFakeProxy(): Promise<FakeProxy> {
  const tunnels: string[] = [];
  const proxyAuthorizations: Array<string | undefined> = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('this proxy only tunnels');
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    proxyAuthorizations.push(req.headers['proxy-authorization']);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    proxyAuthorizations,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
