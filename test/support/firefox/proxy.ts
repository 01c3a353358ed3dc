import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** One request that reached the proxy: it escaped the per-tab request interception. */
export interface ProxiedRequest {
  /** `https://host:port` for a tunnel (HTTPS, WSS), the full URL for plain HTTP. */
  url: string;
  /** Passed on to a local fake server (a tunnelled host), else refused. */
  tunnelled: boolean;
}

export interface RecordingProxy {
  port: number;
  /** Every request that reached it, in order. */
  log: ProxiedRequest[];
  /** Sends CONNECTs for `host` (port 443) to 127.0.0.1:`port`: a fake CRM at its real host name. */
  tunnel(host: string, port: number): void;
  stop(): Promise<void>;
}

/**
 * Firefox's network, seen whole. The puppeteer driver intercepts requests per
 * tab (WebDriver BiDi), which does not see what the event page or Firefox
 * itself fetches; with Firefox's proxy prefs pointing here
 * (test/support/firefox/browser.ts), every request that was not answered by
 * the interception arrives at this proxy instead of the network. It is
 * written down and refused (403 / a closed tunnel), except the hosts given to
 * `tunnel`, which reach a local fake server over TLS end to end (the fake's
 * certificate is accepted by the session's acceptInsecureCerts).
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const log: ProxiedRequest[] = [];
  const tunnels = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    log.push({ url: req.url ?? '', tunnelled: false });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const [host, port] = target.split(':');
    const local = port === '443' && host ? tunnels.get(host) : undefined;
    log.push({ url: `https://${target}`, tunnelled: local !== undefined });
    if (local === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(local, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    tunnel: (host, port) => void tunnels.set(host, port),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
