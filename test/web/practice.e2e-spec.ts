import { existsSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { checkPage, CHROMIUM, ensureWebAppBuilt, launchChromium, signIn } from '../support/browser';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/**
 * The Prevent practice library in the browser: a headteacher finds the council's guidance by search,
 * says they used it and comments; then shares their own practice (refused once, keeping what was
 * typed) and finds it by search. Every page visited is checked with axe and saved as a screenshot.
 */
describeInBrowser('the Prevent practice library in the portal', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    t = await startTestApp();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('a headteacher searches, opens an entry, endorses it and comments', async () => {
    await signIn(page, t, 'head1@demo.test');
    await page.getByRole('link', { name: 'Practice library', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Prevent practice library' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'in the library' }).waitFor();
    await checkPage(page, 'practice-01-library');

    await page.getByLabel('Search the library').fill('four themes');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'found for “four themes”' }).waitFor();
    const guidance = page.getByRole('link', { name: 'Birmingham guidance: the four themes of the Prevent duty' });
    expect(await guidance.count()).toBe(1);
    // The search narrows the list: the relationships-education entry does not match.
    expect(await page.getByRole('link', { name: 'Explaining relationships education to worried parents' }).count()).toBe(0);
    await checkPage(page, 'practice-02-search-results');

    await guidance.click();
    await page.getByRole('heading', { level: 1, name: /Birmingham guidance: the four themes/ }).waitFor();
    // The body comes as the api's safe HTML: its Markdown heading is a heading.
    await page.getByRole('heading', { level: 2, name: 'Staff training' }).waitFor();
    await checkPage(page, 'practice-03-entry');

    await page.getByRole('button', { name: 'I used this in my school' }).click();
    await page.getByText('You said you used this in your school').waitFor();
    await page.getByText('You used this in your school', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'I used this in my school' }).count()).toBe(0);
    await page.getByText('Used in 1 school', { exact: true }).waitFor();

    // Nothing chosen: the error summary links to each field.
    await page.getByRole('button', { name: 'Add it' }).click();
    await page.getByRole('link', { name: 'Select whether it is a comment or a question' }).waitFor();
    await checkPage(page, 'practice-04-comment-errors');
    await page.getByLabel('A comment', { exact: true }).check();
    const comment = 'We ran the staff training section with our governors too; it worked well.';
    await page.getByLabel('Your comment or question').fill(comment);
    await page.getByRole('button', { name: 'Add it' }).click();
    await page.getByText('Your comment has been added.').waitFor();
    await page.getByText(comment).waitFor();
    expect(await page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
    await checkPage(page, 'practice-05-commented');
  }, 60_000);

  it('the headteacher publishes practice (refused once, keeping what was typed) and finds it by search', async () => {
    const word = `kestrel${Math.random().toString(36).slice(2, 7)}`;
    await page.getByRole('link', { name: 'Practice library', exact: true }).click();
    await page.getByRole('button', { name: 'Share your practice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Share your practice' }).waitFor();
    await checkPage(page, 'practice-06-publish-form');

    // A three-letter title: the api refuses it, naming the field; what was typed stays.
    const summary = `Our ${word} assemblies on British values, planned with pupils, made the values something they argued about.`;
    const body = '## What we did\n\nPupils from Year 5 and 6 planned an assembly each half term.\n\n- one value each time\n- a question for parents';
    await page.getByLabel('Title').fill('Ass');
    await page.getByLabel('Summary').fill(summary);
    await page.getByLabel('What you did and what worked').fill(body);
    await page.getByLabel('British values').check();
    await page.getByLabel('Other tags (optional)').fill('Assemblies, pupil voice');
    await page.getByLabel('Primary', { exact: true }).check();
    await page.getByLabel('Maintained', { exact: true }).check();
    await page.getByLabel('Everyone in our local authority').check();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const refusal = page.locator('.govuk-error-summary a[href="#title"]');
    expect(await refusal.count()).toBe(1);
    expect(await page.getByLabel('Summary').inputValue()).toBe(summary);
    expect(await page.getByLabel('What you did and what worked').inputValue()).toBe(body);
    expect(await page.getByLabel('British values').isChecked()).toBe(true);
    expect(await page.getByLabel('Other tags (optional)').inputValue()).toBe('Assemblies, pupil voice');
    await checkPage(page, 'practice-07-publish-refused');

    await page.getByLabel('Title').fill('Pupil-led assemblies on British values');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('heading', { name: 'Your practice is published' }).waitFor();
    await page.getByRole('heading', { level: 1, name: /Pupil-led assemblies on British values/ }).waitFor();
    await page.getByText('british-values, assemblies, pupil-voice').waitFor();
    await page.getByRole('heading', { level: 2, name: 'What we did' }).waitFor();
    // Nobody endorses their own entry.
    expect(await page.getByRole('button', { name: 'I used this in my school' }).count()).toBe(0);
    await checkPage(page, 'practice-08-published');

    await page.getByRole('link', { name: 'Back to the practice library' }).click();
    await page.getByLabel('Search the library').fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: `1 found for “${word}”` }).waitFor();
    await page.getByRole('link', { name: 'Pupil-led assemblies on British values' }).waitFor();
    await checkPage(page, 'practice-09-found');
  }, 60_000);
});
