import { existsSync, readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { checkPage, CHROMIUM, ensureWebAppBuilt, launchChromium, signInToHome } from '../support/browser';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/** The HMI's pages in a real browser: the termly figures, then writing, submitting and downloading the report. */
describeInBrowser('inspection in the web portal', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    t = await startTestApp();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('the HMI builds the term’s report, writes a narrative, submits it and downloads the PDF', async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
    const page: Page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signInToHome(page, t, 'hmi@demo.test', /Iris Inspector/);
    await page.getByRole('link', { name: 'Inspection', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Termly figures for/ }).waitFor();
    await checkPage(page, 'inspection-01-dashboard-empty');

    // Figures live in a built report: the HMI builds this term's, then returns to the dashboard's charts.
    await page.getByRole('button', { name: 'Build this term’s report from live data' }).click();
    await page.getByRole('heading', { level: 1, name: /^Inspection, version 1\s*Termly report,/ }).waitFor();
    await page.getByRole('link', { name: 'Back to the termly figures' }).click();
    await page.getByRole('heading', { level: 2, name: /^Figures, / }).waitFor();
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(3);
    expect(await charts.first().getAttribute('aria-label')).toMatch(/^Bar chart of .+: .+, .+; /);
    expect(await page.getByRole('table', { name: /^Figures: / }).count()).toBeGreaterThanOrEqual(5);
    await checkPage(page, 'inspection-02-dashboard-figures');

    // A figure's drill-down link lands on its row in the table.
    const drill = page.getByRole('link', { name: /^(The records behind this figure|This figure in the table)/ }).first();
    const target = (await drill.getAttribute('href'))!;
    await drill.click();
    expect(await page.locator(target).count()).toBe(1);

    await page.getByRole('link', { name: /^Termly report for / }).first().click();
    await page.getByRole('heading', { level: 1, name: /Termly report,/ }).waitFor();
    await checkPage(page, 'inspection-03-report-draft');

    const narrative = 'Children missing education fell this term; the council now checks every removal within five school days.';
    await page.getByLabel('Narrative: Children missing education').fill(narrative);
    await page.getByRole('group', { name: /Judgement of progress: Children missing education/ }).getByLabel('Some progress').check();
    await page.getByLabel('Recommendations to the council').fill('Publish the removal checks termly.');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByText('The report has been saved').waitFor();

    // What was saved is what the api holds: a reload shows it.
    await page.reload();
    await page.getByLabel('Narrative: Children missing education').waitFor();
    expect(await page.getByLabel('Narrative: Children missing education').inputValue()).toBe(narrative);

    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByRole('heading', { level: 1, name: /^Submit the termly report/ }).waitFor();
    await checkPage(page, 'inspection-04-confirm-submit');
    await page.getByRole('button', { name: 'Yes, submit the report' }).click();
    await page.getByRole('heading', { name: 'Report submitted' }).waitFor();
    expect(await page.getByText(narrative).count()).toBe(1);
    expect(await page.getByLabel('Narrative: Children missing education').count()).toBe(0);
    await checkPage(page, 'inspection-05-report-submitted');

    // The PDF route takes the bearer token only: the page fetches it and saves a blob.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^termly-report-.+-v1\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download every figure (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);

    expect(pageErrors).toEqual([]);
  }, 90_000);
});
