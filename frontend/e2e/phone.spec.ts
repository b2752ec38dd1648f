import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, a sales manager finds a client by a Cyrillic fragment, calls a contact, edits a field and comes back to the same list', async ({ page, request }) => {
  // Sam's own client with a Russian name and a contact person with a phone (set up through the API).
  const token = await tokenFor(request, 'sam');
  const headers = { Authorization: `Bearer ${token}` };
  const number = Date.now() % 1_000_000;
  const name = `ООО «Северный Ветер ${number}»`;
  const created = await request.post(`${API}/api/v1/clients`, {
    headers, data: { name, kind: 'company', country: 'RU', lifecycle: 'active' },
  });
  expect(created.status()).toBe(201);
  const clientId = (await created.json()).id as string;
  const contact = await request.post(`${API}/api/v1/clients/${clientId}/contacts`, {
    headers, data: { fullName: 'Ольга Морозова', channels: [{ kind: 'phone', value: '+79161234567', corporate: true }] },
  });
  expect(contact.status()).toBe(201);

  await login(page, 'sam');
  const fragment = `ветер ${number}`;
  await page.getByLabel('Search').fill(fragment);
  const row = page.locator('tbody tr').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  // The list fits the phone: nothing to scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await row.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('link', { name: '+79161234567' })).toHaveAttribute('href', 'tel:+79161234567');

  await page.getByRole('button', { name: 'Edit' }).first().click();
  await page.getByLabel('City').fill('Москва');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' }).first()).toBeVisible();
  await expect(page.getByText('Москва').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole('link', { name: '← Clients' }).click();
  await expect(page.getByLabel('Search')).toHaveValue(fragment);
  await expect(page.locator('tbody tr').filter({ hasText: name })).toBeVisible();
});
