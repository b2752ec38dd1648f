import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';
export const API = process.env.E2E_API_URL ?? 'http://localhost:18080';

/** Logs in through the real Keycloak page, which sends the browser back to `path` (the client list unless said). */
export async function login(page: Page, username: string, path = '/clients'): Promise<void> {
  await page.goto(path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await expect(page.getByTestId('current-user')).not.toBeEmpty();
}

/** A token for a demo user by password grant, to play a colleague working at the same time. */
export async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK}/realms/relay/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'relay-spa', username, password: 'demo' },
  });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).access_token as string;
}
