import { existsSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { checkPage, CHROMIUM, ensureWebAppBuilt, launchChromium, signIn } from '../support/browser';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/**
 * The LA manager's oversight pages: the audit trail searched by action and pages through with
 * "Next page"; an officer, whom the api does not let read the trail, gets no entry and a refusal.
 */
describeInBrowser('oversight in the portal', () => {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  beforeAll(async () => {
    ensureWebAppBuilt();
    t = await startTestApp();
    browser = await launchChromium();
  }, 180_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await t?.close();
  });

  it('a manager searches the audit trail for concern decisions and pages through it', async () => {
    const manager = await newPage();
    await signIn(manager, t, 'manager@demo.test');
    await manager.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await manager.getByRole('heading', { name: /Search the audit trail/ }).waitFor();
    await manager.getByRole('table').waitFor();
    await checkPage(manager, 'oversight-01-audit-trail');

    // Unfiltered, the council's trail runs to more than one page.
    const firstPageTop = await manager.getByRole('row').nth(1).textContent();
    await manager.getByRole('button', { name: 'Next page' }).click();
    await manager.getByRole('table', { name: /page 2/ }).waitFor();
    expect(await manager.getByRole('row').nth(1).textContent()).not.toBe(firstPageTop);
    await checkPage(manager, 'oversight-02-audit-next-page');
    await manager.getByRole('button', { name: 'Previous page' }).click();
    await manager.getByRole('table', { name: /page 1/ }).waitFor();

    // A date that is not real is refused before the api is asked; what was typed stays.
    await manager.getByLabel('Action').fill('concerns.decide');
    await manager.locator('#from-day').fill('31');
    await manager.locator('#from-month').fill('2');
    await manager.locator('#from-year').fill('2026');
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await manager.getByLabel('Action').inputValue()).toBe('concerns.decide');
    await checkPage(manager, 'oversight-03-audit-refused');
    await manager.getByRole('link', { name: /“from” date must be a real date/ }).click();
    expect(await manager.locator('#from-day').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Concern decisions only: every row is one, and they were seeded, so there are some.
    await manager.locator('#from-day').fill('');
    await manager.locator('#from-month').fill('');
    await manager.locator('#from-year').fill('');
    await manager.getByLabel('Outcome').selectOption({ label: 'Succeeded' });
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByRole('heading', { name: 'There is a problem' }).waitFor({ state: 'detached' });
    await manager.getByRole('table').waitFor();
    const rows = manager.getByRole('table').getByRole('row');
    await manager.waitForFunction(() => {
      const body = [...document.querySelectorAll('tbody tr')];
      return body.length > 0 && body.every((r) => r.textContent?.includes('concerns.decide'));
    });
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await manager.getByRole('cell', { name: 'Succeeded' }).count()).toBe((await rows.count()) - 1);
    await checkPage(manager, 'oversight-04-audit-decisions');

    // Nothing matches: said in words.
    await manager.getByLabel('Action').fill('no.such_action');
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByText('No audit events match your search.').waitFor();
  }, 40_000);

  it('an officer has no audit trail entry, and the page refuses them as the api does', async () => {
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    expect(await officer.getByRole('link', { name: 'Audit trail', exact: true }).count()).toBe(0);
    // The refusal comes from the api (officers do not hold ReadAuditTrail), not only from the page.
    const answer = officer.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('AuditSearch'));
    await officer.goto(`${t.url}/oversight/audit`);
    expect(JSON.stringify(await (await answer).json())).toContain('"code":"FORBIDDEN"');
    await officer.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await checkPage(officer, 'oversight-05-officer-refused');
  }, 20_000);
});
