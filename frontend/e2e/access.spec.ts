import { expect, test } from '@playwright/test';
import { API, login, tokenFor } from './support';

test('a lead generator sees only prospects and cannot set a segment', async ({ page }) => {
  await login(page, 'leo');
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const lifecycles = await rows.locator('td:nth-child(3)').allInnerTexts();
  expect(lifecycles.length).toBeGreaterThan(0);
  expect(new Set(lifecycles.map((text) => text.trim().toLowerCase()))).toEqual(new Set(['prospect']));

  await rows.first().click();
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Segment' })).toBeDisabled();
  await expect(page.getByLabel('City')).toBeEnabled();
});

test('an admin hides a field in the grid and a sales manager sees the effect after a reload', async ({ browser, request }) => {
  const adminPage = await (await browser.newContext()).newPage();
  await login(adminPage, 'ada');
  await adminPage.getByRole('link', { name: 'Field rules' }).click();
  const cell = adminPage.getByLabel('Sales manager: Tax id (client.taxId)');
  await expect(cell).toHaveValue('write');

  const samPage = await (await browser.newContext()).newPage();
  await login(samPage, 'sam');
  await samPage.locator('tbody tr').first().click();
  // Scoped to the client's card: the history tab (mounted, hidden) names the same fields.
  const details = samPage.getByTestId('client-details');
  await expect(details.getByText('Tax id', { exact: true })).toBeVisible();
  await expect(details.getByText('withheld by the field rules')).toHaveCount(0);

  try {
    await cell.selectOption('hidden');
    // Nothing applies before the admin has reviewed what changes for whom.
    await adminPage.getByRole('button', { name: 'Review changes (1)' }).click();
    const review = adminPage.getByRole('dialog', { name: 'What changes for whom' });
    await expect(review).toContainText('Sales manager');
    await expect(review).toContainText('Tax id: write → hidden');
    await review.getByRole('button', { name: 'Save the changes (1)' }).click();
    await expect(adminPage.getByText('Field rules saved: 1')).toBeVisible();
    await expect(cell).toHaveValue('hidden');
    await samPage.reload();
    await expect(details.getByText('Tax id', { exact: true })).toBeVisible();
    await expect(details.getByText('withheld by the field rules')).toHaveCount(1);
  } finally {
    const token = await tokenFor(request, 'ada');
    const reset = await request.put(`${API}/api/v1/admin/field-policies/sales-manager/client.taxId`, {
      headers: { Authorization: `Bearer ${token}` }, data: { level: 'write' },
    });
    expect(reset.ok()).toBeTruthy();
  }
});
