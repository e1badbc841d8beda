import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@safeguard/demo';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, signIn } from '../support/browser';

/** The portal in a real browser, served by the real api on real PostgreSQL with the demo seeded. */
describeInBrowser('the web portal in a browser', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));

  // Each person signs in once (their authenticator allows few sign-ins a minute) and keeps their page between journeys.
  const signedIn = new Map<string, Page>();
  async function pageOf(email: string): Promise<Page> {
    const known = signedIn.get(email);
    if (known) return known;
    const page = await newPage();
    await signIn(page, t, email);
    signedIn.set(email, page);
    return page;
  }
  async function openChannel(page: Page, network: string, channel: string): Promise<void> {
    await page.getByRole('link', { name: 'Networks', exact: true }).click();
    await page.getByRole('link', { name: network }).click();
    await page.getByRole('table', { name: 'Channels' }).getByRole('link', { name: channel }).click();
    await page.getByText('Connected: new messages appear as they are sent.').waitFor();
  }

  it('serves the portal at / with a strict content security policy, and leaves the api routes alone', async () => {
    const page = await fetch(`${t.url}/messages/anything`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    const health = await fetch(`${t.url}/health/live`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toContain('application/json');
    const attachment = await fetch(`${t.url}/concern-attachments/00000000-0000-4000-8000-000000000000`, { headers: { accept: 'text/html' } });
    expect(attachment.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('refuses a wrong password with the error summary, keeping the e-mail typed', async () => {
    const page = await newPage();
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Safeguard Hub' }).waitFor();
    await checkPage(page, '01-sign-in');
    await page.getByLabel('Email address').fill('head1@demo.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'Enter a correct email address and password' }).count()).toBe(1);
    expect(await page.getByLabel('Email address').inputValue()).toBe('head1@demo.test');
    await checkPage(page, '02-sign-in-refused');
  });

  it('two headteachers message each other live, and the read receipt comes back to the sender', async () => {
    const [head1, head2] = await Promise.all([pageOf('head1@demo.test'), pageOf('head2@demo.test')]);
    await checkPage(head1, '03-home-headteacher');

    // Both open their direct conversation from the messages list.
    for (const page of [head1, head2]) {
      await page.getByRole('link', { name: 'Messages', exact: true }).click();
      await page.getByRole('table', { name: 'Direct messages' }).waitFor();
    }
    await checkPage(head2, '04-messages-list');
    await head1.getByRole('table', { name: 'Direct messages' }).getByRole('link').first().click();
    await head2.getByRole('table', { name: 'Direct messages' }).getByRole('link').first().click();
    for (const page of [head1, head2]) await page.getByText('Connected: new messages appear as they are sent.').waitFor();
    await checkPage(head2, '05-direct-conversation');

    const text = `Shall we share the training slides? ${Date.now()}`;
    await head1.getByRole('textbox', { name: 'Message' }).fill(text);
    await head1.getByRole('button', { name: 'Send message' }).click();

    // head2 sees it without reloading, and reading it sends the receipt back.
    await head2.getByText(text).waitFor({ timeout: 10_000 });
    const sent = head1.getByRole('listitem').filter({ hasText: text });
    await sent.getByText(/^Read by /).waitFor({ timeout: 10_000 });
    expect(await sent.locator('.app-receipt').textContent()).toMatch(/^Read by .+/);
    await checkPage(head1, '06-read-receipt');
  });

  it('a headteacher cannot reach another school’s page or a private channel by its address', async () => {
    const schools = await t.gql<{ me: { memberships: Array<{ school: { id: string } | null }> } }>(
      '{ me { memberships { school { id } } } }',
      {},
      await t.login('head2@demo.test', DEMO_PASSWORD),
    );
    const otherSchool = schools.data!.me.memberships.find((m) => m.school)!.school!.id;
    const officer = await t.login('officer@demo.test');
    const channels = await t.gql<{ conversations: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ conversations(first: 20) { edges { node { id name } } } }',
      {},
      officer,
    );
    const supervision = channels.data!.conversations.edges.find((e) => e.node.name === 'supervision')!.node.id;

    const page = await pageOf('head1@demo.test');
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('link', { name: /Alder Road Primary School/ }).click();
    await page.getByRole('heading', { name: /Prevent duty/ }).waitFor();
    await checkPage(page, '07-own-school');

    await page.goto(`${t.url}/schools/${otherSchool}`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await page.getByText('Saltley Park Academy').count()).toBe(0);
    await checkPage(page, '08-no-access-school');

    await page.goto(`${t.url}/messages/${supervision}`);
    await page.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await page.getByText('Supervision slots').count()).toBe(0);
  });

  it('a reply in a thread and a reaction to it reach the other headteacher live', async () => {
    const [head1, head2] = await Promise.all([pageOf('head1@demo.test'), pageOf('head2@demo.test')]);
    await Promise.all([openChannel(head1, 'East Birmingham heads', '#general'), openChannel(head2, 'East Birmingham heads', '#general')]);
    await checkPage(head1, '09-channel');
    for (const page of [head1, head2]) {
      const question = page.getByRole('list', { name: 'Messages' }).locator('li.app-message').filter({ hasText: 'Has anyone had parents asking' });
      await question.getByRole('link', { name: 'View thread: 2 replies' }).click();
      await page.getByRole('region', { name: 'Thread' }).getByText('Happy to share the slides.').waitFor();
    }
    await checkPage(head2, '10-thread');

    const text = `We used the parents' leaflet too (${Date.now()}).`;
    const thread1 = head1.getByRole('region', { name: 'Thread' });
    await thread1.getByRole('textbox', { name: 'Reply in this thread' }).fill(text);
    await thread1.getByRole('button', { name: 'Send reply' }).click();

    // head2 sees the reply without reloading, and reacts to it.
    const reply2 = head2.getByRole('region', { name: 'Thread' }).locator('li.app-message').filter({ hasText: text });
    await reply2.waitFor({ timeout: 10_000 });
    await reply2.locator('summary', { hasText: 'React' }).click();
    await reply2.getByRole('button', { name: 'Agree', exact: true }).click();
    await reply2.getByRole('button', { name: 'Agree 1' }).waitFor();
    expect(await reply2.getByRole('button', { name: 'Agree 1' }).getAttribute('aria-pressed')).toBe('true');

    // head1 sees the reaction live, in words, with who reacted; the thread's count went up too.
    const reply1 = thread1.locator('li.app-message').filter({ hasText: text });
    const agree = reply1.getByRole('button', { name: 'Agree 1' });
    await agree.waitFor({ timeout: 10_000 });
    expect(await agree.getAttribute('aria-pressed')).toBe('false');
    expect(await reply1.getByRole('list', { name: 'Reactions' }).textContent()).toContain('by Hamid Head (Saltley Park)');
    await head1.getByRole('list', { name: 'Messages' }).getByRole('link', { name: 'View thread: 3 replies' }).waitFor();
    await checkPage(head1, '11-thread-reaction');
  });

  it('a headteacher searches all their conversations and follows a result to the message in its conversation', async () => {
    const head2 = await pageOf('head2@demo.test');
    await head2.getByRole('link', { name: 'Messages', exact: true }).click();
    await head2.getByLabel('Search your messages').fill('"draft agenda"');
    await head2.getByRole('button', { name: 'Search' }).click();
    await head2.getByRole('heading', { name: 'Messages matching “"draft agenda"”' }).waitFor();
    await checkPage(head2, '12-message-search');
    const results = head2.getByRole('list', { name: 'Search results' });
    expect(await results.locator('li.app-message').count()).toBe(1);
    await results.getByRole('link', { name: /^Harriet Head \(Alder Road\) in Harriet Head \(Alder Road\)/ }).click();
    await head2.locator('li.app-message--highlighted').filter({ hasText: 'I will bring the draft agenda.' }).waitFor();
    await checkPage(head2, '13-search-result-in-conversation');
  });

  it('a DSL attaches a file to a message and downloads it; a file of the wrong kind is refused in words', async () => {
    const dsl = await pageOf('dsl1@demo.test');
    await openChannel(dsl, 'Birmingham DSL forum', '#questions');
    const files = dsl.getByLabel('Attach files (optional)');

    await files.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain words') });
    await dsl.getByRole('link', { name: 'notes.txt must be a PDF or an image (PNG, JPEG, GIF or WebP)' }).waitFor();
    // A program dressed as a picture passes the browser's check; the api looks inside and refuses it.
    await files.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('MZ\x90\x00 this is a program') });
    await dsl.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await dsl.getByRole('link', { name: /^fake\.png: / }).waitFor();
    await checkPage(dsl, '14-attachment-refused');

    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
    await files.setInputFiles({ name: 'supervision-poster.png', mimeType: 'image/png', buffer: png });
    await dsl.getByText('supervision-poster.png (PNG image, 80 bytes), ready to send').waitFor();
    const text = `The poster for the staff room ${Date.now()}`;
    await dsl.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
    await dsl.getByRole('button', { name: 'Send message' }).click();

    const sent = dsl.getByRole('list', { name: 'Messages' }).locator('li.app-message').filter({ hasText: text });
    await sent.getByText('(PNG image, 80 bytes)').waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([dsl.waitForEvent('download'), sent.getByRole('link', { name: 'supervision-poster.png' }).click()]);
    expect(download.suggestedFilename()).toBe('supervision-poster.png');
    const path = await download.path();
    expect(readFileSync(path).equals(png)).toBe(true);
    await checkPage(dsl, '15-attachment-sent');
  });

  it('a moderator lets in a headteacher who asked to join', async () => {
    const officer = await pageOf('officer@demo.test');
    await officer.getByRole('link', { name: 'Networks', exact: true }).click();
    await checkPage(officer, '16-networks');
    await officer.getByRole('link', { name: 'Birmingham DSL forum' }).click();
    await officer.getByRole('link', { name: 'Moderate this network' }).click();
    await officer.getByRole('heading', { level: 1, name: /Moderate the network/ }).waitFor();
    await checkPage(officer, '17-network-moderation');
    await officer.getByRole('button', { name: 'Let in Hamid Head (Saltley Park)' }).click();
    await officer.getByText('Hamid Head (Saltley Park) is now a member.').waitFor();
    await officer.getByText('There are no requests waiting.').waitFor();
    const row = officer.locator('#members tr').filter({ hasText: 'Hamid Head (Saltley Park)' });
    expect(await row.textContent()).toContain('Member');
    await checkPage(officer, '18-request-decided');
  });

  it('a member who does not moderate a network gets the no-access page for its moderation', async () => {
    // head2 belongs to East Birmingham heads but does not moderate it.
    const head2 = await pageOf('head2@demo.test');
    await head2.getByRole('link', { name: 'Networks', exact: true }).click();
    await head2.getByRole('link', { name: 'East Birmingham heads' }).click();
    await head2.getByRole('heading', { level: 1, name: /East Birmingham heads/ }).waitFor();
    expect(await head2.getByRole('link', { name: 'Moderate this network' }).count()).toBe(0);
    await head2.goto(`${head2.url()}/moderation`);
    await head2.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    expect(await head2.getByRole('button', { name: /Let in/ }).count()).toBe(0);
    await checkPage(head2, '19-no-access-moderation');
  });
});
