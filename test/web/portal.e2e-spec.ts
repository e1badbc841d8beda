import { existsSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@safeguard/demo';
import { startTestApp, TestApp } from '../support/test-app';
import { checkPage, CHROMIUM, ensureWebAppBuilt, launchChromium, signIn } from '../support/browser';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/** The portal in a real browser, served by the real api on real PostgreSQL with the demo seeded. */
describeInBrowser('the web portal in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    // A script error in the page fails the journey that caused it.
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

  it('serves the portal at / with a strict content security policy, and leaves the api routes alone', async () => {
    const page = await fetch(`${t.url}/messages/anything`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    const health = await fetch(`${t.url}/health/live`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toContain('application/json');
    const attachment = await fetch(`${t.url}/concern-attachments/00000000-0000-4000-8000-000000000000`, { headers: { accept: 'text/html' } });
    expect(attachment.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('refuses a wrong password with the error summary, keeping the e-mail typed', async () => {
    const page = await newPage();
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Safeguard Hub' }).waitFor();
    await checkPage(page, '01-sign-in');
    await page.getByLabel('Email address').fill('head1@demo.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'Enter a correct email address and password' }).count()).toBe(1);
    expect(await page.getByLabel('Email address').inputValue()).toBe('head1@demo.test');
    await checkPage(page, '02-sign-in-refused');
  });

  it('two headteachers message each other live, and the read receipt comes back to the sender', async () => {
    const [head1, head2] = await Promise.all([newPage(), newPage()]);
    await Promise.all([signIn(head1, t, 'head1@demo.test'), signIn(head2, t, 'head2@demo.test')]);
    await checkPage(head1, '03-home-headteacher');

    // Both open their direct conversation from the messages list.
    for (const page of [head1, head2]) {
      await page.getByRole('link', { name: 'Messages', exact: true }).click();
      await page.getByRole('table', { name: 'Direct messages' }).waitFor();
    }
    await checkPage(head2, '04-messages-list');
    await head1.getByRole('table', { name: 'Direct messages' }).getByRole('link').first().click();
    await head2.getByRole('table', { name: 'Direct messages' }).getByRole('link').first().click();
    for (const page of [head1, head2]) await page.getByText('Connected: new messages appear as they are sent.').waitFor();
    await checkPage(head2, '05-direct-conversation');

    const text = `Shall we share the training slides? ${Date.now()}`;
    await head1.getByRole('textbox', { name: 'Message' }).fill(text);
    await head1.getByRole('button', { name: 'Send message' }).click();

    // head2 sees it without reloading, and reading it sends the receipt back.
    await head2.getByText(text).waitFor({ timeout: 10_000 });
    const sent = head1.getByRole('listitem').filter({ hasText: text });
    await sent.getByText(/^Read by /).waitFor({ timeout: 10_000 });
    expect(await sent.locator('.app-receipt').textContent()).toMatch(/^Read by .+/);
    await checkPage(head1, '06-read-receipt');
  });

  it('a headteacher cannot reach another school’s page or a private channel by its address', async () => {
    const schools = await t.gql<{ me: { memberships: Array<{ school: { id: string } | null }> } }>(
      '{ me { memberships { school { id } } } }',
      {},
      await t.login('head2@demo.test', DEMO_PASSWORD),
    );
    const otherSchool = schools.data!.me.memberships.find((m) => m.school)!.school!.id;
    const officer = await t.login('officer@demo.test');
    const channels = await t.gql<{ conversations: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ conversations(first: 20) { edges { node { id name } } } }',
      {},
      officer,
    );
    const supervision = channels.data!.conversations.edges.find((e) => e.node.name === 'supervision')!.node.id;

    const page = await newPage();
    await signIn(page, t, 'head1@demo.test');
    await page.getByRole('link', { name: /Alder Road Primary School/ }).click();
    await page.getByRole('heading', { name: /Prevent duty/ }).waitFor();
    await checkPage(page, '07-own-school');

    await page.goto(`${t.url}/schools/${otherSchool}`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await page.getByText('Saltley Park Academy').count()).toBe(0);
    await checkPage(page, '08-no-access-school');

    await page.goto(`${t.url}/messages/${supervision}`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await page.getByText('Supervision slots').count()).toBe(0);
  });
});
