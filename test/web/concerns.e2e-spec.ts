import { readFileSync } from 'node:fs';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, londonDateBoxes, signIn } from '../support/browser';

/**
 * A concern through the front door in four browsers: a DSL files it, an unqualified officer decides,
 * a manager signs the decision off, and the DSL then sees the outcome. Each person signs in in their
 * own browser context; every page visited is checked with axe and saved as a screenshot.
 */
describeInBrowser('safeguarding concerns in the portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  it('a DSL files a concern, an unqualified officer decides, a manager signs off, and the DSL sees the outcome', async () => {
    const childName = `Ellis${Math.random().toString(36).slice(2, 6)}`;
    const dsl = await newPage();
    await signIn(dsl, t, 'dsl1@demo.test');

    // The DSL's list, then the form.
    await dsl.getByRole('link', { name: 'Concerns', exact: true }).click();
    await dsl.getByRole('heading', { name: 'Your school’s concerns' }).waitFor();
    await checkPage(dsl, 'concerns-01-school-list');
    await dsl.getByRole('button', { name: 'Report a concern' }).click();
    await dsl.getByRole('heading', { name: 'Report a safeguarding concern' }).waitFor();
    await checkPage(dsl, 'concerns-02-report-form');

    // Incomplete: the api refuses submission, naming the field; what was typed stays.
    await dsl.getByLabel('A child not on the register: enter their details').check();
    await dsl.getByLabel('Legal first name(s)').fill(childName);
    await dsl.getByLabel('Legal last name').fill('Brook');
    await dsl.locator('#date-of-birth-day').fill('3');
    await dsl.locator('#date-of-birth-month').fill('3');
    await dsl.locator('#date-of-birth-year').fill('2015');
    await dsl.getByLabel('Male', { exact: true }).check();
    await dsl.getByLabel('Neglect').check();
    const account = 'He arrived hungry again and said there was no food at home at the weekend.';
    await dsl.getByLabel('What was seen or heard?').fill(account);
    await dsl.getByRole('button', { name: 'Submit to the council' }).click();
    await dsl.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const refusal = dsl.getByRole('link', { name: 'Say when it happened' });
    expect(await refusal.count()).toBe(1);
    expect(await dsl.getByLabel('What was seen or heard?').inputValue()).toBe(account);
    expect(await dsl.getByLabel('Legal first name(s)').inputValue()).toBe(childName);
    await checkPage(dsl, 'concerns-03-report-refused');
    await refusal.click();
    expect(await dsl.locator('#occurred-on-day').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Complete it, save as a draft, then submit.
    const today = londonDateBoxes();
    await dsl.locator('#occurred-on-day').fill(today.day);
    await dsl.locator('#occurred-on-month').fill(today.month);
    await dsl.locator('#occurred-on-year').fill(today.year);
    await dsl.getByLabel('What has the school already done?').fill('Breakfast club place given; spoke to mum at pick-up.');
    await dsl.locator('#told').check();
    await dsl.locator('#immediate-risk-no').check();
    await dsl.getByRole('button', { name: 'Save as draft' }).click();
    await dsl.getByText('Your draft has been saved.').waitFor();
    await dsl.getByRole('button', { name: 'Submit to the council' }).click();
    await dsl.getByRole('heading', { name: 'Concern submitted' }).waitFor();
    const reference = (await dsl.locator('.govuk-panel__body strong').textContent())!;
    expect(reference).toMatch(/^SC-\d+$/);
    expect(await dsl.getByText('Awaiting decision').count()).toBeGreaterThan(0);
    await checkPage(dsl, 'concerns-04-submitted');

    // The unqualified officer sees it at the front door with the time left, and decides.
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.getByRole('link', { name: 'Front door', exact: true }).click();
    await officer.getByRole('table').waitFor();
    const row = officer.getByRole('row').filter({ hasText: reference });
    expect(await row.textContent()).toMatch(/(\d+ (hours?|days) left)/);
    expect(await officer.getByText(/\d+ waiting for a decision, \d+ overdue\./).count()).toBe(1);
    await checkPage(officer, 'concerns-05-front-door');
    await row.getByRole('link').click();
    await officer.getByRole('heading', { name: 'Decide this concern' }).waitFor();
    await officer.getByRole('button', { name: 'Record decision' }).click();
    await officer.getByRole('link', { name: 'Enter the rationale for the decision' }).waitFor();
    await checkPage(officer, 'concerns-06-decide-refused');
    await officer.getByLabel('Early help', { exact: true }).check();
    await officer.getByLabel('Level 2: additional needs (early help)').check();
    await officer.getByLabel('Threshold criteria relied on').fill('Basic care needs not consistently met');
    await officer.getByLabel('Rationale').fill('Needs are additional rather than complex; the family is engaging with school.');
    await officer.getByRole('button', { name: 'Record decision' }).click();
    await officer.getByText(`Decision on ${reference} recorded. It takes effect when a manager signs it off.`).waitFor();
    expect(await officer.getByRole('row').filter({ hasText: reference }).count()).toBe(0);
    await checkPage(officer, 'concerns-07-decided');
    // Officers do not sign off: no such navigation for them.
    expect(await officer.getByRole('link', { name: 'Sign-off', exact: true }).count()).toBe(0);

    // Before sign-off the school sees the status, not the outcome.
    await dsl.reload();
    await dsl.getByText('Awaiting sign-off').waitFor();
    expect(await dsl.getByText('Early help').count()).toBe(0);

    // The manager signs it off.
    const manager = await newPage();
    await signIn(manager, t, 'manager@demo.test');
    await manager.getByRole('link', { name: 'Sign-off', exact: true }).click();
    await manager.getByRole('heading', { name: 'Decisions to sign off' }).waitFor();
    await checkPage(manager, 'concerns-08-sign-off-queue');
    await manager.getByRole('button', { name: `Sign off the decision on ${reference}` }).click();
    await manager.getByText(`Decision on ${reference} signed off.`).waitFor();
    expect(await manager.getByRole('button', { name: `Sign off the decision on ${reference}` }).count()).toBe(0);
    await checkPage(manager, 'concerns-09-signed-off');

    // The DSL sees the outcome in the list and on the concern.
    await dsl.getByRole('link', { name: 'Concerns', exact: true }).click();
    const listed = dsl.getByRole('row').filter({ hasText: reference });
    await listed.getByText('Decided').waitFor();
    expect(await listed.textContent()).toContain('Early help');
    await checkPage(dsl, 'concerns-10-list-decided');
    await listed.getByRole('link', { name: reference }).click();
    await dsl.getByText(/in effect from/).waitFor();
    expect(await dsl.locator('.govuk-summary-list').first().textContent()).toContain('Early help');
    await checkPage(dsl, 'concerns-11-outcome');
  }, 90_000);
  it('a DSL attaches a file to a concern (removing one chosen by mistake) and adds to it; the officer downloads the file', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const dsl = await newPage();
    await signIn(dsl, t, 'dsl1@demo.test');
    await dsl.goto(`${t.url}/concerns/new`);
    await dsl.getByRole('heading', { name: 'Report a safeguarding concern' }).waitFor();
    await dsl.getByLabel('A child not on the register: enter their details').check();
    await dsl.getByLabel('Legal first name(s)').fill(`Noor${Math.random().toString(36).slice(2, 6)}`);
    await dsl.getByLabel('Legal last name').fill('Rahman');
    await dsl.locator('#date-of-birth-day').fill('9');
    await dsl.locator('#date-of-birth-month').fill('9');
    await dsl.locator('#date-of-birth-year').fill('2016');
    await dsl.getByLabel('Female', { exact: true }).check();
    await dsl.getByLabel('Physical abuse').check();
    await dsl.getByLabel('What was seen or heard?').fill('A bruise on her upper arm; she said it happened at home and would not say more.');
    const today = londonDateBoxes();
    await dsl.locator('#occurred-on-day').fill(today.day);
    await dsl.locator('#occurred-on-month').fill(today.month);
    await dsl.locator('#occurred-on-year').fill(today.year);
    await dsl.getByLabel('What has the school already done?').fill('Body map completed by the school nurse; photograph taken.');
    await dsl.locator('#told').check();
    await dsl.locator('#immediate-risk-no').check();

    // Two files chosen; the wrong one is removed before anything is sent.
    await dsl.getByLabel('Add a file').setInputFiles([
      { name: 'body-map.png', mimeType: 'image/png', buffer: png },
      { name: 'wrong-child.png', mimeType: 'image/png', buffer: png },
    ]);
    await dsl.getByRole('button', { name: 'Remove wrong-child.png' }).waitFor();
    expect(await dsl.locator('dl[aria-label="Files to attach"]').textContent()).toMatch(/body-map\.png.*\d+ bytes/);
    await checkPage(dsl, 'concerns-12-files-chosen');
    await dsl.getByRole('button', { name: 'Remove wrong-child.png' }).click();
    expect(await dsl.getByText('wrong-child.png').count()).toBe(0);
    await dsl.getByRole('button', { name: 'Submit to the council' }).click();
    await dsl.getByRole('heading', { name: 'Concern submitted' }).waitFor();
    const attachments = dsl.getByRole('list', { name: 'Attachments' });
    await attachments.getByRole('button', { name: 'Download body-map.png' }).waitFor();
    expect(await attachments.textContent()).not.toContain('wrong-child.png');
    const concernUrl = dsl.url();

    // Something learnt since: added, never edited in.
    await dsl.getByLabel('What do you want to add?').fill('Her brother said she fell from the climbing frame at the park on Sunday.');
    await dsl.getByRole('button', { name: 'Add to the concern' }).click();
    await dsl.getByText('Your information has been added to the concern').waitFor();
    await dsl.getByRole('heading', { name: 'Added since submission' }).waitFor();
    await dsl.getByText('climbing frame at the park').waitFor();
    await checkPage(dsl, 'concerns-13-attached-and-added');

    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.goto(concernUrl);
    const download = officer.waitForEvent('download');
    await officer.getByRole('button', { name: 'Download body-map.png' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('body-map.png');
    const path = await file.path();
    expect(readFileSync(path).equals(png)).toBe(true);
    await officer.getByText('climbing frame at the park').waitFor();
    await checkPage(officer, 'concerns-14-officer-download');
  }, 90_000);
});
