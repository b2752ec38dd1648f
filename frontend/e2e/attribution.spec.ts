import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { login } from './support';

test('hugo reads who earned what over a period and downloads it; sam sees his own line; leo is not offered it', async ({ browser }) => {
  // Last year and this one: the demo's orders, whatever today's date (the newest is weeks old).
  const year = new Date().getFullYear();
  const hugo = await browser.newPage();
  await login(hugo, 'hugo', '/');
  await hugo.getByRole('navigation').getByRole('link', { name: 'Attribution' }).click();
  await expect(hugo.getByRole('heading', { level: 1, name: 'Attribution' })).toBeVisible();
  // A period of one's own stays in the link.
  await hugo.getByLabel('From').fill(`${year - 1}-01-01`);
  await hugo.getByLabel('To').fill(`${year}-12-31`);
  await expect(hugo).toHaveURL(new RegExp(`from=${year - 1}-01-01&to=${year}-12-31`));
  const table = hugo.getByTestId('attribution-table');
  // North's people: leo found and qualified, sam and sara closed and manage; and what no one was credited with.
  await expect(table.getByRole('row', { name: /Leo Ciobanu/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Sam Rusu/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /No one \(unattributed\)/ })).toBeVisible();
  await expect(table).not.toContainText('Sid Morales');
  await expect(hugo.getByTestId('attribution-supervised')).toContainText('Orders counted');
  await expect(hugo.getByTestId('attribution-split')).toContainText(/closed 50\s%/);

  const downloading = hugo.waitForEvent('download');
  // The button waits for the new period's figures, so the file is named after what it holds.
  await hugo.getByRole('button', { name: 'Download workbook' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`relay-attribution-${year - 1}-01-01-${year}-12-31.xlsx`);
  // A workbook is a zip: it starts with PK.
  expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
  await hugo.close();

  const sam = await browser.newPage();
  await login(sam, 'sam', `/reports/attribution?from=${year - 1}-01-01`);
  const own = sam.getByTestId('attribution-table');
  await expect(own.getByRole('row')).toHaveCount(2);
  await expect(own).toContainText('Sam Rusu');
  await expect(sam.getByTestId('attribution-supervised')).toHaveCount(0);
  await sam.close();

  const leo = await browser.newPage();
  await login(leo, 'leo', '/');
  await expect(leo.getByRole('navigation').getByRole('link', { name: 'Clients' })).toBeVisible();
  await expect(leo.getByRole('navigation').getByRole('link', { name: 'Attribution' })).toHaveCount(0);
  await leo.close();
});
