import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

test('a sales manager moves a client across the lifecycle board by drag and drop and by keyboard, and it stays moved', async ({ page, request }) => {
  const token = await tokenFor(request, 'sam');
  const number = Date.now() % 1_000_000;
  const name = `Board Prospect ${number}`;
  const created = await request.post(`${API}/api/v1/clients`, {
    headers: { Authorization: `Bearer ${token}` }, data: { name, kind: 'company', country: 'RO', lifecycle: 'prospect' },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;

  await login(page, 'sam', `/clients?view=board&q=${encodeURIComponent(name)}`);
  const column = (title: string) => page.getByRole('region', { name: title });
  await expect(column('Prospect').getByRole('link', { name })).toBeVisible();
  await expect(column('Prospect').getByTestId('board-count')).toHaveText('1');
  await expect(column('Active').getByTestId('board-count')).toHaveText('0');

  // A real mouse drag from the prospects to the customers.
  await column('Prospect').getByTestId('board-card').dragTo(column('Active'));
  await expect(column('Active').getByRole('link', { name })).toBeVisible();
  await expect(column('Active').getByTestId('board-count')).toHaveText('1');
  await expect(column('Prospect').getByTestId('board-count')).toHaveText('0');

  // The keyboard's way: the card's menu.
  await page.getByRole('button', { name: `Move ${name}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Passive' }).click();
  await expect(column('Passive').getByRole('link', { name })).toBeVisible();

  // The server holds it, with both changes in the client's history.
  await page.reload();
  await expect(column('Passive').getByRole('link', { name })).toBeVisible();
  const client = await request.get(`${API}/api/v1/clients/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await client.json()).lifecycle).toBe('passive');
  await page.getByText('Table', { exact: true }).click();
  await expect(page).not.toHaveURL(/view=board/);
  await expect(page.locator('tbody tr').filter({ hasText: name })).toBeVisible();
});

test('on a phone the board scrolls sideways a column at a time, and the page itself does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'sam', '/clients?view=board');
  await expect(page.getByTestId('board-column')).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
