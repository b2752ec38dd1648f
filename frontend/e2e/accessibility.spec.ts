import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { login } from './support';

// axe-core is injected as a script: the SPA's Content-Security-Policy would refuse it, so this context bypasses it.
test.use({ bypassCSP: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };

/** Critical and serious accessibility violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function expectAccessible(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  // Mid-fade, a text blends with its background: axe would measure a contrast no one sees once it has settled.
  // (A spinner's animation never ends: only the finite ones are waited for.)
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined))));
  // A page still settling (a late render after a media query, a transition without an animation object) is looked at
  // again a moment later: what stays is a real problem, and fails.
  if ((await seriousViolations(page)).length > 0) await page.waitForTimeout(1000);
  expect(await seriousViolations(page), what).toEqual([]);
}

// Every role of the demo realm; each visits every page its menu offers, and a client page with each tab open.
const USERS = ['ada', 'dana', 'hugo', 'sam', 'alex', 'leo'];

for (const user of USERS) {
  test(`every page ${user} uses has no serious accessibility problem, at desktop and phone width`, async ({ page }) => {
    // Every page twice, each with a full axe run: longer than one user journey.
    test.setTimeout(180_000);
    await login(page, user, '/');
    const paths = await page.getByRole('navigation').getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths).toContain('/');
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectAccessible(page, `${path} as ${user} at ${width}px`);
      }
      // The pipeline board: every role reads the stage it groups by, as shipped.
      await page.goto('/clients?view=board');
      await expect(page.getByTestId('pipeline-board')).toBeVisible();
      await expectAccessible(page, `the pipeline board as ${user} at ${width}px`);
      await page.goto('/clients');
      const firstClient = page.locator('tbody tr').first();
      if (await firstClient.isVisible()) {
        await firstClient.click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        for (const tab of await page.getByRole('tab').all()) {
          await tab.click();
          await expectAccessible(page, `a client page's tab "${await tab.textContent()}" as ${user} at ${width}px`);
        }
      }
    }
  });
}
