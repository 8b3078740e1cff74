import { describe, expect, it } from 'vitest';
import { siteIntegration } from '../../src/integration/site-integration';
import type { MermaidRenderer } from '../../src/diagrams/mermaid-renderer';

type Middleware = (request: { url?: string }, response: FakeResponse, next: () => void) => void;
interface FakeResponse {
	headers: Record<string, string>;
	body?: string;
	setHeader(name: string, value: string): void;
	end(body: string): void;
}

/** The middleware `astro dev` would get from the site's integration, with the base path the config gives. */
function devMiddleware(base: string, stylesheet: string): Middleware {
	const renderer = { diagramStylesheet: () => Promise.resolve(stylesheet) } as unknown as MermaidRenderer;
	const hooks = siteIntegration({ renderer, socialCardCacheDir: '/tmp/unused' }).hooks as Record<
		string,
		(options: unknown) => void
	>;
	hooks['astro:config:done']({ config: { base } });
	let middleware: Middleware | undefined;
	hooks['astro:server:setup']({ server: { middlewares: { use: (m: Middleware) => (middleware = m) } } });
	return middleware!;
}

/** A request through the middleware, once it is answered (asynchronously) or passed on to Astro. */
async function request(middleware: Middleware, url: string) {
	let passedOn = false;
	let response!: FakeResponse;
	await new Promise<void>((done) => {
		response = {
			headers: {},
			setHeader(name, value) {
				this.headers[name] = value;
			},
			end(body) {
				this.body = body;
				done();
			},
		};
		middleware({ url }, response, () => {
			passedOn = true;
			done();
		});
	});
	return { response, passedOn };
}

describe('the diagrams stylesheet under astro dev', () => {
	it('is served from the diagrams drawn so far, under the base path', async () => {
		const css = '.mermaid-style-1{fill:red}';
		const atRoot = await request(devMiddleware('/', css), '/diagrams.css?v=1');
		expect(atRoot.passedOn).toBe(false);
		// The figure's own rules (minified), then the diagrams' styles drawn so far.
		expect(atRoot.response.body).toMatch(/^\.diagram\{/);
		expect(atRoot.response.body?.endsWith(css)).toBe(true);
		expect(atRoot.response.headers['Content-Type']).toMatch(/^text\/css/);
		expect((await request(devMiddleware('/skills', css), '/skills/diagrams.css')).response.body?.endsWith(css)).toBe(
			true,
		);
	});
	it('leaves every other request to Astro', async () => {
		expect((await request(devMiddleware('/', ''), '/concepts/')).passedOn).toBe(true);
		expect((await request(devMiddleware('/skills/', ''), '/diagrams.css')).passedOn).toBe(true);
	});
});
