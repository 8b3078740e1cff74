#!/usr/bin/env node
// Serves a built site on 127.0.0.1 the way a static host or CDN would
// (index.html for folders, 404.html for the rest), for the browser tests
// and the bench. Unlike `astro preview`, several can run at once.
//
//   node scripts/serve-dist.mjs [port] [--dir dist-base] [--base /skills/]
//
// With --base, the site is served under that path, as on a shared host.
// Responses carry the headers of the site's _headers file (Netlify/Cloudflare
// format), so browser tests run under the same Content Security Policy a
// host would send.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const project = new URL('..', import.meta.url).pathname;
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const root = resolve(project, values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const port = Number(positionals[0] ?? process.env.PORT ?? 4322);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** `_headers` blocks: a path (a trailing `*` matches any rest) and its indented `Name: value` lines. */
function readHeadersFile() {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
		else if (rules.length > 0) {
			const colon = line.indexOf(':');
			rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}
const headerRules = readHeadersFile();
const hostHeaders = (path) =>
	Object.assign(
		{},
		...headerRules
			.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path))
			.map((r) => r.headers),
	);

/** The decoded path of a request, or undefined when it is not a valid URL (`/%E0%A4%A`). */
function requestPath(url) {
	try {
		return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
	} catch {
		return undefined;
	}
}

const server = createServer((req, res) => {
	const path = requestPath(req.url);
	if (path === undefined)
		return void res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL\n');
	const notFound = () => send(join(root, '404.html'), 404);
	const send = (file, status) => {
		const type = types[extname(file)] ?? 'application/octet-stream';
		// Compress text as static hosts and CDNs do (Pagefind's own files are already compressed).
		const compress =
			/^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(status, {
			'Content-Type': type,
			'Cache-Control': 'no-cache',
			...hostHeaders(path),
			Vary: 'Accept-Encoding',
			...(compress ? { 'Content-Encoding': 'gzip' } : {}),
		});
		const body = createReadStream(file);
		if (compress) body.pipe(createGzip()).pipe(res);
		else body.pipe(res);
	};
	if (`${path}/` === base) return void res.writeHead(301, { Location: base }).end();
	if (!path.startsWith(base)) return notFound();
	let file = normalize(join(root, path.slice(base.length)));
	if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) return void res.writeHead(301, { Location: `${path}/` }).end();
		file = join(file, 'index.html');
	}
	if (!existsSync(file)) return notFound();
	send(file, 200);
});
// Port 0 takes any free port (the tests do); the line below says which.
server.listen(port, '127.0.0.1', () => {
	const address = server.address();
	console.log(
		`Serving ${values.dir}/ at http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${base}`,
	);
});
