import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Start serving `app`; resolves once the port is bound (port 0 picks a free one). */
export function listen(app: Hono<any, any, any>, options: { port: number; host: string }): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          // Keep-alive connections (a browser) would hold close() open.
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
      });
    });
    server.once('error', reject);
  });
}
