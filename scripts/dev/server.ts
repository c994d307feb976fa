/**
 * The dev server: dist/ over HTTP on the loopback interface, with live reload. Files are served
 * as they are on disk (sirv, uncached); HTML pages get one script tag more, the live-reload
 * client (client.js). Pages learn of rebuilds through server-sent events at /__hexapla/events:
 * `reload` with the URL paths rebuilt, `problems` with the text of the last build's errors (empty
 * once a build succeeds). A page that connects is told the current problems at once.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const CLIENT = fileURLToPath(new URL('./client.js', import.meta.url));
const CLIENT_TAG = '<script src="/__hexapla/client.js"></script>';

export interface DevServer {
  url: string;
  /** Tells every open page that these files (URL paths, "/doc/en.html"; "*" for all) were rebuilt. */
  reload(paths: string[]): void;
  /** Shows these problems in every open page (and in pages opened later); '' clears them. */
  problems(text: string): void;
  close(): Promise<void>;
}

export async function startDevServer(root: string, port: number): Promise<DevServer> {
  const files = sirv(root, { dev: true, dotfiles: false, extensions: [] });
  const clients = new Set<http.ServerResponse>();
  let currentProblems = '';
  const send = (client: http.ServerResponse, event: string, data: unknown) => client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/__hexapla/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': hexapla dev\n\n');
      send(response, 'problems', { text: currentProblems });
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (pathname === '/__hexapla/client.js') {
      void readFile(CLIENT).then((script) => {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        response.end(script);
      });
      return;
    }
    // Hexapla's own files in dist/ (.hexapla-record.json, hidden print pages) are not served.
    if (pathname.split('/').some((part) => part.startsWith('.') || part.startsWith('%2e') || part.startsWith('%2E'))) {
      notFound(response);
      return;
    }
    void servePage(root, pathname, response).then((served) => {
      if (!served) files(request, response, () => notFound(response));
    });
  });
  await listen(server, port);
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    reload: (paths) => {
      for (const client of clients) send(client, 'reload', { paths });
    },
    problems: (text) => {
      currentProblems = text;
      for (const client of clients) send(client, 'problems', { text });
    },
    close: async () => {
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An HTML page (a folder's index.html for a folder), with the live-reload client; false if none. */
async function servePage(root: string, pathname: string, response: http.ServerResponse): Promise<boolean> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (relative.endsWith('/')) relative += 'index.html';
  if (!relative.endsWith('.html')) return false;
  const file = path.join(root, relative);
  // Only files inside dist/: a path that climbs out is left to sirv, which refuses it.
  const inside = path.relative(root, file);
  if (inside.startsWith('..') || path.isAbsolute(inside) || inside.split(path.sep).some((part) => part.startsWith('.'))) return false;
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch {
    return false;
  }
  const at = html.lastIndexOf('</body>');
  const page = at === -1 ? html + CLIENT_TAG : `${html.slice(0, at)}${CLIENT_TAG}\n${html.slice(at)}`;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(page);
  return true;
}

function notFound(response: http.ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found in dist/ (has the document been built?)\n');
}

/** Listens on 127.0.0.1:port, or the next free port of the ten after it (0: any free port). */
async function listen(server: http.Server, port: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port === 0 ? 0 : port + attempt, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || attempt >= 10) throw error;
    }
  }
}
