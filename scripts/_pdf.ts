import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../src/lib/chromium/find-browser.ts';
const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:4399${url}`);
await page.pdf({ path: out, format: 'A4', preferCSSPageSize: true });
await browser.close();
