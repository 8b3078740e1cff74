import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser } from '../../src/build/find-browser';

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
		expect(() => findBrowser({ CHROMIUM_PATH: '/no/such/chrome', PATH: '' })).toThrow(/CHROMIUM_PATH is set to "\/no\/such\/chrome"/);
	});
	it('finds chromium on the PATH', () => {
		const { dir, path } = fakeBrowser('chromium');
		expect(findBrowser({ PATH: dir })).toBe(path);
	});
	it('says how to install one when there is none', () => {
		let error: unknown;
		try {
			findBrowser({ PATH: mkdtempSync(join(tmpdir(), 'empty-')), PLAYWRIGHT_BROWSERS_PATH: '/nonexistent' });
		} catch (e) {
			error = e;
		}
		// Playwright's own browser may exist on a developer machine; then there is no error to check.
		if (error === undefined) return;
		expect(error).toBeInstanceOf(BrowserNotFoundError);
		expect(String(error)).toContain('apt-get install chromium');
		expect(String(error)).toContain('CHROMIUM_PATH');
	});
});
