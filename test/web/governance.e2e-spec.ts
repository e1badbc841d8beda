import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, londonDateBoxes, signIn } from '../support/browser';

/**
 * Governors' suitability checks in the portal: a headteacher finds a check not done on the school's
 * record and records it, and the council's officer reads completion by type of school. Every page
 * visited is checked with axe and saved as a screenshot.
 */
describeInBrowser('governance suitability checks in the portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  it('a headteacher sees a governor’s check not done, records it, and sees it done', async () => {
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.getByRole('link', { name: 'Governance', exact: true }).click();
    await head.getByRole('heading', { level: 1, name: /Your school’s governance record/ }).waitFor();
    // Tom Ashby, a parent governor appointed two months ago, has no section 128 check on record.
    const checks = head.getByRole('table', { name: 'Required checks for Tom Ashby' });
    const section128 = checks.getByRole('row', { name: /Section 128 check/ });
    await section128.waitFor();
    expect(await section128.locator('.govuk-tag').innerText()).toMatch(/^(Overdue|Missing)$/);
    await checkPage(head, 'governance-01-school-record');

    await head.getByRole('link', { name: 'Record a check for Tom Ashby' }).click();
    await head.getByRole('heading', { level: 1, name: /Record a check for Tom Ashby/ }).waitFor();
    await checkPage(head, 'governance-02-record-check');

    // Sent without a date: the form says so and keeps the choice made.
    await head.getByLabel(/Section 128 check/).check();
    await head.getByRole('button', { name: 'Record check' }).click();
    await head.getByRole('link', { name: /Enter the date the check was done/ }).waitFor();
    expect(await head.getByLabel(/Section 128 check/).isChecked()).toBe(true);
    await checkPage(head, 'governance-03-record-check-error');

    const today = londonDateBoxes();
    await head.locator('#doneOn').fill(today.day);
    await head.locator('#doneOn-month').fill(today.month);
    await head.locator('#doneOn-year').fill(today.year);
    await head.getByLabel('Clear', { exact: true }).check();
    await head.getByRole('button', { name: 'Record check' }).click();
    await head.getByText('Section 128 check recorded for Tom Ashby').waitFor();
    const after = head.getByRole('table', { name: 'Required checks for Tom Ashby' }).getByRole('row', { name: /Section 128 check/ });
    expect(await after.locator('.govuk-tag').innerText()).toBe('Done');
    await checkPage(head, 'governance-04-check-recorded');
  }, 45_000);

  it('an officer reads governance completion with a row per type of school', async () => {
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.getByRole('link', { name: 'Governance checks', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Governance checks by type of school' }).waitFor();
    const table = officer.getByRole('table', { name: 'Completion by type of school' });
    await table.waitFor();
    const rows = (await table.locator('tbody tr th').allInnerTexts()).sort();
    expect(rows).toEqual(['Academy', 'Free school', 'Independent', 'Maintained', 'Other', 'Special']);
    await checkPage(officer, 'governance-05-completion');
  }, 30_000);
});
