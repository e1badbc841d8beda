import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, londonDateBoxes, signIn } from '../support/browser';

/**
 * A report of curriculum pressure in two browsers: a headteacher sends it (refused once, keeping what
 * was typed), an officer of the authority acknowledges it with a note, and the headteacher reads the
 * acknowledgement. Every page visited is checked with axe and saved as a screenshot.
 */
describeInBrowser('reports of intimidation and pressure in the portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  it('a headteacher reports pressure, an officer acknowledges it, and the headteacher sees the acknowledgement', async () => {
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.getByRole('link', { name: 'Intimidation and pressure', exact: true }).click();
    await head.getByRole('heading', { name: 'Your school’s reports of intimidation and pressure' }).waitFor();
    await head.getByRole('table').first().waitFor();
    await checkPage(head, 'pressure-01-school-list');
    await head.getByRole('button', { name: 'Report intimidation or pressure' }).click();
    await head.getByRole('heading', { name: 'Report intimidation or pressure' }).waitFor();
    await checkPage(head, 'pressure-02-report-form');

    // The police were told but no reference is given: the api refuses, naming the field; what was typed stays.
    const account = `A group of parents stood at the gate handing out leaflets against our RSE lessons (${Math.random().toString(36).slice(2, 6)}).`;
    await head.getByLabel('Pressure to change the curriculum').check();
    await head.getByLabel('Which part of the curriculum is it about? (optional)').selectOption('RSE');
    await head.getByLabel('What happened?').fill(account);
    const today = londonDateBoxes();
    await head.locator('#occurred-on-day').fill(today.day);
    await head.locator('#occurred-on-month').fill(today.month);
    await head.locator('#occurred-on-year').fill(today.year);
    await head.getByLabel('Where did it happen?').fill('The school gate at drop-off');
    await head.getByLabel('Who was involved?').fill('About ten parents from a group calling itself Parents for Choice');
    await head.locator('#police-told').check();
    await head.locator('#share-no').check();
    await head.getByRole('button', { name: 'Send to the council' }).click();
    await head.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const refusal = head.getByRole('link', { name: 'Give the police reference (crime or incident number)' });
    expect(await refusal.count()).toBe(1);
    expect(await head.getByLabel('What happened?').inputValue()).toBe(account);
    expect(await head.getByLabel('Where did it happen?').inputValue()).toBe('The school gate at drop-off');
    await checkPage(head, 'pressure-03-report-refused');
    await refusal.click();
    expect(await head.locator('#police-reference').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    await head.getByLabel('Police reference').fill('WM-20261123-0042');
    await head.getByRole('button', { name: 'Send to the council' }).click();
    await head.getByRole('heading', { name: 'Report sent to the council' }).waitFor();
    const reference = (await head.locator('.govuk-panel__body strong').textContent())!;
    expect(reference).toMatch(/^PR-\d+$/);
    expect(await head.getByText('Awaiting acknowledgement').count()).toBeGreaterThan(0);
    await checkPage(head, 'pressure-04-sent');

    // The officer sees it among the authority's reports to acknowledge, with the time left, and acknowledges it.
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.getByRole('link', { name: 'Intimidation and pressure', exact: true }).click();
    await officer.getByRole('heading', { name: 'Reports of intimidation and pressure' }).waitFor();
    const queue = officer.getByRole('table', { name: 'To acknowledge, due first' });
    const row = queue.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\d+ (hours?|days) left/);
    expect(await officer.getByText(/\d+ waiting for acknowledgement, \d+ overdue\./).count()).toBe(1);
    // Officers do not report for a school.
    expect(await officer.getByRole('button', { name: 'Report intimidation or pressure' }).count()).toBe(0);
    await checkPage(officer, 'pressure-05-council-list');
    await row.getByRole('link', { name: reference }).click();
    await officer.getByRole('heading', { name: `Report ${reference}` }).waitFor();
    await checkPage(officer, 'pressure-06-council-report');
    const note = 'Received. Our curriculum adviser will call you tomorrow morning.';
    await officer.getByLabel('Note to the school (optional)').fill(note);
    await officer.getByRole('button', { name: 'Acknowledge report' }).click();
    await officer.getByText(`Report ${reference} acknowledged. The school has been told.`).waitFor();
    expect(await officer.getByRole('button', { name: 'Acknowledge report' }).count()).toBe(0);
    await checkPage(officer, 'pressure-07-acknowledged');

    // The headteacher sees the status in the list and the council's note on the report.
    await head.getByRole('link', { name: 'Back to reports' }).click();
    const listed = head.getByRole('row').filter({ hasText: reference });
    await listed.getByText('Acknowledged').waitFor();
    await checkPage(head, 'pressure-08-list-acknowledged');
    await listed.getByRole('link', { name: reference }).click();
    await head.getByText(note).waitFor();
    expect(await head.locator('.govuk-summary-list').first().textContent()).toContain('Acknowledged');
    await checkPage(head, 'pressure-09-acknowledgement');
  }, 60_000);
});
