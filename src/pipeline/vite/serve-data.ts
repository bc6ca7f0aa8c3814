// A Vite plugin that serves a data folder at /data/ in dev and copies it into the build (so
// `vite preview` and any static host serve it too), file for file. The viewer fetches what it needs from there when it needs it, so the
// bundle holds no list of the corpus and the first load does not grow with it.
import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const PREFIX = '/data/';

function serveFrom(dir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(PREFIX)) return next();
    const file = normalize(join(dir, decodeURIComponent(url.slice(PREFIX.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(readFileSync(file));
  };
}

/** `dir` defaults to the ATLAS_DATA environment variable, then `data/` under the project root. */
export function serveData(dir = process.env.ATLAS_DATA ?? 'data'): Plugin {
  const root = resolve(dir);
  let outDir = 'dist';
  return {
    name: 'atlas-serve-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(serveFrom(root));
    },
    closeBundle() {
      if (existsSync(root)) cpSync(root, join(outDir, 'data'), { recursive: true });
    },
  };
}
