import { expect, test, type APIRequestContext } from '@playwright/test';
import { API, login, tokenFor } from './support';

const SAM = 'a0000000-0000-4000-8000-000000000004';

async function stages(request: APIRequestContext, token: string): Promise<Record<string, string>> {
  const answer = await request.get(`${API}/api/v1/pipeline/stages`, { headers: { Authorization: `Bearer ${token}` } });
  const items = (await answer.json()).items as { id: string; key: string }[];
  return Object.fromEntries(items.map((stage) => [stage.key, stage.id]));
}

async function leosLead(request: APIRequestContext, token: string, name: string): Promise<string> {
  const created = await request.post(`${API}/api/v1/clients`, {
    headers: { Authorization: `Bearer ${token}` }, data: { name, kind: 'company', country: 'RO', lifecycle: 'prospect' },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).id as string;
}

test('leo qualifies a lead and it passes to sales; sam drags it to "agreed to sign"', async ({ page: leoPage, browser, request }) => {
  const leo = await tokenFor(request, 'leo');
  const dana = await tokenFor(request, 'dana');
  const sam = await tokenFor(request, 'sam');
  const stage = await stages(request, dana);
  const number = Date.now() % 1_000_000;
  const name = `Conveyor Lead ${number}`;
  const id = await leosLead(request, leo, name);

  // Leo works his lead: Money, Authority, Need, and it is handed to a sales manager of his team.
  let page = leoPage;
  await login(page, 'leo', `/clients/${id}`);
  await expect(page.getByTestId('stage-badge')).toHaveText('New lead');
  await page.getByRole('button', { name: 'Move to stage…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Stage' }).click();
  await page.getByRole('option', { name: 'Qualified' }).click();
  await dialog.getByRole('textbox', { name: 'Money' }).fill('20k EUR a year');
  await dialog.getByRole('textbox', { name: 'Authority' }).fill('the owner signs');
  await dialog.getByRole('textbox', { name: 'Need' }).fill('cold rooms for three shops');
  await dialog.getByRole('textbox', { name: 'Next step' }).fill('meet the owner');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByText(/Moved to Qualified and handed to/)).toBeVisible();
  // Out of his sight now: back on the list, where the lead is no more.
  await expect(page).toHaveURL(/\/clients(\?|$)/);
  const mine = await request.get(`${API}/api/v1/clients/${id}`, { headers: { Authorization: `Bearer ${leo}` } });
  expect(mine.status()).toBe(404);
  const passed = await (await request.get(`${API}/api/v1/clients/${id}`, { headers: { Authorization: `Bearer ${dana}` } })).json();
  expect(passed.phase).toBe('sales');
  expect(passed.qualification).toEqual({ money: '20k EUR a year', authority: 'the owner signs', need: 'cold rooms for three shops' });

  // The team's sales managers take leads in turn: if this one went to sara, the next goes to sam.
  let samsLead = { id, name };
  if (passed.ownerId !== SAM) {
    const next = `Conveyor Lead ${number}b`;
    const nextId = await leosLead(request, leo, next);
    const handed = await request.post(`${API}/api/v1/clients/${nextId}/stage`, {
      headers: { Authorization: `Bearer ${leo}` },
      data: { stageId: stage.qualified, qualification: { money: 'yes', authority: 'the owner', need: 'storage' } },
    });
    expect((await handed.json()).ownerAfter).toBe(SAM);
    samsLead = { id: nextId, name: next };
  }

  // Sam, in his own browser, drags it along the board to "Agreed to sign" (past "Meeting agreed" and "Proposal").
  // A screen wide enough for all nine columns: a drop lands where the pointer is, on screen.
  page = await (await browser.newContext({ viewport: { width: 2700, height: 900 } })).newPage();
  await login(page, 'sam', `/clients?view=board&q=${encodeURIComponent(samsLead.name)}`);
  const column = (title: string) => page.getByRole('region', { name: title });
  await expect(column('Qualified').getByRole('link', { name: samsLead.name })).toBeVisible();
  await expect(column('Qualified').getByTestId('board-count')).toHaveText('1');
  await column('Qualified').getByTestId('board-card').dragTo(column('Agreed to sign'));
  await expect(column('Agreed to sign').getByRole('link', { name: samsLead.name })).toBeVisible();
  await expect(column('Agreed to sign').getByTestId('board-count')).toHaveText('1');
  await expect(column('Qualified').getByTestId('board-count')).toHaveText('0');

  // The keyboard's way back one stage: the card's menu.
  await page.getByRole('button', { name: `Move ${samsLead.name}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Proposal' }).click();
  await expect(column('Proposal').getByRole('link', { name: samsLead.name })).toBeVisible();

  // The server holds it, and the client's timeline tells each move.
  await page.reload();
  await expect(column('Proposal').getByRole('link', { name: samsLead.name })).toBeVisible();
  const client = await (await request.get(`${API}/api/v1/clients/${samsLead.id}`, { headers: { Authorization: `Bearer ${sam}` } })).json();
  expect(client.stageId).toBe(stage.proposal);
  await column('Proposal').getByRole('link', { name: samsLead.name }).click();
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(page.getByTestId('stage-timeline')).toContainText('Agreed to sign → Proposal');
  await expect(page.getByTestId('stage-timeline')).toContainText('Qualified → Agreed to sign');
});

test('on a phone the board scrolls sideways a column at a time, and the page itself does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'sam', '/clients?view=board');
  await expect(page.getByTestId('board-column')).toHaveCount(9);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('hugo lets north\'s qualified leads wait for his choice, and finds them among the clients nobody holds', async ({ page, request }) => {
  const leo = await tokenFor(request, 'leo');
  const hugo = await tokenFor(request, 'hugo');
  const stage = await stages(request, hugo);
  const rule = (value: string) => request.put(`${API}/api/v1/pipeline/routing/north/sales`, {
    headers: { Authorization: `Bearer ${hugo}`, 'If-Match': '*' }, data: { rule: value } });
  try {
    await login(page, 'hugo', '/clients?view=board');
    await page.getByRole('button', { name: 'Handing on…' }).click();
    const sales = page.getByRole('radiogroup', { name: 'Rule of north for Sales' });
    await sales.getByText('Head of sales chooses').click();
    await expect(sales.getByLabel('Head of sales chooses')).toBeChecked();
    await page.keyboard.press('Escape');

    const name = `Waiting Lead ${Date.now() % 1_000_000}`;
    const id = await leosLead(request, leo, name);
    const moved = await request.post(`${API}/api/v1/clients/${id}/stage`, {
      headers: { Authorization: `Bearer ${leo}` },
      data: { stageId: stage.qualified, qualification: { money: 'yes', authority: 'the owner', need: 'storage' } },
    });
    expect((await moved.json()).ownerAfter ?? null).toBeNull();

    await page.goto(`/clients?q=${encodeURIComponent(name)}`);
    await page.getByRole('textbox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: 'Nobody (waiting)' }).click();
    await expect(page).toHaveURL(/ownerId=none/);
    await expect(page.getByRole('link', { name })).toBeVisible();
  } finally {
    expect((await rule('round-robin')).status()).toBe(200);
  }
});
