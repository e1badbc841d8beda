import { readFileSync } from 'node:fs';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, londonDateBoxes, signIn } from '../support/browser';

/** The smallest PNG there is: one transparent pixel. */
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * Reports of intimidation and pressure in several browsers: a headteacher sends one (refused once,
 * keeping what was typed) and an officer acknowledges it; an officer records an action and resolves
 * a report while its headteacher adds to it and reads the outcome; an officer links reports into a
 * campaign; a DSL not named reads nothing until the headteacher names them; trends and their CSV;
 * a headteacher cannot reach the campaigns. Every page visited is checked with axe and saved.
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
  }, 180_000);

  it('an officer records an action and resolves a report; the headteacher adds to it, attaches evidence and reads the outcome', async () => {
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.goto(`${t.url}/pressure?status=ACKNOWLEDGED`);
    await officer.getByRole('heading', { name: 'Reports of intimidation and pressure' }).waitFor();
    const row = officer.getByRole('table', { name: 'Acknowledged, newest first' }).getByRole('row').filter({ hasText: 'Social media posts' });
    await row.waitFor();
    expect(await officer.getByLabel('Show').inputValue()).toBe('ACKNOWLEDGED');
    await checkPage(officer, 'pressure-10-council-list-acknowledged');
    await row.getByRole('link').click();
    await officer.getByRole('heading', { name: 'Record an action' }).waitFor();
    // No resolving before an action.
    expect(await officer.getByRole('button', { name: 'Resolve report' }).count()).toBe(0);
    const reportUrl = officer.url();

    await officer.getByRole('button', { name: 'Record action' }).click();
    await officer.getByRole('link', { name: 'Select what kind of action it was' }).waitFor();
    await checkPage(officer, 'pressure-11-action-errors');
    const action = 'Visited the head of PSHE with the police schools officer; a support plan was agreed.';
    await officer.getByLabel('A visit to the school').check();
    await officer.getByLabel('What was done, and with whom').fill(action);
    await officer.getByRole('button', { name: 'Record action' }).click();
    await officer.getByText(/The action was recorded on report PR-\d+/).waitFor();
    await officer.getByRole('table', { name: 'What the council did' }).getByText(action).waitFor();
    expect(await officer.locator('.govuk-summary-list').first().textContent()).toContain('Action in progress');
    await checkPage(officer, 'pressure-12-action-recorded');

    // Meanwhile the headteacher adds to the report and attaches a screenshot; the action is already there.
    const head = await newPage();
    await signIn(head, t, 'head2@demo.test');
    await head.goto(reportUrl);
    await head.getByRole('heading', { name: 'Add to this report' }).waitFor();
    await head.getByText(action).waitFor();
    expect(await head.getByRole('button', { name: 'Record action' }).count()).toBe(0);
    const addition = 'The same video was posted again last night on a second page.';
    await head.getByLabel('What do you want to add?').fill(addition);
    await head.getByLabel('Further links (optional)').fill('https://www.facebook.com/example-second-page/videos/3003');
    await head.getByRole('button', { name: 'Add information' }).click();
    await head.getByText('Your information was added to the report. The council has been told.').waitFor();
    await head.getByText(addition, { exact: false }).waitFor();
    await head.getByLabel('Attach evidence').setInputFiles({ name: 'second-post.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await head.getByRole('button', { name: 'Attach files' }).click();
    await head.getByText('second-post.png was attached. The council has been told.').waitFor();
    await head.getByRole('button', { name: 'Download second-post.png' }).waitFor();
    await checkPage(head, 'pressure-13-school-added');

    // The officer sees the evidence, downloads it and resolves the report.
    await officer.reload();
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByRole('button', { name: 'Download second-post.png' }).click()]);
    expect(download.suggestedFilename()).toBe('second-post.png');
    expect(readFileSync((await download.path())!).equals(PIXEL_PNG)).toBe(true);
    await officer.getByRole('button', { name: 'Resolve report' }).click();
    await officer.getByRole('link', { name: /Enter what came of it/ }).waitFor();
    const outcome = 'The page was taken down after the council wrote to the platform; the teacher is back at work with support.';
    await officer.getByLabel('Outcome for the school').fill(outcome);
    await officer.getByRole('button', { name: 'Resolve report' }).click();
    await officer.getByText(/Report PR-\d+ resolved\. The school has been told the outcome\./).waitFor();
    expect(await officer.getByRole('button', { name: 'Record action' }).count()).toBe(0);
    await checkPage(officer, 'pressure-14-resolved');

    // The headteacher follows it through to the outcome.
    await head.reload();
    await head.getByText(outcome).waitFor();
    expect(await head.locator('.govuk-summary-list').first().textContent()).toContain('Resolved');
    expect(await head.getByRole('list', { name: 'Steps' }).textContent()).not.toContain('not yet');
    await checkPage(head, 'pressure-15-outcome');
  }, 120_000);

  it('an officer links two reports into a campaign and takes one out; a headteacher cannot reach the campaigns', async () => {
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    await officer.getByRole('link', { name: 'Intimidation and pressure', exact: true }).click();
    await officer.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    await officer.getByRole('link', { name: 'Organised campaign against RSE lessons' }).waitFor();
    await checkPage(officer, 'pressure-16-campaigns');

    await officer.getByRole('button', { name: 'Link reports into a campaign' }).click();
    await officer.getByRole('heading', { name: 'Link reports into a campaign' }).waitFor();
    await officer.getByRole('button', { name: 'Create campaign' }).click();
    await officer.getByRole('link', { name: 'Select at least two reports to link' }).waitFor();
    await checkPage(officer, 'pressure-17-campaign-errors');
    const name = `Hostility towards staff over their private lives ${Math.random().toString(36).slice(2, 6)}`;
    await officer.getByLabel('Name', { exact: true }).fill(name);
    await officer.getByLabel('What links the reports').fill('Parents from the same online group targeting named staff at the gate and on petition sites.');
    await officer.getByLabel(/Pressure over staffing/).check();
    await officer.getByLabel(/Intimidation of staff/).check();
    await officer.getByRole('button', { name: 'Create campaign' }).click();
    await officer.getByText('Campaign created. Each linked school has been told it is not alone.').waitFor();
    await officer.getByRole('heading', { level: 1, name }).waitFor();
    const linked = officer.getByRole('table', { name: 'Linked reports' });
    expect(await linked.getByRole('row').count()).toBe(3);
    await officer.getByText('2 reports from 2 schools.', { exact: false }).waitFor();
    await checkPage(officer, 'pressure-18-campaign');

    const staffing = linked.getByRole('row').filter({ hasText: 'Pressure over staffing' });
    const reference = (await staffing.getByRole('link').textContent())!;
    await staffing.getByRole('button', { name: `Take out report ${reference}` }).click();
    await officer.getByText(`Report ${reference} was taken out of the campaign.`).waitFor();
    expect(await linked.getByRole('row').count()).toBe(2);
    await officer.getByLabel(new RegExp(`^${reference}:`)).check();
    await officer.getByRole('button', { name: 'Link reports' }).click();
    await officer.getByText('1 report linked to the campaign. Their schools have been told.').waitFor();
    expect(await linked.getByRole('row').count()).toBe(3);
    await checkPage(officer, 'pressure-19-campaign-linked');
    const intimidationUrl = `${t.url}${(await linked.getByRole('row').filter({ hasText: 'Intimidation of staff' }).getByRole('link').getAttribute('href'))!}`;

    // Trends for the authority, and their CSV.
    await officer.goto(`${t.url}/pressure/trends`);
    await officer.getByRole('table', { name: 'By kind', exact: true }).waitFor();
    await checkPage(officer, 'pressure-20-trends');
    const [csv] = await Promise.all([officer.waitForEvent('download'), officer.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('pressure-trends-all.csv');
    expect(readFileSync((await csv.path())!, 'utf8').split('\n').length).toBeGreaterThan(1);

    // A headteacher is refused the campaigns; a DSL not named is refused the school's report until named.
    const head = await newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.goto(`${t.url}/pressure/campaigns`);
    await head.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await checkPage(head, 'pressure-21-campaigns-refused');
    const dsl = await newPage();
    await signIn(dsl, t, 'dsl1@demo.test');
    await dsl.goto(intimidationUrl);
    await dsl.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await checkPage(dsl, 'pressure-22-dsl-refused');

    await head.goto(`${t.url}/pressure/delegates`);
    await head.getByRole('heading', { name: 'Who reports for your school' }).waitFor();
    await checkPage(head, 'pressure-23-delegates');
    await head.getByRole('button', { name: 'Name Dev DSL (Alder Road)' }).click();
    await head.getByText('Dev DSL (Alder Road) now reports for your school and reads its reports. They have been told.').waitFor();
    await dsl.reload();
    await dsl.getByRole('heading', { name: /Report PR-\d+/ }).waitFor();
    await head.getByRole('button', { name: 'Remove Dev DSL (Alder Road)' }).click();
    await head.getByText('Dev DSL (Alder Road) no longer reports for your school. They have been told.').waitFor();
    await dsl.reload();
    await dsl.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();

    // The headteacher reads what other schools shared, anonymised, and never their own.
    await head.goto(`${t.url}/pressure/shared`);
    await head.getByText('An anonymous letter threatening a PSHE teacher with violence; police investigating.').waitFor();
    expect(await head.getByText('Leafleting at the gate against RSE lessons', { exact: false }).count()).toBe(0);
    await checkPage(head, 'pressure-24-shared');
  }, 120_000);
});
