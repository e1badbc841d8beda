import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@safeguard/demo';
import { startTestApp, type TestApp } from './test-app';

/** Debian's Chromium (`apt-get install chromium`); Playwright cannot download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'portal');

const WEB = join(process.cwd(), 'apps', 'web');
const SCHEMA = join(process.cwd(), 'prisma-free-schema', 'schema.graphql');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).filter((n) => n !== 'generated').map((n) => newestChange(join(path, n))));
}

/** Builds the portal unless apps/web/dist is newer than its sources and the schema (about 10 s). */
export function ensureWebAppBuilt(): void {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newestChange(join(WEB, 'src')), newestChange(join(WEB, 'index.html')), newestChange(SCHEMA));
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
}

/**
 * Headless Chromium as the machines allow it: no sandbox (root), no GPU, nothing phoning home.
 * Playwright gives each launch a fresh profile directory of its own.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
}

/**
 * Every page a journey visits: a screenshot for review under test-results/portal/, and axe's
 * WCAG 2.2 A/AA rules, failing on any serious or critical violation.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ page: name, violations: serious }).toEqual({ page: name, violations: [] });
}

/** Signs in through the sign-in page, as a person would. */
/** Both steps in the browser: the password, then an unused code of the demo authenticator. */
export async function signIn(page: Page, t: Pick<TestApp, 'url' | 'nextTotpCode'>, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${t.url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Security code').fill(await t.nextTotpCode(email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('link', { name: /unread message|No unread messages/ }).waitFor();
}

/** Signs in like signIn, for people without messaging: waits for the home page's heading instead. */
export async function signInToHome(page: Page, t: Pick<TestApp, 'url' | 'nextTotpCode'>, email: string, displayName: RegExp): Promise<void> {
  await page.goto(`${t.url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Security code').fill(await t.nextTotpCode(email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: displayName }).waitFor();
}

/** Browser journeys run only where Chromium is installed; elsewhere they are skipped with a message. */
export const describeInBrowser: jest.Describe = existsSync(CHROMIUM)
  ? describe
  : (console.warn(`Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`), describe.skip);

/** Today in London as the three boxes of a GOV.UK date input. */
export function londonDateBoxes(): { day: string; month: string; year: string } {
  const [year, month, day] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/London' }).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * One journey file's set-up: the portal built, the real api on its own database, Chromium, a fresh
 * browser context per page, and no page error left unchecked after each test. `started` receives the
 * test app once it listens.
 */
export function browserJourney(started: (app: TestApp) => void): { newPage(): Promise<Page> } {
  let app: TestApp | undefined;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    const running = await startTestApp();
    app = running;
    started(running);
    browser = await launchChromium();
  }, 180_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  return {
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
  };
}
