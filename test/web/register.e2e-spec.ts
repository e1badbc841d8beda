import { existsSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { checkPage, CHROMIUM, ensureWebAppBuilt, launchChromium, londonDateBoxes, signIn } from '../support/browser';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

/** The register's pages in a real browser, as Birmingham's officer works them on the seeded demo. */
describeInBrowser('the register in the web portal', () => {
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
    await signIn(page, t, 'officer@demo.test');
  }, 180_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('lists the register with overdue items flagged in words, and finds a child by a misspelt name', async () => {
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    const table = page.getByRole('table', { name: /All entries/ });
    await table.waitFor();
    // Amira's CME entry has had no enquiry for a month: its deadline is overdue, said in text.
    const amira = table.getByRole('row').filter({ hasText: 'Amira Khan' });
    await expect(amira.textContent()).resolves.toMatch(/Overdue.*First enquiry was due/);
    expect(await table.getByRole('row').filter({ hasText: 'Imran Shah' }).count()).toBe(0);
    await checkPage(page, 'register-01-list');

    await page.getByLabel('Kind of entry').selectOption('CME');
    await page.getByRole('button', { name: 'Search' }).click();
    const cme = page.getByRole('table', { name: /Child missing education/ });
    await cme.waitFor();
    expect(await cme.getByRole('row').count()).toBe(3);
    await page.getByLabel('Only entries with an overdue deadline').check();
    await page.getByRole('button', { name: 'Search' }).click();
    const overdue = page.getByRole('table', { name: /overdue only/ });
    await overdue.waitFor();
    expect(await overdue.getByRole('row').count()).toBe(2); // Amira's, not Jayden's
    await page.getByLabel('Only entries with an overdue deadline').uncheck();

    await page.getByLabel('Child’s name').fill('Jaden Okafor');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: 'Children matching “Jaden Okafor”' }).waitFor();
    await checkPage(page, 'register-02-search');
    await page.getByRole('link', { name: 'Jayden Okafor' }).click();
    await page.getByRole('heading', { name: 'Chronology' }).waitFor();
    expect(await page.getByRole('table', { name: /Chronology/ }).getByRole('row').count()).toBeGreaterThan(1);
    await checkPage(page, 'register-03-child');
  });

  it('records an enquiry from the CME checklist, then is refused closure without whereabouts, keeping the reason typed', async () => {
    await page.getByRole('link', { name: /Child missing education, reported/ }).click();
    const checklist = page.getByRole('list', { name: 'Required enquiries' });
    await checklist.waitFor();
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Home visit' }).textContent()).resolves.toContain('Recorded');
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Police' }).textContent()).resolves.toContain('Not yet recorded');
    await checkPage(page, 'register-04-cme-entry');

    await checklist.getByRole('link', { name: 'Police' }).click();
    await page.getByRole('heading', { name: 'Record an enquiry' }).waitFor();
    expect(await page.getByLabel('Police').isChecked()).toBe(true);
    // The form's own check first: no outcome.
    await page.getByRole('button', { name: 'Record enquiry' }).click();
    await page.getByRole('link', { name: 'Enter what was done and what it found' }).waitFor();
    await checkPage(page, 'register-05-enquiry-form-error');
    await page.getByLabel('What was done and what did it find?').fill('Police have no record of the family leaving the area.');
    await page.getByRole('button', { name: 'Record enquiry' }).click();
    await page.getByText('Enquiry recorded: Police').waitFor();
    await expect(checklist.getByRole('listitem').filter({ hasText: 'Police' }).textContent()).resolves.toContain('Police have no record');
    await checkPage(page, 'register-06-enquiry-recorded');

    await page.getByRole('link', { name: 'Close this entry' }).click();
    await page.getByRole('heading', { name: 'Close this entry' }).waitFor();
    await page.getByLabel('No, close without whereabouts').check();
    const reason = 'Family believed to have left the country; no trace found.';
    await page.getByLabel('Why can the entry close?').fill(reason);
    await page.getByRole('button', { name: 'Propose closure' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const refusal = summary.getByRole('link', { name: /The child has not been found\. Record these enquiries before proposing closure/ });
    expect(await refusal.count()).toBe(1);
    // The outstanding enquiries in words, not the api's codes.
    expect(await refusal.textContent()).toMatch(/relatives and neighbours, school to school/);
    expect(await refusal.textContent()).not.toMatch(/[A-Z]_[A-Z]/);
    // The summary has focus, and its link leads to the reason, still as typed.
    expect(await summary.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await page.getByLabel('Why can the entry close?').inputValue()).toBe(reason);
    expect(await page.getByLabel('No, close without whereabouts').isChecked()).toBe(true);
    await refusal.click();
    expect(await page.getByLabel('Why can the entry close?').evaluate((el) => el.matches(':focus'))).toBe(true);
    await checkPage(page, 'register-07-closure-refused');
  });

  it('records an EHE visit only with its safeguarding section', async () => {
    await page.goto(`${t.url}/register?kind=EHE`);
    await page.getByRole('link', { name: /Leo Price/ }).click();
    await page.getByRole('link', { name: 'Record a visit or contact' }).click();
    await page.getByRole('heading', { name: 'Record a visit or contact' }).waitFor();
    await page.getByRole('button', { name: 'Record visit' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Select whether the child was seen' }).waitFor();
    expect(await summary.getByRole('link', { name: 'Enter the child’s views, or why they could not be gathered' }).count()).toBe(1);
    await checkPage(page, 'register-09-visit-form-error');

    await page.getByLabel('Home visit').check();
    await page.getByRole('group', { name: 'Was the child seen?' }).getByLabel('Yes').check();
    await page.getByRole('group', { name: 'Was the child seen alone?' }).getByLabel('Yes').check();
    await page.getByLabel('The child’s views').fill('Leo said he likes learning at home and showed his science project.');
    await page.getByRole('group', { name: 'Is there any safeguarding concern?' }).getByLabel('No').check();
    await page.getByLabel('Not yet assessed').check();
    await page.getByLabel('Notes of the visit').fill('Met Leo and his mother at home; timetable and workbooks seen.');
    await page.getByRole('button', { name: 'Record visit' }).click();
    await page.getByText('Home visit recorded').waitFor();
    await page.getByRole('heading', { name: /Home visit, / }).waitFor();
    await checkPage(page, 'register-10-visit-recorded');
  });

  it('closes a CME entry with whereabouts, and a manager signs off another closed without', async () => {
    await page.goto(`${t.url}/register?kind=CME`);
    await page.getByRole('link', { name: /Amira Khan/ }).click();
    await page.getByRole('link', { name: 'Close this entry' }).click();
    await page.getByLabel('Yes, the child has been found').check();
    await page.getByLabel('At a school').check();
    await page.getByLabel('School’s URN').fill('990002');
    await page.getByLabel('Why can the entry close?').fill('On roll at Saltley Park since Monday; the school confirmed attendance.');
    await checkPage(page, 'register-11-close-with-whereabouts');
    await page.getByRole('button', { name: 'Close entry' }).click();
    await page.getByText('Entry closed').waitFor();
    expect(await page.locator('.govuk-summary-list').first().textContent()).toMatch(/StatusClosed.*WhereaboutsAt a school/);

    // Every other required enquiry for Jayden, then the officer proposes the closure in the portal.
    const officer = await t.login('officer@demo.test');
    const jayden = await t.gql<{ registerEntries: { edges: Array<{ node: { id: string; outstandingEnquiries: string[] } }> } }>(
      '{ registerEntries(first: 10, filter: { kind: CME, status: ENQUIRIES }) { edges { node { id outstandingEnquiries } } } }',
      {},
      officer,
    );
    const entry = jayden.data!.registerEntries.edges[0].node;
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    for (const kind of entry.outstandingEnquiries) {
      const made = await t.gql(
        'mutation($input: RecordEnquiryInput!) { recordEnquiry(input: $input) { id } }',
        { input: { entryId: entry.id, kind, madeOn: today, outcome: 'Nothing known of the family.' } },
        officer,
      );
      expect(made.errors).toBeUndefined();
    }
    await page.goto(`${t.url}/register/entries/${entry.id}/close`);
    await page.getByLabel('No, close without whereabouts').check();
    await page.getByLabel('Why can the entry close?').fill('Every enquiry made; the family is believed to have left the country.');
    await page.getByRole('button', { name: 'Propose closure' }).click();
    await page.getByText('Closure proposed: it now waits for a manager’s sign-off').waitFor();
    expect(await page.getByRole('link', { name: 'Sign off the closure' }).count()).toBe(0); // an officer cannot

    const managerContext = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const manager = await managerContext.newPage();
    manager.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await signIn(manager, t, 'manager@demo.test');
      await manager.goto(`${t.url}/register/entries/${entry.id}`);
      await manager.getByRole('link', { name: 'Sign off the closure' }).click();
      await manager.getByRole('heading', { name: 'Sign off a closure without whereabouts' }).waitFor();
      await manager.getByLabel('Sign off: close without whereabouts').check();
      await manager.getByLabel('Your reason').fill('Enquiries complete and recorded; agreed with the police.');
      await checkPage(manager, 'register-12-sign-off');
      await manager.getByRole('button', { name: 'Save decision' }).click();
      await manager.getByText('Closure signed off: the entry is closed').waitFor();
      await manager.getByText(/without whereabouts, signed off by a manager/).waitFor();
    } finally {
      await managerContext.close();
    }
  });

  it('shows a DSL only their school’s children on the register, without the council’s pages', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const dsl = await context.newPage();
    dsl.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await signIn(dsl, t, 'dsl1@demo.test');
      expect(await dsl.getByRole('link', { name: 'Register', exact: true }).count()).toBe(0);
      await dsl.getByRole('link', { name: 'Children on the register' }).click();
      const table = dsl.getByRole('table', { name: 'Your school’s children on the register' });
      await table.waitFor();
      const text = await table.textContent();
      expect(text).toContain('Maya Ali'); // on Alder Road's roll
      expect(text).toContain('Amira Khan'); // reported by Alder Road
      expect(text).not.toContain('Leo Price'); // Saltley Park's
      expect(text).not.toContain('Jayden Okafor'); // the council's own
      await checkPage(dsl, 'register-13-dsl-school-children');
    } finally {
      await context.close();
    }
  });

  it('pages through a long list with "Next page"', async () => {
    const officer = await t.login('officer@demo.test');
    for (let i = 0; i < 21; i++) {
      const opened = await t.gql(
        `mutation($input: OpenRegisterEntryInput!) { openRegisterEntry(input: $input) { id } }`,
        {
          input: {
            kind: 'EHCP', reason: 'EHCP_NOT_FULL_TIME',
            child: { legalFirstName: `Pager${String.fromCharCode(65 + i)}`, legalLastName: 'Test', dateOfBirth: '2013-05-05', sex: 'MALE', hasEhcPlan: true },
            ehcp: { hoursPerWeek: 10, fullTimeStoppedOn: '2026-01-05' },
          },
        },
        officer,
      );
      expect(opened.errors).toBeUndefined();
    }
    await page.goto(`${t.url}/register?kind=EHCP`);
    const table = page.getByRole('table', { name: /EHC plan/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(21); // a header and 20 entries
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.getByRole('link', { name: 'First page' }).waitFor();
    expect(await page.getByRole('table', { name: /EHC plan/ }).getByRole('row').count()).toBe(3); // 22 in all
    await checkPage(page, 'register-08-next-page');
  });
  /** Another person in their own browser context, closed after `work`. */
  async function as<T>(email: string, work: (other: Page) => Promise<T>): Promise<T> {
    const other = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const otherPage = await other.newPage();
    otherPage.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await signIn(otherPage, t, email);
      return await work(otherPage);
    } finally {
      await other.close();
    }
  }

  const dateBoxes = async (p: Page, id: string, iso: string) => {
    const [year, month, day] = iso.split('-');
    await p.locator(`#${id}`).fill(String(Number(day)));
    await p.locator(`#${id}-month`).fill(String(Number(month)));
    await p.locator(`#${id}-year`).fill(year);
  };
  const londonDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

  it('a DSL reports a child missing education, refused first with what was typed kept, and the officer sees it on the register', async () => {
    const first = `Rowan${Math.random().toString(36).slice(2, 6)}`;
    await as('dsl1@demo.test', async (dsl) => {
      await dsl.getByRole('link', { name: 'Children on the register' }).click();
      await dsl.getByRole('link', { name: 'Report a child' }).click();
      await dsl.getByRole('heading', { name: 'Report a child to the council' }).waitFor();
      await dsl.getByRole('button', { name: 'Report to the council' }).click();
      await dsl.getByRole('link', { name: 'Select what you are reporting' }).waitFor();
      await checkPage(dsl, 'register-20-report-errors');

      await dsl.getByLabel('Missing education: absent for 10 school days or more').check();
      await dsl.getByLabel('A child not listed: enter their details').check();
      await dsl.getByLabel('Legal first name(s)').fill(first);
      await dsl.getByLabel('Legal last name').fill('Hale');
      await dateBoxes(dsl, 'dateOfBirth', '2014-06-01');
      await dsl.getByRole('group', { name: 'Sex' }).getByLabel('Female').check();
      // Three days of absence: the api refuses, naming the field; everything typed stays.
      await dateBoxes(dsl, 'lastAttendedOn', londonDaysAgo(3));
      await dsl.getByRole('group', { name: 'Might the child have gone abroad?' }).getByLabel('No').check();
      const summary = 'Not in school; calls to both parents unanswered and a home visit found no one in.';
      await dsl.getByLabel('What do you know?').fill(summary);
      await dsl.getByRole('button', { name: 'Report to the council' }).click();
      const refusal = dsl.locator('.govuk-error-summary').getByRole('link', { name: /report after 10 consecutive school days/ });
      await refusal.waitFor();
      expect(await dsl.getByLabel('Legal first name(s)').inputValue()).toBe(first);
      expect(await dsl.getByLabel('What do you know?').inputValue()).toBe(summary);
      await refusal.click();
      expect(await dsl.locator('#lastAttendedOn').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await checkPage(dsl, 'register-21-report-refused');

      await dateBoxes(dsl, 'lastAttendedOn', londonDaysAgo(40));
      await dsl.getByRole('button', { name: 'Report to the council' }).click();
      await dsl.getByText(`${first} Hale has been reported to the council.`).waitFor();
      await dsl.getByRole('table').getByRole('row').filter({ hasText: `${first} Hale` }).waitFor();
      await checkPage(dsl, 'register-22-reported');
      // The authority's register is the council's: a DSL gets the no-access page.
      await dsl.goto(`${t.url}/register`);
      await dsl.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    });

    await page.goto(`${t.url}/register?kind=CME&status=REPORTED`);
    const row = page.getByRole('table', { name: /Child missing education/ }).getByRole('row').filter({ hasText: `${first} Hale` });
    await row.waitFor();
    await row.getByRole('link').click();
    await page.getByText('Absent for 10 consecutive school days').waitFor();
    await page.getByRole('link', { name: 'Assign who works this entry' }).click();
    await page.getByRole('heading', { name: 'Who works this entry?' }).waitFor();
    await page.getByLabel(/^Me \(/).check();
    await checkPage(page, 'register-23-assign');
    await page.getByRole('button', { name: 'Assign' }).click();
    await page.getByText('The entry is assigned to you').waitFor();
    await page.getByRole('link', { name: 'Record whereabouts' }).click();
    await page.getByLabel('In another local authority').check();
    await page.getByLabel('Authority’s three-digit code').fill('380');
    await checkPage(page, 'register-24-whereabouts');
    await page.getByRole('button', { name: 'Record whereabouts' }).click();
    await page.getByText('Whereabouts recorded: in another local authority').waitFor();
    expect(await page.locator('.govuk-summary-list').first().textContent()).toMatch(/StatusLocated/);
  }, 90_000);

  it('an officer records provision for an excluded child, adds a child shown with a possible duplicate, and downloads the register', async () => {
    await page.goto(`${t.url}/register?kind=EXCLUDED`);
    await page.getByRole('link', { name: /Kyle Bennett/ }).click();
    await page.getByRole('link', { name: 'Record provision' }).click();
    await page.getByRole('button', { name: 'Record provision' }).click();
    await page.getByRole('link', { name: 'Enter what the provision is and who provides it' }).waitFor();
    await checkPage(page, 'register-25-provision-error');
    await page.getByLabel('What is the provision, and who provides it?').fill('Full-time place at the city pupil referral unit, 25 hours a week.');
    await page.getByRole('button', { name: 'Record provision' }).click();
    await page.getByText('Provision recorded').waitFor();
    await page.getByText(/pupil referral unit/).waitFor();

    await page.goto(`${t.url}/register`);
    await page.getByRole('link', { name: 'Add a child' }).click();
    await page.getByLabel('Legal first name(s)').fill('Jaiden');
    await page.getByLabel('Legal last name').fill('Okafor');
    await dateBoxes(page, 'dateOfBirth', '2011-09-30');
    await page.getByRole('group', { name: 'Sex' }).getByLabel('Male', { exact: true }).check();
    await checkPage(page, 'register-26-add-child');
    await page.getByRole('button', { name: 'Add child' }).click();
    await page.getByRole('heading', { name: 'Child added' }).waitFor();
    const duplicates = page.getByRole('table', { name: 'Records that may be the same child' });
    expect(await duplicates.textContent()).toMatch(/Jayden Okafor.*same date of birth, similar name/);
    await checkPage(page, 'register-27-child-added-duplicates');

    await page.goto(`${t.url}/register`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the register (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^register-of-children-out-of-school-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.getByText(/Export ready: \d+ entries saved as/).waitFor();
    await checkPage(page, 'register-28-exported');

    // Merges and settings are for managers: an officer reaching them by address gets the no-access page.
    for (const path of ['/register/merges', '/settings/register-rules', '/escalations']) {
      await page.goto(`${t.url}${path}`);
      await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    }
    await checkPage(page, 'register-29-officer-no-access');
  }, 90_000);

  it('a manager merges two records of one child and the chronology shows both histories; escalations list an overdue item', async () => {
    const officer = await t.login('officer@demo.test');
    const ADD = 'mutation($input: ChildInput!) { addChild(input: $input) { child { id } } }';
    const add = async (legalFirstName: string) => {
      const added = await t.gql<{ addChild: { child: { id: string } } }>(
        ADD, { input: { legalFirstName, legalLastName: 'Marchetti', dateOfBirth: '2012-04-21', sex: 'FEMALE' } }, officer,
      );
      expect(added.errors).toBeUndefined();
      return added.data!.addChild.child.id;
    };
    const keep = await add('Giulia');
    const other = await add('Guilia');
    const opened = await t.gql(
      'mutation($input: OpenRegisterEntryInput!) { openRegisterEntry(input: $input) { id } }',
      { input: { kind: 'CME', reason: 'IDENTIFIED_BY_COUNCIL', childId: other, summary: 'Seen with her aunt; no school place.' } },
      officer,
    );
    expect(opened.errors).toBeUndefined();

    await as('manager@demo.test', async (manager) => {
      await manager.getByRole('link', { name: 'Register', exact: true }).click();
      await manager.getByRole('link', { name: 'Records that may be the same child' }).click();
      await manager.getByRole('heading', { name: 'Records that may be the same child' }).waitFor();
      await checkPage(manager, 'register-30-merge-queue');
      await manager.getByRole('link', { name: /Compare .*Giulia Marchetti.*Guilia Marchetti|Compare .*Guilia Marchetti.*Giulia Marchetti/ }).click();
      await manager.getByRole('heading', { name: 'Compare two records' }).waitFor();
      expect(await manager.getByRole('row').filter({ hasText: 'Register entries' }).textContent()).toContain('Child missing education');
      await manager.getByRole('button', { name: 'Merge records' }).click();
      await manager.getByRole('link', { name: 'Select which record to keep' }).waitFor();
      await checkPage(manager, 'register-31-merge-compare');
      await manager.getByLabel(/record: Giulia Marchetti/).check();
      await manager.getByLabel('Why are these the same child?').fill('Same child: the name was misspelt when the second record was made.');
      await manager.getByRole('button', { name: 'Merge records' }).click();
      await manager.getByText('Records merged: the chronology now holds both histories').waitFor();
      expect(manager.url()).toContain(`/register/children/${keep}`);
      const chronology = (await manager.getByRole('table', { name: /Chronology/ }).textContent())!;
      expect(chronology).toContain('Record created for Giulia Marchetti');
      expect(chronology).toContain('Record created for Guilia Marchetti');
      expect(chronology).toContain('Added to the register as child missing education');
      expect(chronology).toContain('Merged with the record of Guilia Marchetti');
      expect(await manager.getByRole('link', { name: /Child missing education, reported/ }).count()).toBe(1);
      await checkPage(manager, 'register-32-merged-chronology');

      await manager.getByRole('link', { name: 'Escalations', exact: true }).click();
      const escalated = manager.getByRole('table', { name: 'Register deadlines escalated to managers' });
      await escalated.waitFor();
      // Zara (home educated, not seen for over a year) has been past escalation for months.
      expect(await escalated.getByRole('row').filter({ hasText: 'Zara Hussain' }).textContent()).toMatch(/Overdue by \d+ days.*See the child/);
      await manager.getByRole('heading', { name: /Concerns past their decision deadline/ }).waitFor();
      await checkPage(manager, 'register-33-escalations');
    });
  }, 90_000);

  it('a manager sets a register rule, the sign-off window and a school holiday', async () => {
    await as('manager@demo.test', async (manager) => {
      await manager.getByRole('link', { name: 'Settings', exact: true }).click();
      await manager.getByRole('heading', { name: 'Settings' }).waitFor();
      await checkPage(manager, 'register-34-settings');
      await manager.getByRole('link', { name: 'Register rules' }).click();
      const grace = manager.getByLabel('An overdue item waits with the officer before managers are told');
      await grace.waitFor();
      await grace.fill('99');
      // Checked as typed, before anything is sent.
      await manager.getByText('Enter a whole number from 0 to 10', { exact: false }).first().waitFor();
      await grace.fill('3');
      await manager.getByRole('button', { name: 'Save rules' }).click();
      await manager.getByText('1 rule saved.', { exact: false }).waitFor();
      expect(await grace.inputValue()).toBe('3');
      await checkPage(manager, 'register-35-rules-saved');

      await manager.goto(`${t.url}/settings/sign-off-window`);
      const days = manager.getByLabel('Working days to sign off');
      await days.waitFor();
      await days.fill('2');
      await manager.getByRole('button', { name: 'Save' }).click();
      await manager.getByText('Managers now have 2 working days to sign off a decision.').waitFor();
      await checkPage(manager, 'register-36-sign-off-window');

      await manager.goto(`${t.url}/settings/calendar`);
      await manager.getByRole('heading', { name: /Term dates/ }).waitFor();
      await manager.getByLabel('Name', { exact: true }).fill('Teacher training day 2027');
      const today = londonDateBoxes();
      const next = `${Number(today.year) + 1}-06-28`;
      await dateBoxes(manager, 'startsOn', next);
      await dateBoxes(manager, 'endsOn', next);
      await manager.getByRole('button', { name: 'Add holiday' }).click();
      await manager.getByText('Teacher training day 2027 added to the calendar').waitFor();
      const row = manager.getByRole('row').filter({ hasText: 'Teacher training day 2027' });
      await checkPage(manager, 'register-37-calendar');
      await row.getByRole('button', { name: /Remove/ }).click();
      await manager.getByText('Teacher training day 2027 removed from the calendar').waitFor();
      expect(await row.count()).toBe(0);
    });
  }, 90_000);
});
