import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, signInToHome } from '../support/browser';

/** The administrator's pages in a real browser: users, inviting someone, and the no-access page for others. */
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
    await checkPage(page, 'admin-06-hmi-assigned');
  });

  it('a headteacher opening /admin gets the no-access page, and no Administration link', async () => {
    const page = await newPage();
    await signInToHome(page, t, 'head1@demo.test', /Harriet Head/);
    expect(await page.getByRole('link', { name: 'Administration', exact: true }).count()).toBe(0);
    await page.goto(`${t.url}/admin`);
    await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    await checkPage(page, 'admin-07-no-access');
  });
});
