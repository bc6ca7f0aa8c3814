// A small static file server on a free loopback port, for the benches' built pages.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The file under `base` for a path relative to it (index.html for folders), or null outside it or missing. */
export function fileUnder(base: string, rel: string): string | null {
  const file = normalize(join(base, rel === '' ? 'index.html' : rel));
  if (!file.startsWith(base)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/** Serve what `fileFor` maps each decoded request path to (404 for null) on 127.0.0.1. */
export function serveFiles(fileFor: (path: string) => string | null): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = fileFor(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

/** Serve one folder. */
export function serveDir(dir: string): Promise<{ server: Server; origin: string }> {
  return serveFiles((path) => fileUnder(dir, path.slice(1)));
}
