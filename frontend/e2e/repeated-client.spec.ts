import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

test('a client entered twice is caught: the same name needs a confirmation, the same tax id never passes', async ({ page, request }) => {
  // A colleague entered the company a moment ago.
  const name = `Moara Veche ${Date.now()}`;
  const taxId = `RO${Date.now() % 100_000_000}`;
  const token = await tokenFor(request, 'sam');
  const first = await request.post(`${API}/api/v1/clients`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { name, taxId, kind: 'company', country: 'RO', lifecycle: 'prospect' },
  });
  expect(first.status()).toBe(201);

  await login(page, 'sam');
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name.toUpperCase());
  await dialog.getByRole('textbox', { name: 'Tax id' }).fill(taxId);
  await dialog.getByRole('button', { name: 'Create' }).click();

  // The same tax id: refused for good, what was typed stays.
  const conflicts = dialog.getByTestId('client-conflicts');
  await expect(conflicts).toContainText('tax id already exists');
  await expect(conflicts.getByRole('button', { name: 'Create anyway' })).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name.toUpperCase());

  // Another company with the same name: allowed once the user says so.
  await dialog.getByRole('textbox', { name: 'Tax id' }).fill('');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(conflicts).toContainText('name already exists');
  await expect(conflicts.getByRole('link', { name })).toBeVisible();
  await conflicts.getByRole('button', { name: 'Create anyway' }).click();
  await expect(page.getByRole('heading', { name: name.toUpperCase() })).toBeVisible();
});
