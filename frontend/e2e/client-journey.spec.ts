import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

// A fragment of the name of a client sam owns in the demo data; lowercase also proves case-insensitive search.
const QUERY = process.env.E2E_CLIENT_QUERY ?? 'agro';

test('a sales manager finds a client, adds a contact, survives a concurrent edit and logs out', async ({ page, request }) => {
  await login(page, 'sam');

  // Find a Romanian client by a fragment of its name (Romanian, so a local phone number means +40).
  await page.getByRole('textbox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'Romania' }).click();
  await page.getByLabel('Search').fill(QUERY);
  const firstRow = page.locator('tbody tr').first();
  await expect(firstRow).toContainText(new RegExp(QUERY, 'i'));
  const clientName = (await firstRow.locator('td').first().innerText()).trim();
  await firstRow.click();
  await expect(page.getByRole('heading', { name: clientName })).toBeVisible();
  const clientId = page.url().split('/').pop()!;

  // Back on the list, and after a reload, the search and the filter are still there (they live in the URL).
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/clients\\?q=${QUERY}&country=RO$`));
  await expect(page.getByLabel('Search')).toHaveValue(QUERY);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Country' })).toHaveValue('Romania');
  await expect(firstRow).toContainText(clientName);
  await firstRow.click();
  await expect(page.getByRole('heading', { name: clientName })).toBeVisible();

  // Add a contact with a phone typed the local way: Relay stores it in international form (E.164).
  const person = `Ionuț Test ${Date.now()}`;
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Full name').fill(person);
  await page.getByLabel('Phone or e-mail').fill('0721 234 567');
  await page.getByRole('button', { name: 'Save' }).click();
  const card = page.getByTestId('contact-card').filter({ hasText: person });
  await expect(card).toContainText('+40721234567');

  // Start editing, while a colleague (same rights, through the API) changes the client first.
  await page.getByRole('button', { name: 'Edit' }).first().click();
  // Values of this run only: a rerun on the same database must still meet a real conflict.
  const mine = `Cluj-Napoca (mine, ${Date.now()})`;
  const theirNote = `Changed by a colleague, ${Date.now()}`;
  await page.getByLabel('City').fill(mine);
  const token = await tokenFor(request, 'sam');
  const current = await request.get(`${API}/api/v1/clients/${clientId}`, { headers: { Authorization: `Bearer ${token}` } });
  const version = (await current.json()).version as number;
  const theirs = await request.patch(`${API}/api/v1/clients/${clientId}`, {
    headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${version}"`, 'Content-Type': 'application/merge-patch+json' },
    data: { notes: theirNote },
  });
  expect(theirs.status()).toBe(200);

  // Refused, and nothing lost: the colleague's change is told and shown, the typing is still there.
  await page.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByTestId('conflict-alert');
  await expect(conflict).toContainText('Sam Rusu changed this client while you were editing');
  await expect(conflict).toContainText(`Notes: `);
  await expect(conflict).toContainText(`→ ${theirNote}`);
  await expect(page.getByLabel('Notes')).toHaveValue(theirNote);
  await expect(page.getByLabel('City')).toHaveValue(mine);

  // Saved again on the current version: both changes stand.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(mine, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(theirNote).first()).toBeVisible();

  // The history tells it as a story, with names and no ids.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByTestId('history-table');
  await expect(history).toContainText('Sam Rusu changed the city from');
  await expect(history).toContainText(`Sam Rusu added the contact person ${person}`);
  await expect(history).not.toContainText(clientId);
  await expect(page.getByRole('button', { name: 'Edit' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.locator('#kc-login')).toBeVisible();
});
