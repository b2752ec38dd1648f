// Takes the README's screenshots from a running stack (make run): node e2e/screenshot.mjs
// A desktop and a phone, in English, Romanian and Russian (the browser's language picks the SPA's).
import { chromium } from 'playwright-core';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:5173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});

/** Signs `user` in on a fresh browser of that size and language, at `path`. */
async function signedIn(user, locale, viewport, path) {
  const context = await browser.newContext({ locale, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await page.click('#kc-login');
  await page.getByTestId('current-user').waitFor({ state: 'attached' });
  return page;
}

const desktop = { width: 1280, height: 860 };
const phone = { width: 390, height: 844 };

// English, desktop: a client page with its contact persons.
let page = await signedIn('sam', 'en-US', desktop, '/clients?q=agro');
await page.locator('tbody tr').first().click();
await page.getByTestId('contact-card').first().waitFor();
await page.screenshot({ path: '../docs/client-page.png' });

// Romanian, desktop: the same client's history, told as a story.
page = await signedIn('sam', 'ro-RO', desktop, '/clients?q=agro');
await page.locator('tbody tr').first().click();
await page.getByRole('tab', { name: 'Istoric' }).click();
await page.getByTestId('history-entry').first().waitFor();
await page.screenshot({ path: '../docs/history-ro.png' });

// Russian, phone: the client list.
page = await signedIn('sam', 'ru-RU', phone, '/clients');
await page.locator('tbody tr').first().waitFor();
await page.screenshot({ path: '../docs/phone-ru.png' });

// English, phone: the home page of a head of sales.
page = await signedIn('hugo', 'en-US', phone, '/');
await page.getByTestId('recent-clients').getByRole('link').first().waitFor();
await page.screenshot({ path: '../docs/phone-home.png' });

await browser.close();
