import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, signIn } from '../support/browser';

const SESSION_KEY = 'safeguard-hub.session';
const ACCOUNT = 'She said she is frightened to go home because of the shouting.';

/**
 * The session's life in the browser, with the page's clock installed so that a quarter of an hour
 * passes in a moment: an active person's tokens are refreshed unseen and what they were typing stays;
 * an idle one is warned first, can stay signed in without losing the page, and is otherwise signed
 * out with a reason. The refreshes are real: the api issues each new pair.
 */
describeInBrowser('sessions in the portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  // The refresh token identifies a pair: two access tokens issued in one second can be identical.
  // Evaluated as a string: the tests are compiled without the DOM's types.
  const tokenPair = async (page: Page) => {
    const stored = (await page.evaluate(`sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`)) as string | null;
    return stored ? (JSON.parse(stored) as { refreshToken: string }).refreshToken : null;
  };

  /** Waits, on the real clock (the page's is under the test's control), for a new pair of tokens. */
  async function renewedFrom(page: Page, before: string | null): Promise<void> {
    for (let waited = 0; (await tokenPair(page)) === before; waited += 100) {
      if (waited > 10_000) throw new Error('the session was not renewed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function openConcernForm(page: Page): Promise<void> {
    await page.clock.install();
    await signIn(page, t, 'dsl1@demo.test');
    await page.getByRole('link', { name: 'Concerns', exact: true }).click();
    await page.getByRole('button', { name: 'Report a concern' }).click();
    await page.getByRole('heading', { name: 'Report a safeguarding concern' }).waitFor();
  }

  it('refreshes an active person’s session unseen, keeping what they typed, which then saves', async () => {
    const dsl = await newPage();
    await openConcernForm(dsl);
    const first = await tokenPair(dsl);
    await dsl.getByLabel('What was seen or heard?').fill(ACCOUNT);

    // Thirteen minutes on: past the point where an active person's tokens are renewed.
    await dsl.clock.fastForward('13:00');
    await renewedFrom(dsl, first);
    expect(await dsl.getByRole('dialog').count()).toBe(0);
    expect(await dsl.getByLabel('What was seen or heard?').inputValue()).toBe(ACCOUNT);

    await dsl.getByRole('button', { name: 'Save as draft' }).click();
    await dsl.getByText('Your draft has been saved.').waitFor();
  });

  it('warns an idle person before the end; staying signed in keeps the page; otherwise they are signed out', async () => {
    const dsl = await newPage();
    await openConcernForm(dsl);
    await dsl.getByLabel('What was seen or heard?').fill(ACCOUNT);
    const typedAt = await tokenPair(dsl);
    // Typing counted as activity: the first check renews unseen.
    await dsl.clock.fastForward('13:00');
    await renewedFrom(dsl, typedAt);

    // Nothing done since: the next check warns, in a modal dialog that names the time left.
    await dsl.clock.fastForward('13:00');
    const warning = dsl.getByRole('dialog', { name: 'You’re about to be signed out' });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/we will sign you out in \d+ minutes?/);
    await checkPage(dsl, 'session-01-timeout-warning');

    const warned = await tokenPair(dsl);
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'hidden' });
    await renewedFrom(dsl, warned);
    expect(await dsl.getByLabel('What was seen or heard?').inputValue()).toBe(ACCOUNT);
    await dsl.getByRole('button', { name: 'Save as draft' }).click();
    await dsl.getByText('Your draft has been saved.').waitFor();

    // Saving was activity, so the next check renews unseen; then idle, warned again, and nobody answers.
    const saved = await tokenPair(dsl);
    await dsl.clock.fastForward('13:00');
    await renewedFrom(dsl, saved);
    await dsl.clock.fastForward('13:00');
    await warning.waitFor();
    await dsl.clock.fastForward('02:00');
    await dsl.getByText('You were signed out because you had not done anything for a while.').waitFor();
    expect(await tokenPair(dsl)).toBeNull();
    await checkPage(dsl, 'session-02-timed-out');
  });
});
