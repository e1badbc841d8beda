import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { DEMO_PASSWORD } from '@safeguard/demo';
import { browserJourney, checkPage, describeInBrowser, signIn } from '../support/browser';

const SESSION_KEY = 'safeguard-hub.session';
const ACCOUNT = 'She said she is frightened to go home because of the shouting.';

/**
 * The session's life in the browser, with the page's clock installed so that a quarter of an hour
 * passes in a moment: an active person's tokens are refreshed unseen and what they were typing stays;
 * an idle one is warned first, can stay signed in without losing the page, and is otherwise signed
 * out with a reason. The refreshes are real: the api issues each new pair.
 */
describeInBrowser('sessions and accounts in the portal', () => {
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

  const tokenFromMail = async (recipient: string, subject: RegExp) => {
    const mails = await t.db.query<{ subject: string; body: string }>('SELECT subject, body FROM outbox_messages WHERE recipient = $1 ORDER BY created_at DESC', [recipient]);
    const mail = mails.find((m) => subject.test(m.subject));
    if (!mail) throw new Error(`no e-mail to ${recipient} about ${subject}`);
    return /token=([\w-]+)/.exec(mail.body)![1];
  };

  it('takes an invited person from the e-mail’s link through a password and the authenticator to their home page', async () => {
    const email = `new.dsl.${Date.now()}@demo.test`;
    const admin = await t.login('admin@demo.test');
    const [{ id: schoolId }] = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn = 990001');
    const invited = await t.gql('mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
      input: { email, displayName: 'Nadia New (Alder Road)', role: 'DSL', schoolId },
    }, admin);
    expect(invited.errors).toBeUndefined();

    const page = await newPage();
    await page.goto(`${t.url}/invitations/accept?token=${await tokenFromMail(email, /invit/i)}`);
    await page.getByRole('heading', { level: 1, name: 'Set up your account' }).waitFor();
    await checkPage(page, 'session-03-accept-invitation');
    // Too short, and not the same twice: said before anything is sent.
    await page.getByLabel('Create a password').fill('too short');
    await page.getByLabel('Confirm your password').fill('too short');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Password must be 12 characters or more' }).waitFor();
    // A common password gets past the page's checks; the api refuses it, in its words.
    await page.getByLabel('Create a password').fill('password1234');
    await page.getByLabel('Confirm your password').fill('password1234');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toMatch(/common/i);
    await checkPage(page, 'session-04-accept-invitation-refused');

    const password = 'kettle orchard lantern pebble';
    await page.getByLabel('Create a password').fill(password);
    await page.getByLabel('Confirm your password').fill(password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    expect(await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count()).toBe(10);
    await checkPage(page, 'session-05-enrol-authenticator');
    const secret = (await page.locator('.app-setup-key').innerText()).trim();
    await page.getByLabel('Security code').fill(await t.nextTotpCode(email, secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: /Nadia New/ }).waitFor();
    expect(await page.getByText('Designated safeguarding lead').count()).toBeGreaterThan(0);
  });

  it('lets a person who forgot their password ask for a link, choose a new one and sign in with it', async () => {
    const email = 'head3@demo.test';
    const page = await newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await checkPage(page, 'session-06-forgot-password');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();

    await page.goto(`${t.url}/password-reset?token=${await tokenFromMail(email, /reset/i)}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    const password = 'harbour violet compass thimble';
    await page.getByLabel('Create a password').fill(password);
    await page.getByLabel('Confirm your password').fill(`${password}!`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('link', { name: 'The passwords do not match' }).waitFor();
    // Put right as it is typed: the message goes once the two agree.
    await page.getByLabel('Confirm your password').fill(password);
    expect(await page.getByRole('link', { name: 'The passwords do not match' }).count()).toBe(0);
    await checkPage(page, 'session-07-choose-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    await checkPage(page, 'session-08-password-changed');

    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    await signIn(page, t, email, password);
  });

  it('shows an officer their unread notifications, opens the record from one and marks it read', async () => {
    const head = await t.login('head1@demo.test');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const reported = await t.gql<{ reportPressure: { id: string } }>('mutation($input: ReportPressureInput!) { reportPressure(input: $input) { id } }', {
      input: {
        category: 'SOCIAL_MEDIA_POSTS', curriculumArea: 'PSHE', account: 'Posts in a local group name two teachers and call the lessons propaganda.',
        occurredOn: today, location: 'Online', involved: 'Group administrators', links: [], harmToStaff: false, harmToPupils: false,
        policeTold: false, shareAnonymously: false,
      },
    }, head);
    expect(reported.errors).toBeUndefined();
    const reportId = reported.data!.reportPressure.id;

    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    const link = officer.getByRole('link', { name: /^Notifications \(\d+ unread\)$/ });
    await link.waitFor();
    await link.click();
    await officer.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await checkPage(officer, 'session-09-notifications');
    const item = officer.locator('li', { has: officer.locator(`a[href="/pressure/${reportId}"]`) }).first();
    expect(await item.locator('.govuk-tag').innerText()).toBe('Unread');
    await item.getByRole('link').click();
    await officer.waitForURL(`**/pressure/${reportId}`);
    await officer.getByRole('heading', { level: 1 }).waitFor();

    await officer.goto(`${t.url}/notifications`);
    const again = officer.locator('li', { has: officer.locator(`a[href="/pressure/${reportId}"]`) }).first();
    await again.waitFor();
    expect(await again.locator('.govuk-tag').innerText()).toBe('Read');
  });

  /** Presses Tab until the element with this id has focus, as a keyboard user would (at most 25 times). */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let presses = 0; presses < 25; presses++) {
      if (await page.evaluate(`document.activeElement && document.activeElement.id === ${JSON.stringify(id)}`)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  }

  it('works by keyboard alone: signing in, the skip link, the navigation, focus on each new page’s heading', async () => {
    const page = await newPage();
    await page.goto(`${t.url}/sign-in`);
    await tabTo(page, 'email');
    await page.keyboard.type('dsl1@demo.test');
    await tabTo(page, 'password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByLabel('Security code').waitFor();
    await tabTo(page, 'code');
    await page.keyboard.type(await t.nextTotpCode('dsl1@demo.test'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Dev DSL/ }).waitFor();

    // Signed in, focus is on the home page's heading; on a fresh load the skip link comes first.
    expect(await page.evaluate('document.activeElement.tagName')).toBe('H1');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Dev DSL/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to main content');
    const concerns = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Concerns', exact: true });
    for (let presses = 0; presses < 25 && !(await concerns.evaluate((el) => el === el.ownerDocument.activeElement)); presses++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your school’s concerns' }).waitFor();
    // Focus moves to the new page's heading, so a screen reader announces it.
    expect(await page.evaluate('document.activeElement.tagName')).toBe('H1');
  });

  it('fits a phone’s width: no sideways scrolling on the pages a DSL uses most', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, t, 'dsl1@demo.test');
    const pages: [string, string][] = [['/', 'home'], ['/concerns', 'concerns'], ['/concerns/new', 'report-concern'], ['/register/school', 'register'], ['/notifications', 'notifications']];
    for (const [path, name] of pages) {
      await page.goto(`${t.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await checkPage(page, `session-mobile-${name}`);
    }
    // The concerns table is wider than the phone: it scrolls in its own box, which a keyboard can reach.
    await page.goto(`${t.url}/concerns`);
    const box = page.getByRole('region', { name: 'Concerns' });
    await box.waitFor();
    expect(await box.getAttribute('tabindex')).toBe('0');
  });
});
