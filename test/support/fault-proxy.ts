import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultMode = 'pass' | 'down' | 'slow';

/**
 * A real HTTP hop in front of a subgraph that a test can break: `down` drops every connection (as a
 * stopped process would), `slow` holds each request for `slowMs` before passing it on.
 */
export class FaultProxy {
  mode: FaultMode = 'pass';
  slowMs = 3_000;
  private target: URL | null = null;
  private server: Server | null = null;

  /** Starts the proxy in front of `target` and returns the URL that reaches it through the proxy. */
  async front(target: string): Promise<string> {
    this.target = new URL(target);
    this.server = createServer((req, res) => {
      if (this.mode === 'down') return void req.socket.destroy();
      const forward = () => {
        const upstream = request({ host: this.target!.hostname, port: this.target!.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
      };
      if (this.mode === 'slow') setTimeout(forward, this.slowMs).unref();
      else forward();
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.target.pathname}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve) ?? resolve(undefined));
  }
}
