import { expect, test } from '@playwright/test';
import { API, KEYCLOAK, login, tokenFor } from './support';

test('hugo hands all of sara\'s clients to sam in one step; sam then holds them, with their history, acknowledges them, and sara is out', async ({ page, request, browser }) => {
  const sara = await tokenFor(request, 'sara');
  const mine = await request.get(`${API}/api/v1/clients?ownerId=a0000000-0000-4000-8000-000000000005&limit=200`, {
    headers: { Authorization: `Bearer ${await tokenFor(request, 'hugo')}` },
  });
  const held = (await mine.json()).items as { id: string; name: string }[];
  expect(held.length).toBeGreaterThan(0);
  expect(sara).toBeTruthy();

  await login(page, 'hugo', '/people');
  await page.getByRole('button', { name: 'Start handover for Sara Moldovan' }).click();
  await page.getByLabel('Last working day').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('dialog').getByRole('button', { name: 'Start handover' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handover of Sara Moldovan' })).toBeVisible();

  // Sara, serving her notice, is told so on every page and finds her handover; she creates and exports nothing.
  const saraSide = await browser.newContext();
  const saraPage = await saraSide.newPage();
  await login(saraPage, 'sara', '/clients');
  await expect(saraPage.getByTestId('notice-banner')).toContainText('You are serving your notice until');
  await expect(saraPage.getByTestId('client-total')).toBeVisible();
  await expect(saraPage.getByRole('button', { name: 'New client' })).toHaveCount(0);
  await saraPage.getByRole('link', { name: 'Open my handover' }).click();
  await expect(saraPage.getByRole('heading', { level: 1, name: 'Handover of Sara Moldovan' })).toBeVisible();
  await saraSide.close();

  // Every client on the page to sam, then the next pages too.
  const items = page.getByTestId('handover-items');
  while (await page.getByRole('button', { name: 'Load more' }).isVisible()) {
    await page.getByRole('button', { name: 'Load more' }).click();
  }
  await expect(items.getByRole('link', { name: held[0].name })).toBeVisible();

  // The write-up of one client, for its successor.
  await items.getByRole('row').filter({ hasText: held[0].name }).getByRole('cell').nth(2).click();
  await page.getByLabel('State of work').fill('Renewal agreed in principle; Ion decides.');
  await page.getByRole('button', { name: '+ Add an urgent matter' }).click();
  await page.getByLabel('Urgent matter').fill('Send the renewal contract');
  await page.getByLabel('Due').fill('2026-12-03');
  await page.getByLabel('Written up and checked').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('handover-progress')).toContainText('reviewed: 1 of');
  await page.getByRole('checkbox', { name: 'Choose every client on the page' }).check();
  await page.getByRole('textbox', { name: 'Successor' }).click();
  await page.getByRole('option', { name: 'Sam Rusu' }).click();
  await page.getByRole('button', { name: /Give the chosen clients/ }).click();
  const progress = page.getByTestId('handover-progress');
  await expect(progress).toContainText(/Successors chosen: (\d+) of \1 /);

  for (const [step, state] of [['Submit', 'Submitted'], ['Approve', 'Approved']]) {
    await page.getByRole('button', { name: step }).click();
    await expect(page.getByTestId('handover-events')).toContainText(state);
  }

  // Sara signed her promise not to compete yesterday: hugo records it, then the document to sign lists every client.
  const commitments = page.getByTestId('commitments');
  await commitments.getByRole('checkbox', { name: /Signed the promise/ }).check();
  await commitments.getByLabel('Signed on').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await commitments.getByRole('button', { name: 'Record the commitments' }).click();
  await expect(page.getByTestId('handover-events')).toContainText('commitments recorded');
  await commitments.getByRole('link', { name: /Handover document/ }).click();
  await expect(page.getByTestId('document-signatures')).toContainText('Person leaving: Sara Moldovan');
  await expect(page.getByTestId('document-signatures')).toContainText('Successor: Sam Rusu');
  await expect(page.getByTestId('document-items')).toContainText('Send the renewal contract');
  await page.getByRole('link', { name: /Back to the handover/ }).click();

  // Before completing, hugo reads the letter one client will receive: in its contact's language, naming sam.
  const handoverId = page.url().split('/').pop()!;
  const itemsRead = await request.get(`${API}/api/v1/handovers/${handoverId}/items?limit=500`, {
    headers: { Authorization: `Bearer ${await tokenFor(request, 'hugo')}` },
  });
  type Item = { clientId: string; clientName: string; letters: { state: string; subject: string }[] };
  const told = ((await itemsRead.json()).items as Item[]).find((item) => item.letters.some((l) => l.state === 'preview'))!;
  expect(told).toBeTruthy();
  const exactly = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('button', { name: new RegExp(`^Letters to ${exactly(told.clientName)}: `) }).click();
  const letters = page.getByRole('dialog');
  await expect(letters.getByText('preview', { exact: true }).first()).toBeVisible();
  await letters.getByRole('button', { name: 'Read the letter' }).first().click();
  await expect(letters).toContainText('Sam Rusu');
  await letters.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Complete: move the clients' }).click();
  await expect(page.getByTestId('handover-events')).toContainText('Completed');

  // Sam now holds what Sara held: the client page says so, and the history tells the change.
  await page.getByRole('button', { name: 'Log out' }).click();
  await login(page, 'sam', `/clients/${held[0].id}`);
  await expect(page.getByRole('heading', { level: 1, name: held[0].name })).toBeVisible();
  await expect(page.getByTestId('client-details')).toContainText('Sam Rusu');
  await expect(page.getByTestId('client-handovers')).toContainText('Handed over by Sara Moldovan to Sam Rusu');
  await expect(page.getByTestId('client-handovers')).toContainText('Renewal agreed in principle; Ion decides.');
  await expect(page.getByTestId('client-handovers')).toContainText('Send the renewal contract');
  // The letters went out through the local SMTP server; the client's page says so (the worker sends within seconds).
  await page.goto(`/clients/${told.clientId}`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('client-handovers').getByText('sent', { exact: true }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  // Sam calls the client: his first contact since the handover, marked so on its timeline.
  await page.getByRole('tab', { name: 'Activities' }).click();
  await page.getByRole('button', { name: 'Log an activity' }).click();
  await page.getByLabel('Outcome').fill('Introduced myself; they had the letter.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('activities')).toContainText('first contact');
  await expect(page.getByTestId('activities')).toContainText('Introduced myself; they had the letter.');
  await page.goto(`/clients/${held[0].id}`);

  // The bell tells sam; he opens the handover and acknowledges having read every write-up.
  await page.getByRole('button', { name: /Notices, unread: [1-9]/ }).click();
  await page.getByText(/Clients of Sara Moldovan that are now yours/).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handover of Sara Moldovan' })).toBeVisible();
  await page.getByRole('button', { name: /I have read all mine/ }).click();
  await expect(page.getByTestId('handover-progress')).toContainText(/Acknowledged by their successors: (\d+) of \1$/);
  // The handover counts the client sam reached.
  await expect(page.getByTestId('handover-reached')).toContainText(/Reached by their successors: 1 of \d+/);

  // Sara's urgent matter is now one of sam's to-dos, on his home page; he checks it off.
  await page.getByRole('link', { name: 'Today' }).click();
  const todos = page.getByTestId('todos');
  await expect(todos).toContainText('Send the renewal contract');
  // The box follows the server's answer: clicked, then checked once saved, and still after a reload.
  await todos.getByRole('checkbox', { name: 'Done: Send the renewal contract' }).click();
  await expect(todos.getByRole('checkbox', { name: 'Done: Send the renewal contract' })).toBeChecked();
  await page.reload();
  await expect(page.getByTestId('todos').getByRole('checkbox', { name: 'Done: Send the renewal contract' })).toBeChecked();

  // Sara can no longer sign in, nor use a token she still holds.
  const refused = await request.get(`${API}/api/v1/clients`, { headers: { Authorization: `Bearer ${sara}` } });
  expect(refused.status()).toBe(403);
  const signIn = await request.post(`${KEYCLOAK}/realms/relay/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'relay-spa', username: 'sara', password: 'demo' },
  });
  expect(signIn.status()).toBe(400);
});
