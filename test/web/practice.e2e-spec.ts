import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, signIn } from '../support/browser';

/** A plain one-page PDF: no scripts, actions or embedded files. */
const LESSON_PLAN = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * The Prevent practice library in the browser: a headteacher finds the council's guidance by search,
 * says they used it and comments; shares their own practice (refused once, keeping what was typed)
 * and finds it by search; publishes with a file that another headteacher downloads, answers that
 * headteacher's question, changes and withdraws the entry; an officer features it and the tag and
 * featured filters find it. Every page visited is checked with axe and saved as a screenshot.
 */
describeInBrowser('the Prevent practice library in the portal', () => {
  let t: TestApp;
  let page: Page;
  const { newPage } = browserJourney((app) => (t = app));

  it('a headteacher searches, opens an entry, endorses it and comments', async () => {
    page = await newPage();
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

  it('a headteacher publishes with a file another headteacher downloads, answers their question, and an officer features it', async () => {
    const author = await newPage();
    await signIn(author, t, 'head1@demo.test');
    const word = `osprey${Math.random().toString(36).slice(2, 7)}`;
    await author.goto(`${t.url}/practice/new`);
    await author.getByRole('heading', { level: 1, name: 'Share your practice' }).waitFor();
    await author.getByLabel('Title').fill(`Parents’ evening on the ${word} RSE scheme`);
    await author.getByLabel('Summary').fill('We opened the RSE scheme to parents for an evening; most worries went away once they saw the lessons.');
    await author.getByLabel('What you did and what worked').fill('## The evening\n\nEvery lesson was on the tables, with the teachers who teach them.');
    await author.getByLabel('Everyone in our local authority').check();
    await author.getByLabel('Attach files (optional)').setInputFiles({ name: 'lesson-plan.pdf', mimeType: 'application/pdf', buffer: LESSON_PLAN });
    await checkPage(author, 'practice-10-publish-with-file');
    await author.getByRole('button', { name: 'Publish' }).click();
    await author.getByRole('heading', { name: 'Your practice is published' }).waitFor();
    await author.getByRole('button', { name: 'Download lesson-plan.pdf' }).waitFor();
    expect(await author.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
    await checkPage(author, 'practice-11-published-with-file');
    const entryUrl = author.url();

    // Another headteacher downloads the file and asks the author a question.
    const reader = await newPage();
    await signIn(reader, t, 'head2@demo.test');
    await reader.goto(entryUrl);
    await reader.getByRole('heading', { level: 1, name: new RegExp(word) }).waitFor();
    const [download] = await Promise.all([reader.waitForEvent('download'), reader.getByRole('button', { name: 'Download lesson-plan.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('lesson-plan.pdf');
    expect(readFileSync((await download.path())!).equals(LESSON_PLAN)).toBe(true);
    // Only the author changes or withdraws it.
    expect(await reader.getByRole('button', { name: 'Withdraw this entry' }).count()).toBe(0);
    const question = 'Did you invite parents who had already withdrawn their children?';
    await reader.getByLabel('A question to the author').check();
    await reader.getByLabel('Your comment or question').fill(question);
    await reader.getByRole('button', { name: 'Add it' }).click();
    await reader.getByText('Your question has been sent to the author.').waitFor();
    await reader.getByText(question).waitFor();
    await checkPage(reader, 'practice-12-question');

    // The author answers it; the reader sees the answer under the question.
    await author.reload();
    await author.getByText(question).waitFor();
    const answer = 'Yes, personally, by phone: three of the five came.';
    await author.getByRole('button', { name: 'Answer the question' }).click();
    await author.getByRole('link', { name: 'Enter your answer' }).waitFor();
    await author.getByLabel('Your answer').fill(answer);
    await author.getByRole('button', { name: 'Answer the question' }).click();
    await author.getByText('Your answer has been added. Whoever asked has been told.').waitFor();
    await author.getByText(answer).waitFor();
    await checkPage(author, 'practice-13-answered');
    await reader.reload();
    const thread = reader.locator('.govuk-inset-text').filter({ hasText: question });
    await thread.getByText(answer).waitFor();
    expect(await thread.getByText('Answer', { exact: true }).count()).toBe(1);

    // Nobody but the author reaches the form that changes it.
    await reader.goto(`${entryUrl}/edit`);
    await reader.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await checkPage(reader, 'practice-14-change-refused');

    // An officer of the authority features it; the featured filter finds it.
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.goto(entryUrl);
    await officer.getByRole('button', { name: 'Feature this entry' }).click();
    await officer.getByText('The entry is featured: it is marked as featured in the library.').waitFor();
    await officer.getByText('Featured by the council').waitFor();
    await checkPage(officer, 'practice-15-featured');
    await officer.goto(`${t.url}/practice?featured=yes&sort=NEWEST`);
    await officer.getByRole('status').filter({ hasText: 'featured only' }).waitFor();
    await officer.getByRole('link', { name: new RegExp(word) }).waitFor();
    expect(await officer.getByRole('link', { name: 'Explaining relationships education to worried parents' }).count()).toBe(0);
    expect(await officer.getByLabel('Only entries the council featured').isChecked()).toBe(true);
    await checkPage(officer, 'practice-16-featured-filter');
  }, 120_000);

  it('the author changes and withdraws their entry; a tag filter narrows the library', async () => {
    const author = await newPage();
    await signIn(author, t, 'head1@demo.test');
    await author.goto(`${t.url}/practice?tag=british-values`);
    await author.getByRole('status').filter({ hasText: 'tagged British values' }).waitFor();
    await author.getByRole('link', { name: 'Pupil-led assemblies on British values' }).click();
    await author.getByRole('button', { name: 'Change this entry' }).click();
    await author.getByRole('heading', { level: 1, name: 'Change your entry' }).waitFor();
    expect(await author.getByLabel('Title').inputValue()).toBe('Pupil-led assemblies on British values');
    expect(await author.getByLabel('British values').isChecked()).toBe(true);
    expect(await author.getByLabel('Other tags (optional)').inputValue()).toBe('assemblies, pupil-voice');
    await checkPage(author, 'practice-17-change');
    await author.getByLabel('Title').fill('Pupil-led assemblies on British values, planned with Year 6');
    await author.getByRole('button', { name: 'Save changes' }).click();
    await author.getByText('Your changes were saved.').waitFor();
    await author.getByRole('heading', { level: 1, name: /planned with Year 6/ }).waitFor();

    await author.getByRole('button', { name: 'Withdraw this entry' }).click();
    await author.getByText(/Withdraw “Pupil-led assemblies/).waitFor();
    await checkPage(author, 'practice-18-withdraw-confirm');
    await author.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await author.getByText('The entry was withdrawn. Nobody else can find or read it now.').waitFor();
    await author.getByText('Withdrawn', { exact: true }).waitFor();
    await checkPage(author, 'practice-19-withdrawn');
    const entryUrl = author.url();

    // Another school no longer finds or reads it.
    const reader = await newPage();
    await signIn(reader, t, 'head2@demo.test');
    await reader.goto(entryUrl);
    await reader.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
  }, 120_000);
});
