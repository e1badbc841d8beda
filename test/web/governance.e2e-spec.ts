import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@safeguard/demo';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, londonDateBoxes, signIn, signInToHome } from '../support/browser';

interface Tally { required: number; done: number; due: number; overdue: number; refused: number }

/** Types today's London date into a GOV.UK date input whose day box has the id `id`. */
async function fillToday(page: Page, id: string): Promise<void> {
  const today = londonDateBoxes();
  await page.locator(`#${id}`).fill(today.day);
  await page.locator(`#${id}-month`).fill(today.month);
  await page.locator(`#${id}-year`).fill(today.year);
}

/** The home page's governance figures, as the headteacher reads them. */
async function homeGovernance(page: Page): Promise<string> {
  const figures = page.getByTestId('home-governance');
  await figures.waitFor();
  return figures.innerText();
}

/**
 * Governors' suitability checks in the portal: a headteacher finds a check not done on the school's
 * record and records it, and the council's officer reads completion by type of school. Every page
 * visited is checked with axe and saved as a screenshot.
 */
describeInBrowser('governance suitability checks in the portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  /** A school's id and its tally straight from the api, to hold the page's figures against. */
  async function apiTally(email: string): Promise<{ schoolId: string; tally: Tally }> {
    const token = await t.login(email, DEMO_PASSWORD);
    const me = await t.gql<{ me: { memberships: Array<{ school: { id: string } | null }> } }>('{ me { memberships { school { id } } } }', {}, token);
    const schoolId = me.data!.me.memberships.find((m) => m.school)!.school!.id;
    const g = await t.gql<{ schoolGovernance: { tally: Tally } }>(
      'query($id: ID!) { schoolGovernance(schoolId: $id) { tally { required done due overdue refused } } }', { id: schoolId }, token,
    );
    return { schoolId, tally: g.data!.schoolGovernance.tally };
  }

  const figuresOf = (tally: Tally) =>
    `${tally.required} checks required: ${tally.done} green (done), ${tally.due} amber (due), ${tally.overdue + tally.refused} red (${tally.overdue} overdue, ${tally.refused} refused).`;

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
  }, 60_000);

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

  it('the headteacher’s home shows governance and Prevent in real figures; adding a governor and a check moves them', async () => {
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    const before = await apiTally('head1@demo.test');
    expect(await homeGovernance(head)).toContain(figuresOf(before.tally));
    expect(await head.getByTestId('home-prevent-risk-assessment').innerText()).toMatch(/^Recorded Reviewed \d+ \w+ \d{4}$/);
    expect(await head.getByTestId('home-return').innerText()).toBe('Not yet submitted this term');
    expect(await head.getByTestId('home-pressure').innerText()).toMatch(/^(No open reports|\d+ open reports?)$/);
    await checkPage(head, 'governance-06-head-home');

    await head.getByRole('link', { name: 'Governance record' }).click();
    await head.getByRole('link', { name: 'Add someone who governs' }).click();
    await head.getByRole('heading', { level: 1, name: /Add someone who governs/ }).waitFor();
    // A maintained school has governors only: the role is the one offered.
    expect(await head.getByLabel('Governor', { exact: true }).isChecked()).toBe(true);
    await head.getByLabel('Full name').fill('Nadia Okafor');
    await head.locator('#livedOrWorkedAbroad-false').check();
    await head.locator('#isChair-false').check();
    await head.locator('#inRegulatedActivity-false').check();
    await fillToday(head, 'appointedOn');
    await head.getByRole('button', { name: 'Add to the record' }).click();
    // No category chosen: the summary says so, and what was typed stays.
    await head.getByRole('link', { name: 'Select the kind of governor' }).waitFor();
    expect(await head.getByLabel('Full name').inputValue()).toBe('Nadia Okafor');
    await checkPage(head, 'governance-07-add-appointment-error');
    await head.getByLabel('Parent governor').check();
    // The error goes as soon as it is put right.
    expect(await head.getByRole('link', { name: 'Select the kind of governor' }).count()).toBe(0);
    await head.getByRole('button', { name: 'Add to the record' }).click();
    await head.getByText('Nadia Okafor added as governor').waitFor();
    const nadia = head.getByRole('table', { name: 'Required checks for Nadia Okafor' });
    expect(await nadia.getByRole('row', { name: /Section 128 check/ }).locator('.govuk-tag').innerText()).toBe('Missing');
    await checkPage(head, 'governance-08-appointment-added');

    const added = await apiTally('head1@demo.test');
    expect(added.tally.required).toBeGreaterThan(before.tally.required);
    expect(added.tally.due - before.tally.due).toBe(added.tally.required - before.tally.required);
    await head.getByRole('link', { name: 'Home', exact: true }).click();
    expect(await homeGovernance(head)).toContain(figuresOf(added.tally));

    await head.getByRole('link', { name: 'Governance record' }).click();
    await head.getByRole('link', { name: 'Record a check for Nadia Okafor' }).click();
    await head.getByLabel(/Section 128 check/).check();
    await fillToday(head, 'doneOn');
    await head.getByLabel('Clear', { exact: true }).check();
    await head.getByRole('button', { name: 'Record check' }).click();
    await head.getByText('Section 128 check recorded for Nadia Okafor').waitFor();
    await head.getByRole('link', { name: 'Home', exact: true }).click();
    const checked = await apiTally('head1@demo.test');
    expect(checked.tally.done).toBe(added.tally.done + 1);
    expect(await homeGovernance(head)).toContain(figuresOf(checked.tally));

    // Changing the appointment: she becomes chair and her term's end is recorded.
    await head.getByRole('link', { name: 'Governance record' }).click();
    await head.getByRole('link', { name: 'Change the appointment of Nadia Okafor' }).click();
    await head.getByRole('heading', { level: 1, name: /Change the appointment of Nadia Okafor/ }).waitFor();
    await head.locator('#isChair').check();
    await head.locator('#termEndsOn').fill('31');
    await head.locator('#termEndsOn-month').fill('8');
    await head.locator('#termEndsOn-year').fill('2030');
    await checkPage(head, 'governance-09-change-appointment');
    await head.getByRole('button', { name: 'Save changes' }).click();
    await head.getByText('Appointment of Nadia Okafor changed').waitFor();
    expect(await head.getByRole('region', { name: 'Nadia Okafor' }).innerText()).toMatch(/Parent governor \(chair\)\. Appointed .*, term ends 31 August 2030\./);
  }, 60_000);

  it('a headteacher imports a single central record and sees each refused row and why', async () => {
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.goto(`${t.url}/governance/import`);
    await head.getByRole('button', { name: 'Import' }).waitFor();
    await checkPage(head, 'governance-10-import');
    const csv = [
      'full_name,date_of_birth,role,governor_category,appointed_on,section_128_on,checked_by',
      'Ruth Adeyemi,1975-02-03,governor,foundation,01/09/2026,02/09/2026,School business manager',
      'Sam Nobody,1980-01-01,trustee,,01/09/2026,,',
    ].join('\n');
    await head.locator('#csv').setInputFiles({ name: 'scr.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await head.getByRole('button', { name: 'Import' }).click();
    await head.getByText('scr.csv: 1 of 2 rows imported').waitFor();
    const refused = head.getByRole('table', { name: /Rows refused/ });
    const refusedRow = await refused.getByRole('row').nth(1).innerText();
    expect(refusedRow).toMatch(/^3\s/);
    expect(refusedRow).toContain('role:');
    await checkPage(head, 'governance-11-import-report');
    await head.getByRole('link', { name: 'See the governance record' }).click();
    await head.getByRole('table', { name: 'Required checks for Ruth Adeyemi' }).waitFor();
  }, 40_000);

  it('a headteacher submits the termly return once, and the council sees it and chases a school without one', async () => {
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.getByRole('link', { name: 'Make the return for this term' }).click();
    await head.getByRole('heading', { level: 1, name: /Termly safeguarding return/ }).waitFor();
    // The portal's own figures are filled in.
    expect(Number(await head.getByLabel('Staff at the school').inputValue())).toBeGreaterThan(0);
    await checkPage(head, 'governance-12-return-form');
    await head.getByLabel('No', { exact: true }).check();
    await head.getByLabel('Staff at the school').fill('38');
    await head.getByLabel('Of those, staff with Prevent awareness training').fill('40');
    await head.getByLabel('Pupils deleted from the roll this term').fill('3');
    await head.getByLabel('Of those, pupils whose destination is known').fill('2');
    await head.getByRole('button', { name: 'Submit the return' }).click();
    await head.getByRole('link', { name: 'Staff with Prevent training cannot be more than the staff at the school' }).waitFor();
    expect(await head.getByLabel('Pupils deleted from the roll this term').inputValue()).toBe('3');
    await checkPage(head, 'governance-13-return-error');
    await head.getByLabel('Of those, staff with Prevent awareness training').fill('31');
    await head.getByRole('button', { name: 'Submit the return' }).click();
    await head.getByRole('heading', { name: 'Return submitted' }).waitFor();
    expect(await head.getByText(/^Submitted for (Autumn|Spring|Summer) \d{4}\/\d{2}$/).count()).toBe(1);
    await checkPage(head, 'governance-14-return-submitted');
    await head.getByRole('link', { name: 'Home', exact: true }).click();
    expect(await head.getByTestId('home-return').innerText()).toMatch(/^Submitted for /);

    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.getByRole('link', { name: 'Safeguarding returns', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: /Termly safeguarding returns/ }).waitFor();
    const alder = officer.getByRole('row', { name: /Alder Road Primary School/ });
    expect(await alder.locator('.govuk-tag').innerText()).toBe('Returned');
    await checkPage(officer, 'governance-15-returns');
    await officer.getByRole('link', { name: 'Not returned' }).click();
    const missing = officer.getByRole('row', { name: /Washwood Heath/ });
    await missing.getByRole('button', { name: /Chase/ }).click();
    await officer.getByText(/^Washwood Heath.* chased/).waitFor();
    await officer.getByRole('row', { name: /Washwood Heath/ }).getByText(/^1 time, last /).waitFor();
    await checkPage(officer, 'governance-16-returns-chased');
  }, 60_000);

  it('a DSL’s home shows their work; they update the Prevent risk assessment, put right what was refused', async () => {
    const dsl = await newPage();
    await signIn(dsl, t, 'dsl1@demo.test');
    expect(await dsl.getByTestId('home-drafts').innerText()).toMatch(/^(No drafts|\d+ drafts?)$/);
    expect(await dsl.getByTestId('home-governance').count()).toBe(0);
    await checkPage(dsl, 'governance-17-dsl-home');
    await dsl.getByRole('link', { name: 'Prevent duty record' }).click();
    await dsl.getByRole('heading', { level: 1, name: 'Prevent duty record' }).waitFor();
    await dsl.getByTestId('prevent-risk-assessment').waitFor();
    await checkPage(dsl, 'governance-18-prevent-record');
    await dsl.getByRole('link', { name: /the risk assessment/ }).click();
    await dsl.getByRole('heading', { level: 1, name: /Prevent risk assessment for/ }).waitFor();
    // This year's assessment is the starting point; the review date is for today's review.
    await dsl.getByLabel('High: the risk needs prompt action').last().check();
    await dsl.getByLabel('What the school does about IT and online-safety policies').fill('');
    await dsl.getByRole('button', { name: 'Save the risk assessment' }).click();
    await dsl.getByRole('link', { name: 'Enter the date the risk assessment was reviewed' }).waitFor();
    await dsl.getByRole('link', { name: 'Enter what the school does about IT and online-safety policies' }).waitFor();
    await checkPage(dsl, 'governance-19-risk-assessment-error');
    await dsl.getByLabel('What the school does about IT and online-safety policies').fill('New filtering provider; weekly report to the DSL.');
    await fillToday(dsl, 'reviewedOn');
    await dsl.getByRole('button', { name: 'Save the risk assessment' }).click();
    await dsl.getByText(/^Risk assessment for \d{4}\/\d{2} recorded$/).waitFor();
    expect(await dsl.getByTestId('prevent-risk-assessment').innerText()).toMatch(/^Recorded Latest: .*, overall high, reviewed /);
    expect(await dsl.getByRole('row', { name: /IT and online-safety policies/ }).innerText()).toContain('New filtering provider');
    await checkPage(dsl, 'governance-20-risk-assessment-recorded');

    await dsl.getByRole('link', { name: /Record training/ }).click();
    await dsl.getByLabel(/Dev DSL/).check();
    await dsl.getByLabel('Their job').fill('Designated safeguarding lead');
    await dsl.getByLabel('Course').fill('Prevent awareness for DSLs (local authority)');
    await fillToday(dsl, 'trainedOn');
    await checkPage(dsl, 'governance-21-record-training');
    await dsl.getByRole('button', { name: 'Record training' }).click();
    await dsl.getByText('Prevent training recorded for Dev DSL').waitFor();
    expect(await dsl.getByRole('listitem').filter({ hasText: /^Dev DSL.*:/ }).locator('.govuk-tag').innerText()).toBe('Trained');
  }, 60_000);

  it('a headteacher cannot reach another school’s governance or Prevent record by its address', async () => {
    const other = await apiTally('head3@demo.test');
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.goto(`${t.url}/schools/${other.schoolId}/prevent`);
    await head.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await head.getByText('Heaton Hall').count()).toBe(0);
    await checkPage(head, 'governance-22-no-access-prevent');
    await head.goto(`${t.url}/schools/${other.schoolId}/governance`);
    await head.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await head.goto(`${t.url}/schools/${other.schoolId}/prevent/risk-assessment`);
    await head.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await head.goto(`${t.url}/governance/returns`);
    await head.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
  }, 40_000);

  it('the council’s manager, an inspector and an administrator each start from their own work', async () => {
    const manager = await newPage();
    await signIn(manager, t, 'manager@demo.test');
    expect(await manager.getByTestId('home-front-door').innerText()).toMatch(/^(No concerns|\d+ concerns?) waiting for a decision, \d+ overdue/);
    expect(await manager.getByTestId('home-sign-off').innerText()).toMatch(/awaiting sign-off, \d+ overdue$/);
    await checkPage(manager, 'governance-23-manager-home');

    const hmi = await newPage();
    await signInToHome(hmi, t, 'hmi@demo.test', /Iris Inspector/);
    await hmi.getByTestId('home-assignment').waitFor();
    expect(await hmi.getByTestId('home-assignment').innerText()).toMatch(/Birmingham until /);
    await checkPage(hmi, 'governance-24-hmi-home');

    const admin = await newPage();
    await signInToHome(admin, t, 'admin@demo.test', /Ada Admin/);
    await admin.getByTestId('home-users').getByText(/accounts,/).waitFor();
    await checkPage(admin, 'governance-25-admin-home');
  }, 60_000);
});
