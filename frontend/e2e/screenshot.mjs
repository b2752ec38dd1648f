// Takes the README's screenshot of a client page from a running stack: node e2e/screenshot.mjs
import { chromium } from 'playwright-core';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:5173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(base);
await page.fill('#username', 'sam');
await page.fill('#password', 'demo');
await page.click('#kc-login');
await page.getByLabel('Search').fill('agro');
await page.locator('tbody tr').first().click();
await page.getByTestId('contact-card').first().waitFor();
await page.screenshot({ path: '../docs/client-page.png' });
await browser.close();
