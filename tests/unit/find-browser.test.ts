import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../src/lib/chromium/find-browser';

// Playwright's own browser may or may not be downloaded on a machine; the tests decide.
const playwright = vi.hoisted(() => ({ path: '/nonexistent/playwright/chromium' }));
vi.mock('playwright-core', () => ({ chromium: { executablePath: () => playwright.path } }));

const fakeBrowser = (name: string) => {
	const dir = mkdtempSync(join(tmpdir(), 'browser-'));
	const path = join(dir, name);
	writeFileSync(path, '#!/bin/sh\n');
	chmodSync(path, 0o755);
	return { dir, path };
};

describe('findBrowser', () => {
	it('uses CHROMIUM_PATH first', () => {
		const { path } = fakeBrowser('my-chrome');
		expect(findBrowser({ CHROMIUM_PATH: path, PATH: '' })).toBe(path);
	});
	it('fails clearly when CHROMIUM_PATH names no executable', () => {
		expect(() => findBrowser({ CHROMIUM_PATH: '/no/such/chrome', PATH: '' })).toThrow(BrowserNotFoundError);
		expect(() => findBrowser({ CHROMIUM_PATH: '/no/such/chrome', PATH: '' })).toThrow(
			/CHROMIUM_PATH is set to "\/no\/such\/chrome"/,
		);
	});
	it('finds chromium on the PATH', () => {
		const { dir, path } = fakeBrowser('chromium');
		expect(findBrowser({ PATH: dir })).toBe(path);
	});
	it("falls back to Playwright's own browser when it is installed", () => {
		const { path } = fakeBrowser('chrome');
		playwright.path = path;
		try {
			expect(findBrowser({ PATH: mkdtempSync(join(tmpdir(), 'empty-')) })).toBe(path);
		} finally {
			playwright.path = '/nonexistent/playwright/chromium';
		}
	});
	it('says how to install one when there is none', () => {
		const find = () => findBrowser({ PATH: mkdtempSync(join(tmpdir(), 'empty-')) });
		expect(find).toThrow(BrowserNotFoundError);
		expect(find).toThrow(/apt-get install chromium/);
		expect(find).toThrow(/CHROMIUM_PATH/);
	});
});
