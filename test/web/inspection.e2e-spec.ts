import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addDays, londonToday } from '@safeguard/calendar';
import { browserJourney, checkPage, describeInBrowser, signIn, signInToHome } from '../support/browser';
import type { TestApp } from '../support/test-app';

interface StoredMeasure {
  key: string;
  label: string;
  values: Array<number | null>;
}

/**
 * The HMI's pages in a real browser: building the term's report (with its progress), the dashboard's
 * charts and tables, following figures to the records behind them, the LA manager's response,
 * submission, downloads and a correction, and the people who must not reach any of it.
 */
describeInBrowser('inspection in the web portal', () => {
  let t: TestApp;
  const journey = browserJourney((app) => (t = app));
  let hmi: Page;
  let birmingham: string;
  let reportPath: string;

  const storedMeasure = async (key: string): Promise<StoredMeasure> => {
    const [{ figures }] = await t.db.query<{ figures: { sections: Array<{ measures: StoredMeasure[] }> } }>(
      'SELECT figures FROM termly_reports WHERE local_authority_id = $1 ORDER BY term_starts_on DESC, version DESC LIMIT 1',
      [birmingham],
    );
    return figures.sections.flatMap((s) => s.measures).find((m) => m.key === key)!;
  };

  it('the HMI builds the term’s report, watching its progress, and the dashboard draws its figures as charts and tables', async () => {
    [{ id: birmingham }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '330'");
    hmi = await journey.newPage();
    await signInToHome(hmi, t, 'hmi@demo.test', /Iris Inspector/);
    await hmi.getByRole('link', { name: 'Inspection', exact: true }).click();
    await hmi.getByRole('heading', { level: 1, name: /Termly figures for Birmingham/ }).waitFor();
    await hmi.getByText('There is no termly report yet.', { exact: false }).waitFor();
    await checkPage(hmi, 'inspection-01-dashboard-empty');

    // The build answers in a second or two here; held back a moment so the progress can be seen.
    await hmi.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('BuildTermlyReport')) await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.fallback();
    });
    await hmi.getByRole('button', { name: 'Build this term’s report from live data' }).click();
    await hmi.getByRole('status').filter({ hasText: 'Building the report from live data' }).waitFor();
    expect(await hmi.getByRole('progressbar', { name: 'Building the report' }).isVisible()).toBe(true);
    expect(await hmi.getByRole('button', { name: 'Building the report…' }).isDisabled()).toBe(true);
    await checkPage(hmi, 'inspection-02-building');
    await hmi.getByRole('status').filter({ hasText: /The report for .+ is built \(version 1, in \d+ seconds?\)/ }).waitFor();
    await hmi.unrouteAll();
    expect(await hmi.getByRole('progressbar').count()).toBe(0);
    const reportLink = hmi.getByRole('link', { name: /^Open the termly report for / });
    reportPath = (await reportLink.getAttribute('href'))!;
    expect(reportPath).toMatch(/^\/inspection\/reports\/[0-9a-f-]{36}$/);

    // The reports list and the figures follow, without a reload.
    await hmi.getByRole('table', { name: 'Termly reports' }).getByRole('link', { name: /^Termly report for / }).waitFor();
    await hmi.getByRole('heading', { level: 2, name: /^Figures, / }).waitFor();
    const charts = hmi.locator('figure.app-trend-chart');
    await charts.first().locator('canvas').waitFor();
    expect(await charts.count()).toBeGreaterThan(10);
    expect(await charts.count()).toBeLessThanOrEqual(7 * 6);
    // The canvas is hidden from screen readers; a sentence says what it shows, and the tables hold every figure.
    expect(await charts.first().locator('canvas').getAttribute('aria-hidden')).toBe('true');
    const received = await storedMeasure('concerns.received');
    const concernsChart = hmi.locator('li.app-trend-charts__item').filter({ has: hmi.getByText('Concerns received in the term', { exact: true }) });
    expect(await concernsChart.locator('figcaption').textContent()).toMatch(new RegExp(`: ${received.values[3]}(,|\\.)`));
    expect(await hmi.getByRole('table', { name: /^Figures: / }).count()).toBe(7);
    const row = hmi.getByRole('table', { name: 'Figures: Safeguarding concerns and decisions' }).getByRole('row', { name: /^Concerns received in the term/ });
    const cells = row.getByRole('cell');
    for (let i = 0; i < 4; i++) expect((await cells.nth(i).textContent())?.trim()).toBe(received.values[i] === null ? '–not known' : String(received.values[i]));
    await checkPage(hmi, 'inspection-03-dashboard-figures');
  }, 120_000);

  it('follows figures to the records behind them: the list holds as many rows as the figure says', async () => {
    await hmi.goto(`${t.url}/inspection`);
    const cmeOpen = hmi.locator('a[data-figure="cme-open"]');
    await cmeOpen.waitFor();
    const figure = Number(/^\d+/.exec((await cmeOpen.textContent())!)![0]);
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM register_entries WHERE local_authority_id = $1 AND kind = 'CME' AND status <> 'CLOSED'",
      [birmingham],
    );
    expect(figure).toBe(n);
    expect(figure).toBeGreaterThan(0);
    await cmeOpen.click();
    await hmi.getByRole('heading', { level: 1, name: 'Register of children out of school' }).waitFor();
    expect(new URL(hmi.url()).search).toBe('?kind=CME&open=yes');
    const register = hmi.getByRole('table', { name: /^Child missing education, open only/ });
    await register.waitFor();
    expect(await register.locator('tbody tr').count()).toBe(figure);
    expect(await hmi.getByLabel('Only entries still open (not closed)').isChecked()).toBe(true);
    await checkPage(hmi, 'inspection-04-drill-register');

    // A figure of the report: decisions waiting for sign-off now, in the concerns list filtered the same way.
    await hmi.goBack();
    await hmi.getByRole('heading', { level: 2, name: /^Figures, / }).waitFor();
    const signOff = await storedMeasure('concerns.awaitingSignOff');
    // (The visually hidden part of a link's name is a block of its own: a space comes before its colon.)
    await hmi.getByRole('link', { name: /^The records behind this figure ?: Decisions awaiting a manager’s sign-off at term end$/ }).click();
    await hmi.getByRole('heading', { level: 1, name: 'Safeguarding concerns' }).waitFor();
    expect(new URL(hmi.url()).search).toBe('?status=AWAITING_SIGN_OFF');
    await hmi.getByText(signOff.values[3] ? 'Concerns: awaiting sign-off, newest first' : 'No concerns match.').waitFor();
    expect(await hmi.locator('main tbody tr').count()).toBe(signOff.values[3]);
    await checkPage(hmi, 'inspection-05-drill-concerns');

    // Pressure reports past their acknowledgement deadline, counted today and listed.
    await hmi.goBack();
    await hmi.getByRole('heading', { level: 2, name: /^Figures, / }).waitFor();
    const overdue = hmi.locator('a[data-figure="pressure-overdue"]');
    const pressureFigure = Number((await overdue.textContent())!.match(/^\d+/)![0]);
    await overdue.click();
    await hmi.getByRole('heading', { level: 1, name: 'Reports of intimidation and pressure' }).waitFor();
    await hmi.getByRole('link', { name: 'Show every report' }).waitFor();
    await hmi.getByText(pressureFigure ? /^Reports: past the acknowledgement deadline/ : 'No reports match.').first().waitFor();
    expect(await hmi.locator('main tbody tr').count()).toBe(pressureFigure);
    await checkPage(hmi, 'inspection-06-drill-pressure');
  }, 120_000);

  const response = 'The council accepts the findings and will report progress on removals each half term.';

  it('the authority’s LA manager reads the draft (without the editor) and adds the authority’s response', async () => {
    const manager = await journey.newPage();
    await signIn(manager, t, 'manager@demo.test');
    await manager.getByRole('link', { name: 'Inspection', exact: true }).click();
    await manager.getByRole('heading', { level: 1, name: /Termly figures for Birmingham/ }).waitFor();
    expect(await manager.getByRole('button', { name: /Build this term’s report/ }).count()).toBe(0);
    await manager.getByRole('table', { name: 'Termly reports' }).getByRole('link', { name: /^Termly report for / }).click();
    await manager.getByRole('heading', { level: 1, name: /Termly report,/ }).waitFor();
    expect(await manager.getByLabel(/^Narrative: /).count()).toBe(0);
    await manager.getByRole('button', { name: 'Save the response' }).click();
    await manager.getByRole('link', { name: 'Enter the authority’s response' }).waitFor();
    await manager.getByLabel('Your response to the inspector’s report').fill(response);
    await manager.getByRole('button', { name: 'Save the response' }).click();
    await manager.getByText('The authority’s response has been saved').waitFor();
    await checkPage(manager, 'inspection-07-la-response');
  }, 120_000);

  it('the HMI sees the response, writes the report, saves and submits it', async () => {
    await hmi.goto(`${t.url}${reportPath}`);
    await hmi.getByRole('heading', { level: 1, name: /Termly report,/ }).waitFor();
    await hmi.getByText(response).waitFor();
    await checkPage(hmi, 'inspection-08-report-draft');
    const narrative = 'Children missing education fell this term; the council now checks every removal within five school days.';
    await hmi.getByLabel('Narrative: Children missing education').fill(narrative);
    await hmi.getByRole('group', { name: /Judgement of progress: Children missing education/ }).getByLabel('Some progress').check();
    await hmi.getByLabel('Recommendations to the council').fill('Publish the removal checks termly.');
    await hmi.getByRole('button', { name: 'Save the report' }).click();
    await hmi.getByText('The report has been saved').waitFor();
    await hmi.reload();
    await hmi.getByLabel('Narrative: Children missing education').waitFor();
    expect(await hmi.getByLabel('Narrative: Children missing education').inputValue()).toBe(narrative);

    await hmi.getByRole('button', { name: 'Submit the report' }).click();
    await hmi.getByRole('heading', { level: 1, name: /^Submit the termly report/ }).waitFor();
    await checkPage(hmi, 'inspection-09-confirm-submit');
    await hmi.getByRole('button', { name: 'Yes, submit the report' }).click();
    await hmi.getByRole('heading', { name: 'Report submitted' }).waitFor();
    expect(await hmi.getByText(narrative).count()).toBe(1);
    expect(await hmi.getByLabel('Narrative: Children missing education').count()).toBe(0);
    await checkPage(hmi, 'inspection-10-report-submitted');
  }, 120_000);

  it('the HMI downloads the submitted report as PDF and CSV, and corrects it as version 2', async () => {
    const narrative = await hmi.getByText(/^Children missing education fell this term/).textContent();

    // The PDF route takes the bearer token only: the page fetches it and saves a blob.
    const [download] = await Promise.all([hmi.waitForEvent('download'), hmi.getByRole('button', { name: 'Download the report (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^termly-report-.+-v1\.pdf$/);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [csv] = await Promise.all([hmi.waitForEvent('download'), hmi.getByRole('button', { name: 'Download every figure (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);

    // A submitted report is frozen: a correction is version 2, a draft with the same words.
    await hmi.getByRole('button', { name: 'Correct this report' }).click();
    await hmi.getByRole('button', { name: 'Yes, start version 2' }).click();
    await hmi.getByRole('heading', { level: 1, name: /^Inspection, version 2\s*Termly report,/ }).waitFor();
    expect(await hmi.getByLabel('Narrative: Children missing education').inputValue()).toBe(narrative);
    await hmi.getByRole('link', { name: 'Version 1, as submitted' }).waitFor();
    await checkPage(hmi, 'inspection-11-correction-draft');
    await hmi.getByRole('link', { name: 'Back to the termly figures' }).click();
    const reports = hmi.getByRole('table', { name: 'Termly reports' });
    await reports.getByText('Corrects version 1').waitFor();
    expect(await reports.locator('tbody tr').count()).toBe(2);
  }, 120_000);

  it('keeps everyone else out: an LA officer and a headteacher get the no-access page, and an HMI moved to another authority cannot open this one’s report', async () => {
    const officer = await journey.newPage();
    await signIn(officer, t, 'officer@demo.test');
    expect(await officer.getByRole('link', { name: 'Inspection', exact: true }).count()).toBe(0);
    await officer.goto(`${t.url}/inspection`);
    await officer.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    await checkPage(officer, 'inspection-12-officer-no-access');
    await officer.goto(`${t.url}${reportPath}`);
    await officer.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();

    const head = await journey.newPage();
    await signIn(head, t, 'head1@demo.test');
    await head.goto(`${t.url}/inspection`);
    await head.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();

    // The admin moves the inspector from Birmingham to Bradford.
    const admin = await t.login('admin@demo.test');
    const [{ id: assignment }] = await t.db.query<{ id: string }>(
      "SELECT a.id FROM hmi_assignments a JOIN users u ON u.id = a.user_id WHERE u.email = 'hmi@demo.test' AND a.local_authority_id = $1",
      [birmingham],
    );
    const [{ id: hmiUser }] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE email = 'hmi@demo.test'");
    const [{ id: bradford }] = await t.db.query<{ id: string }>("SELECT id FROM local_authorities WHERE code = '380'");
    const ended = await t.gql('mutation($input: EndHmiAssignmentInput!) { endHmiAssignment(input: $input) { endsOn } }', { input: { assignmentId: assignment } }, admin);
    expect(ended.errors).toBeUndefined();
    const assigned = await t.gql('mutation($input: AssignHmiInput!) { assignHmi(input: $input) { id } }', {
      input: { userId: hmiUser, localAuthorityId: bradford, startsOn: londonToday(), endsOn: addDays(londonToday(), 90), reason: 'POOR_SAFEGUARDING_PRACTICE' },
    }, admin);
    expect(assigned.errors).toBeUndefined();

    await hmi.goto(`${t.url}/inspection`);
    await hmi.getByRole('heading', { level: 1, name: /Termly figures for Bradford/ }).waitFor();
    await hmi.goto(`${t.url}${reportPath}`);
    await hmi.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    await checkPage(hmi, 'inspection-13-other-authority-no-access');
  }, 120_000);
});
