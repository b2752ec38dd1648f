import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

test('a head of sales puts a partner from another team in front of two clients at once, and ends one on the client page', async ({ page, request }) => {
  const tag = `shared-${Date.now()}`;
  const token = await tokenFor(request, 'sam');
  for (const name of [`Fabrica Nord ${tag}`, `Depozit Nord ${tag}`]) {
    const created = await request.post(`${API}/api/v1/clients`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { name, kind: 'company', country: 'RO', lifecycle: 'active', tags: [tag] },
    });
    expect(created.status()).toBe(201);
  }

  await login(page, 'hugo');
  await page.getByRole('textbox', { name: /search/i }).fill(tag);
  await expect(page.getByRole('row')).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('button', { name: /Assign…/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Person' }).click();
  // Only people who may hold clients are offered: never the admin or the director.
  await expect(page.getByRole('option', { name: /Ada Lovelace/ })).toHaveCount(0);
  await expect(page.getByRole('option', { name: /Dana Ionescu/ })).toHaveCount(0);
  await page.getByRole('option', { name: /Sid/ }).click();
  await dialog.getByRole('textbox', { name: 'Duties' }).fill('serves the southern depots');
  await dialog.getByRole('button', { name: 'Assign (2 clients)' }).click();
  await expect(page.getByText('Assigned: 2 clients')).toBeVisible();

  await page.getByRole('row', { name: new RegExp(`Fabrica Nord ${tag}`) }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  const parties = page.getByTestId('parties-table');
  await expect(parties).toContainText('partner');
  await expect(parties).toContainText('serves the southern depots');
  await parties.getByRole('button', { name: 'End' }).click();
  const ending = page.waitForResponse((response) => response.request().method() === 'DELETE'
    && response.url().includes('/parties/'));
  await page.getByRole('dialog').getByRole('button', { name: 'End' }).click();
  expect((await ending).status()).toBe(204);
  await expect(parties).not.toContainText('serves the southern depots');
  await page.getByRole('switch', { name: 'Show who stood here before' }).check();
  await expect(parties).toContainText('serves the southern depots');
});
