import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

const SAM_ID = 'a0000000-0000-4000-8000-000000000004';

test('a contact person a manager deletes is brought back by the head of sales', async ({ browser, request }) => {
  // Set-up through the API: a contact person on one of sam's clients.
  const samToken = await tokenFor(request, 'sam');
  const auth = { Authorization: `Bearer ${samToken}` };
  // One sam owns (not merely co-owns in another team), so that his head of sales sees it too.
  const list = await request.get(`${API}/api/v1/clients?limit=1&ownerId=${SAM_ID}`, { headers: auth });
  const client = (await list.json()).items[0] as { id: string; name: string };
  const person = `Elena Restore ${Date.now()}`;
  const created = await request.post(`${API}/api/v1/clients/${client.id}/contacts`, {
    headers: auth, data: { fullName: person, channels: [{ kind: 'email', value: 'elena@example.ro', corporate: true }] },
  });
  expect(created.status()).toBe(201);

  const samPage = await (await browser.newContext()).newPage();
  await login(samPage, 'sam');
  await samPage.goto(`/clients/${client.id}`);
  await samPage.getByRole('button', { name: `Delete ${person}` }).click();
  await samPage.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(samPage.getByTestId('contact-card').filter({ hasText: person })).toHaveCount(0);
  await expect(samPage.getByRole('button', { name: 'Show deleted contact persons' })).toHaveCount(0);

  const hugoPage = await (await browser.newContext()).newPage();
  await login(hugoPage, 'hugo');
  await hugoPage.goto(`/clients/${client.id}`);
  await hugoPage.getByRole('button', { name: 'Show deleted contact persons' }).click();
  await hugoPage.getByTestId('deleted-contacts').getByRole('button', { name: `Restore ${person}` }).click();
  await expect(hugoPage.getByText(`${person} is back among the contact persons.`)).toBeVisible();

  await samPage.reload();
  await expect(samPage.getByTestId('contact-card').filter({ hasText: person })).toContainText('elena@example.ro');
});
