import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../audit/checks/headersFile.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // The sitemap, and a plan's Atom feed of progress reports (/progress/feed.xml).
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site from `root` on a free loopback port (or `port`), under `base` (e.g.
 * "/hengqin/"), the way a plain static host would: directories answer with their index.html, anything
 * else missing is the site's 404 page with status 404, text is gzipped. Like hosts that read
 * one, it sends the headers the site's `_headers` file gives, so tests see the security
 * headers a reader gets.
 */
export async function serveStatic(root: string, base = '/', port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const headerRules = parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    const send = async (file: string, status: number) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // Text is sent gzipped when the client accepts it, as every real host does; page weights
      // and Lighthouse's timings would otherwise count bytes no reader downloads.
      const gzip = /^(?:text\/|application\/json|image\/svg)/u.test(type) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(status, { ...headersFor(headerRules, inBase ?? pathname), 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
      // pipeline() closes the file when the client goes away mid-response (a test navigating
      // on); a client already gone gets nothing (pipeline() throws rather than start).
      if (response.destroyed || response.writableEnded) return;
      const source = createReadStream(file);
      try {
        pipeline(gzip ? [source, createGzip(), response] : [source, response], () => undefined);
      } catch {
        source.destroy();
      }
    };
    const candidate = inBase === null ? null : path.join(root, path.normalize(inBase));
    for (const file of candidate === null || !candidate.startsWith(root) ? [] : [candidate, path.join(candidate, 'index.html')]) {
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return send(file, 200);
    }
    const notFound = path.join(root, '404.html');
    if (await stat(notFound).catch(() => null)) return send(notFound, 404);
    response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
