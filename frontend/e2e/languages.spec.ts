import { expect, test, type APIRequestContext } from '@playwright/test';
import { API, login, tokenFor } from './support';

test.describe('languages', () => {
  test('a Russian browser gets Keycloak and Relay in Russian, with Russian dates', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/clients');
    await expect(page.locator('#kc-login')).toHaveText('Вход');
    await page.locator('#username').fill('leo');
    await page.locator('#password').fill('demo');
    await page.locator('#kc-login').click();
    await expect(page.getByRole('link', { name: 'Клиенты' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Клиенты');
    // "26 нояб. 2026 г." rather than "Nov 26, 2026".
    await expect(page.getByRole('row').nth(1)).toContainText(/\d{1,2} [а-я]+\.? \d{4}/);
    await context.close();
  });

  test('a chosen language is kept for the person, on any device, and the sign-in page follows it', async ({ browser, request }) => {
    await speaks(request, 'sara', 'en');
    const first = await browser.newContext({ locale: 'en-US' });
    const page = await first.newPage();
    await login(page, 'sara');
    await expect(page.getByRole('link', { name: 'Clients', exact: true })).toBeVisible();

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });
    await expect(page.getByRole('link', { name: 'Clientes', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clientes');

    // Another browser, in English: once signed in, sara's choice applies.
    const other = await browser.newContext({ locale: 'en-US' });
    const elsewhere = await other.newPage();
    await login(elsewhere, 'sara');
    await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('Clientes');
    await other.close();

    // Signing out on the first device: Keycloak's page speaks Spanish.
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page.locator('#kc-login')).toHaveText('Iniciar sesión');
    await first.close();

    await speaks(request, 'sara', 'en'); // as the other tests expect her
  });
});

async function speaks(request: APIRequestContext, username: string, language: string): Promise<void> {
  const token = await tokenFor(request, username);
  const chosen = await request.patch(`${API}/api/v1/me`, {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, data: { language } });
  expect(chosen.ok()).toBeTruthy();
}
