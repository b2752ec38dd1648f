import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

// Runs after the other everyday specs (alphabetically last): applying moves the demo clients' segments.
test('hugo previews and applies a recalculation, and a client set by hand says why and stays', async ({ page, request }) => {
  const token = await tokenFor(request, 'hugo');
  const name = `Segment by hand ${Date.now() % 1_000_000}`;
  const created = await request.post(`${API}/api/v1/clients`, {
    headers: { Authorization: `Bearer ${token}` }, data: { name, kind: 'company', country: 'RO', lifecycle: 'active' },
  });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as string;
  // A customer the rules have not placed yet: there is always someone to move, however often this runs.
  const unplaced = await request.post(`${API}/api/v1/clients`, {
    headers: { Authorization: `Bearer ${token}` }, data: { name: `Unplaced ${name}`, kind: 'company', country: 'RO', lifecycle: 'active' },
  });
  const ordered = await request.post(`${API}/api/v1/clients/${(await unplaced.json()).id}/orders`, {
    headers: { Authorization: `Bearer ${token}` }, data: { date: new Date().toISOString().slice(0, 10), amount: 1200, currency: 'EUR' },
  });
  expect(ordered.status()).toBe(201);

  await login(page, 'hugo', `/clients/${id}`);
  await page.getByRole('button', { name: 'Set segment…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Segment' }).click();
  await page.getByRole('option', { name: 'Key' }).click();
  await dialog.getByLabel('Why').fill('Strategic distributor for the north');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('segment-pin')).toHaveText('Set by hand: Strategic distributor for the north');

  await page.getByRole('navigation').getByRole('link', { name: 'Segments' }).click();
  await expect(page.getByTestId('segments-table')).toContainText('The clients making the top 50 % of 12-month revenue');
  await page.getByRole('button', { name: 'Recalculate…' }).click();
  const preview = page.getByRole('dialog', { name: 'Who the rules move' });
  await expect(preview.getByText(/Clients that would move: \d+/)).toBeVisible();
  await preview.getByRole('button', { name: /Move these clients/ }).click();
  await expect(page.getByText(/Clients moved: \d+/)).toBeVisible();

  // The client put into "key" by hand is still there.
  const placement = await request.get(`${API}/api/v1/clients/${id}/segment`, { headers: { Authorization: `Bearer ${token}` } });
  expect(await placement.json()).toMatchObject({ segment: 'key', pinned: true, reason: 'Strategic distributor for the north' });
});
