import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

const ALEX = 'a0000000-0000-4000-8000-000000000006';

test('hugo has sam cover alex\'s clients for a week: sam sees one of them at once, and none once hugo ends the cover', async ({ page, request }) => {
  const hugo = await tokenFor(request, 'hugo');
  const held = await request.get(`${API}/api/v1/clients?ownerId=${ALEX}&limit=200`, { headers: { Authorization: `Bearer ${hugo}` } });
  const alexs = ((await held.json()).items as { id: string; name: string; coOwnerId?: string }[])
    .filter((client) => client.coOwnerId !== 'a0000000-0000-4000-8000-000000000004');
  expect(alexs.length).toBeGreaterThan(0);
  const samSees = async () => (await request.get(`${API}/api/v1/clients/${alexs[0].id}`, {
    headers: { Authorization: `Bearer ${await tokenFor(request, 'sam')}` } })).status();
  expect(await samSees()).toBe(404);

  await login(page, 'hugo', '/people');
  await page.getByRole('button', { name: 'Start handover for Alex' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Temporary cover').click();
  await dialog.getByRole('textbox', { name: 'Substitute' }).click();
  await page.getByRole('option', { name: 'Sam Rusu' }).click();
  await dialog.getByRole('button', { name: 'Arrange the cover' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Cover for Alex/ })).toBeVisible();
  await expect(page.getByTestId('handover-summary')).toContainText('Sam Rusu stands in');
  await expect(page.getByText('Under way')).toBeVisible();
  expect(await samSees()).toBe(200);

  await page.getByRole('button', { name: 'End the cover now' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End it now' }).click();
  await expect(page.getByText('Cancelled').first()).toBeVisible();
  expect(await samSees()).toBe(404);
});
