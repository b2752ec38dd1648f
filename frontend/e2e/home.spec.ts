import { expect, test } from '@playwright/test';
import { login } from './support';

test('the home page shows a manager their latest clients and a supervisor who waits for a handover', async ({ page, browser }) => {
  await login(page, 'sam', '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  const recent = page.getByTestId('recent-clients');
  await expect(recent.getByRole('link').first()).toBeVisible();
  await expect(recent.getByRole('link', { name: /All your clients \(\d+\)/ })).toBeVisible();
  // A manager hands nobody over: no notices card.
  await expect(page.getByTestId('people-notices')).toHaveCount(0);
  await recent.getByRole('link', { name: /All your clients/ }).click();
  await expect(page).toHaveURL(/\/clients$/);

  const hugo = await (await browser.newContext()).newPage();
  await login(hugo, 'hugo', '/');
  await expect(hugo.getByTestId('people-notices')).toBeVisible();
  await expect(hugo.getByRole('heading', { name: 'Needs you' })).toBeVisible();
});
