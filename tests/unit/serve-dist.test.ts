/** The static server of the browser tests answers like a host: a malformed URL is a 400, not a crash. */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = new URL('../../scripts/serve-dist.mjs', import.meta.url).pathname;
const dist = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(dist, 'concepts', 'a'), { recursive: true });
writeFileSync(join(dist, 'concepts', 'a', 'index.html'), '<h1>A</h1>');
writeFileSync(join(dist, '404.html'), '<h1>Not found</h1>');

let server: ChildProcess;
let origin = '';
beforeAll(async () => {
	server = spawn(process.execPath, [script, '0', '--dir', dist, '--base', '/skills/']);
	origin = await new Promise<string>((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
			if (m) resolve(m[1]);
		});
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
});
afterAll(() => {
	server?.kill();
});

/** Sends the path exactly as written (fetch would normalize it). */
const status = (path: string) =>
	new Promise<number>((resolve, reject) => {
		request(`${origin}${path}`, { method: 'GET' }, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		})
			.on('error', reject)
			.end();
	});

describe('scripts/serve-dist.mjs', () => {
	it('answers a malformed URL with 400 and keeps serving', async () => {
		expect(await status('/%E0%A4%A')).toBe(400);
		expect(await status('/skills/%E0%A4%A')).toBe(400);
		expect(await status('/skills/concepts/a/')).toBe(200);
	});
	it('serves the site under its base path only', async () => {
		expect(await status('/concepts/a/')).toBe(404);
		expect(await status('/skills/concepts/nope/')).toBe(404);
		expect(await status('/skills')).toBe(301);
	});
});
