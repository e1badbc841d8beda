import { join } from 'node:path';
import type { TestApp } from '../support/test-app';
import { DEMO_PASSWORD } from '@safeguard/demo';
import { browserJourney, checkPage, describeInBrowser, signInToHome } from '../support/browser';

const GIAS_SAMPLE = join(__dirname, '../fixtures/edubasealldata-sample.csv');

/** The administrator's pages in a real browser: users, invitations, organisations, GIAS imports, and the no-access page for others. */
describeInBrowser('administration in the web portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  it('the administrator lists users, is refused an invalid address keeping what was typed, then invites a DSL', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'admin@demo.test', /Ada Admin/);
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Users/ }).waitFor();
    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('rowheader', { name: 'Dev DSL (Alder Road)' }).waitFor();
    const dsl = users.getByRole('row', { name: /Dev DSL \(Alder Road\)/ });
    expect(await dsl.textContent()).toMatch(/Designated safeguarding lead, Alder Road Primary School/);
    await checkPage(page, 'admin-01-users');

    await page.getByRole('link', { name: 'Invite a user' }).click();
    await page.getByRole('heading', { level: 1, name: /Invite a user/ }).waitFor();
    await checkPage(page, 'admin-02-invite');

    // Nothing filled in: the form's own checks, in the error summary.
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'Enter their email address' }).count()).toBe(1);

    // The api refuses an address that is not one; the summary links to the field and what was typed stays.
    await page.getByLabel('Email address').fill('not-an-address');
    await page.getByLabel('Full name').fill('Nadia New');
    await page.getByLabel('Designated safeguarding lead').check();
    await page.getByLabel('School', { exact: true }).selectOption({ label: 'Alder Road Primary School (URN 990001)' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const refusal = page.getByRole('link', { name: /e-mail address/ });
    await refusal.waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.getByLabel('Full name').inputValue()).toBe('Nadia New');
    expect(await page.getByLabel('Designated safeguarding lead').isChecked()).toBe(true);
    await checkPage(page, 'admin-03-invite-refused');
    await refusal.click();
    expect(await page.locator('#email').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    await page.getByLabel('Email address').fill('nadia.new@demo.test');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to nadia.new@demo.test').waitFor();
    const invited = page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /Nadia New/ });
    await invited.waitFor();
    expect(await invited.textContent()).toMatch(/nadia\.new@demo\.test.*Invited/);
    await checkPage(page, 'admin-04-invited');
  });

  it('the administrator sees and adds HMI assignments', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'admin@demo.test', /Ada Admin/);
    await page.goto(`${t.url}/admin/hmi-assignments`);
    await page.getByRole('heading', { level: 1, name: /HMI assignments/ }).waitFor();
    await checkPage(page, 'admin-05-hmi-assignments');
    const before = await page.getByRole('table', { name: 'Assignments' }).getByRole('row').count();

    await page.getByLabel('Inspector').selectOption({ index: 1 });
    await page.getByLabel('Local authority').selectOption({ index: 1 });
    const first = page.getByRole('group', { name: 'First day' });
    await first.getByLabel('Day').fill('1');
    await first.getByLabel('Month').fill('9');
    await first.getByLabel('Year').fill('2030');
    const last = page.getByRole('group', { name: 'Last day' });
    await last.getByLabel('Day').fill('31');
    await last.getByLabel('Month').fill('8');
    await last.getByLabel('Year').fill('2031');
    await page.getByLabel('Poor safeguarding practice found').check();
    await page.getByRole('button', { name: 'Assign inspector' }).click();
    await page.getByText(/ assigned to /).waitFor();
    await page.getByRole('cell', { name: '2030-09-01' }).waitFor();
    expect(await page.getByRole('table', { name: 'Assignments' }).getByRole('row').count()).toBe(before + 1);
    // The new one starts later: it cannot be ended yet, only one in force can.
    expect(await page.getByRole('row', { name: /2030-09-01/ }).textContent()).toMatch(/Starts later/);
    await checkPage(page, 'admin-06-hmi-assigned');

    const current = page.getByRole('table', { name: 'Assignments' }).getByRole('row').filter({ has: page.getByRole('button', { name: /^End/ }) }).first();
    await current.getByRole('button', { name: /^End/ }).click();
    await page.getByRole('button', { name: /Yes, end it/ }).click();
    await page.getByText('Assignment ended: the inspector’s access to that authority stopped').waitFor();
    expect(await page.getByRole('table', { name: 'Assignments' }).getByText('Ended').count()).toBeGreaterThanOrEqual(1);
  });

  it('a headteacher opening /admin gets the no-access page, and no Administration link', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'head1@demo.test', /Harriet Head/);
    expect(await page.getByRole('link', { name: 'Administration', exact: true }).count()).toBe(0);
    await page.goto(`${t.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    await checkPage(page, 'admin-07-no-access');
  });

  it('the administrator sees the pending invitation and withdraws it', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'admin@demo.test', /Ada Admin/);
    await page.goto(`${t.url}/admin`);
    await page.getByRole('link', { name: 'Invitations not yet accepted' }).click();
    await page.getByRole('heading', { level: 1, name: /Invitations not yet accepted/ }).waitFor();
    const row = page.getByRole('table', { name: 'Invitations not yet accepted' }).getByRole('row', { name: /Nadia New/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/nadia\.new@demo\.test.*Designated safeguarding lead, Alder Road Primary School.*Waiting/);
    await checkPage(page, 'admin-08-invitations');

    await row.getByRole('button', { name: /^Withdraw/ }).click();
    await row.getByRole('button', { name: /Yes, withdraw/ }).click();
    await page.getByText('Invitation to nadia.new@demo.test withdrawn').waitFor();
    // The banner comes with the answer; the list is fetched again just after it.
    await page.getByRole('row', { name: /Nadia New/ }).waitFor({ state: 'detached' });
    await checkPage(page, 'admin-09-invitation-withdrawn');
  });

  it('the administrator ends a membership after confirming, and the user’s page shows it ended', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'admin@demo.test', /Ada Admin/);
    await page.goto(`${t.url}/admin?search=officer.bradford`);
    await page.getByRole('link', { name: 'Bilal Officer (Bradford)' }).click();
    await page.getByRole('heading', { level: 1, name: /Bilal Officer \(Bradford\)/ }).waitFor();
    const membership = page.getByRole('table', { name: 'Memberships' }).getByRole('row', { name: /Local authority officer/ });
    expect(await membership.textContent()).toMatch(/Bradford.*Current/);
    await checkPage(page, 'admin-10-user');

    await membership.getByRole('link', { name: /End membership: Local authority officer, Bradford/ }).click();
    await page.getByRole('heading', { level: 1, name: /Are you sure you want to end this membership/ }).waitFor();
    await checkPage(page, 'admin-11-end-membership');
    await page.getByRole('button', { name: 'End membership' }).click();
    await page.getByText('Bilal Officer (Bradford) is no longer Local authority officer, Bradford').waitFor();
    const ended = page.getByRole('table', { name: 'Memberships' }).getByRole('row', { name: /Local authority officer/ });
    expect(await ended.textContent()).toMatch(/until .*Ended/);
    expect(await ended.getByRole('link').count()).toBe(0);
    await checkPage(page, 'admin-12-membership-ended');
  });

  it('the administrator uploads a GIAS file, watches the run finish with its counts and refused rows, then finds a school', async () => {
    await t.startWorker();
    const page = await newPage();
    await signInToHome(page, t, 'admin@demo.test', /Ada Admin/);
    await page.goto(`${t.url}/admin`);
    await page.getByRole('link', { name: 'GIAS imports' }).click();
    await page.getByRole('heading', { level: 1, name: /GIAS imports/ }).waitFor();
    await checkPage(page, 'admin-13-gias-imports');

    // Nothing chosen: the form's own check, in the error summary.
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByRole('link', { name: 'Choose the GIAS establishment file' }).waitFor();

    await page.getByLabel('GIAS establishment file').setInputFiles(GIAS_SAMPLE);
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByRole('heading', { level: 1, name: /edubasealldata-sample\.csv/ }).waitFor();
    // The page asks again while the worker runs; the run ends on its own.
    await page.getByRole('status').getByText('Finished').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('status').textContent()).toMatch(/13 rows read: 9 new, 0 updated, 0 unchanged, 1 closed, 1 skipped, 2 refused/);
    const refused = page.getByRole('table', { name: 'Refused rows' });
    expect(await refused.getByRole('row').count()).toBe(3);
    expect(await refused.textContent()).toMatch(/URN "abc" is not a number/);
    await checkPage(page, 'admin-14-gias-import-finished');

    await page.getByRole('link', { name: 'Back to GIAS imports' }).click();
    const run = page.getByRole('table', { name: 'GIAS import runs' }).getByRole('row', { name: /edubasealldata-sample\.csv/ });
    expect(await run.textContent()).toMatch(/Ada Admin.*Finished.*9 new/);

    await page.getByRole('link', { name: 'Back to organisations' }).click();
    await page.getByRole('heading', { level: 1, name: /Organisations/ }).waitFor();
    await page.getByLabel('Name or URN').fill('103250');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Anderton Park Primary School' }).waitFor();
    await checkPage(page, 'admin-15-organisations');
    await page.getByLabel('Name or URN').fill('');
    await page.getByLabel('Type of school').selectOption({ label: 'Academy' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Park View School' }).waitFor();
    expect(await page.getByRole('link', { name: 'Anderton Park Primary School' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Park View School' }).click();
    await page.getByRole('heading', { level: 1, name: /Park View School/ }).waitFor();
    const facts = await page.locator('.govuk-summary-list').textContent();
    expect(facts).toMatch(/URN137555.*Birmingham \(330\).*Academy converter.*Secondary.*Open.*B8 1AE/);
    await checkPage(page, 'admin-16-school');
  });

  it('a Birmingham LA manager manages their authority’s accounts but not the platform’s pages', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'manager@demo.test', /Maya Manager/);
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('link', { name: 'Olu Officer (Birmingham)' }).waitFor();
    expect(await users.getByRole('link', { name: 'Bilal Officer (Bradford)' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'GIAS imports' }).count()).toBe(0);
    await checkPage(page, 'admin-17-manager-users');
    await page.goto(`${t.url}/admin/gias-imports`);
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
  });

  it('an LA officer opening /admin gets the no-access page', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'officer@demo.test', /Olu Officer/);
    expect(await page.getByRole('link', { name: 'Administration', exact: true }).count()).toBe(0);
    await page.goto(`${t.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    await checkPage(page, 'admin-18-officer-no-access');
  });

  it('a manager resets a lost authenticator, giving the reason; the person must set up a new one at their next sign-in', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'manager@demo.test', /Maya Manager/);
    await page.goto(`${t.url}/admin?search=head2`);
    await page.getByRole('link', { name: 'Hamid Head (Saltley Park)' }).click();
    await page.getByRole('link', { name: /Reset their authenticator app/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset their authenticator app' }).waitFor();
    await page.getByLabel('Why, and how you confirmed who asked').fill('Lost it');
    await page.getByRole('button', { name: 'Reset authenticator' }).click();
    await page.getByRole('link', { name: /at least 10 characters/ }).waitFor();
    expect(await page.getByLabel('Why, and how you confirmed who asked').inputValue()).toBe('Lost it');
    await checkPage(page, 'admin-19-reset-authenticator');
    await page.getByLabel('Why, and how you confirmed who asked').fill('Lost phone and codes; confirmed by calling the school office.');
    await page.getByRole('button', { name: 'Reset authenticator' }).click();
    await page.getByText('Hamid Head (Saltley Park)’s authenticator was reset.').waitFor();

    // Their next sign-in: the password still works, and the authenticator is set up anew.
    const head = await newPage();
    await head.goto(`${t.url}/sign-in`);
    await head.getByLabel('Email address').fill('head2@demo.test');
    await head.getByLabel('Password').fill(DEMO_PASSWORD);
    await head.getByRole('button', { name: 'Sign in' }).click();
    await head.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
  });
});
