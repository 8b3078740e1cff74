import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 794, height: 1123 } });
await p.emulateMedia({ media: 'print', colorScheme: 'light' });
await p.goto('http://127.0.0.1:4481' + process.argv[2]);
await p.screenshot({ path: process.argv[3], fullPage: true });
console.log(await p.evaluate(() => document.documentElement.scrollHeight));
await b.close();
