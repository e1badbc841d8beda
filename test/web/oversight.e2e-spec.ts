import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { browserJourney, checkPage, describeInBrowser, signIn } from '../support/browser';

const CREATE_CHANNEL = `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`;
const JOIN = `mutation($input: ConversationRefInput!) { joinConversation(input: $input) { id } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`;
const REPORT = `mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id } }`;
const HISTORY = `query($id: ID!) { messages(conversationId: $id, first: 50) { edges { node { id body } } } }`;

/**
 * The LA manager's oversight pages: the audit trail searched by action and pages through with
 * "Next page"; an officer, whom the api does not let read the trail, gets no entry and a refusal.
 */
describeInBrowser('oversight in the portal', () => {
  let t: TestApp;
  const { newPage } = browserJourney((app) => (t = app));
  let manager: Page;

  it('a manager searches the audit trail for concern decisions and pages through it', async () => {
    manager = await newPage();
    await signIn(manager, t, 'manager@demo.test');
    await manager.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await manager.getByRole('heading', { name: /Search the audit trail/ }).waitFor();
    await manager.getByRole('table').waitFor();
    await checkPage(manager, 'oversight-01-audit-trail');

    // Unfiltered, the council's trail runs to more than one page.
    const firstPageTop = await manager.getByRole('row').nth(1).textContent();
    await manager.getByRole('button', { name: 'Next page' }).click();
    await manager.getByRole('table', { name: /page 2/ }).waitFor();
    expect(await manager.getByRole('row').nth(1).textContent()).not.toBe(firstPageTop);
    await checkPage(manager, 'oversight-02-audit-next-page');
    await manager.getByRole('button', { name: 'Previous page' }).click();
    await manager.getByRole('table', { name: /page 1/ }).waitFor();

    // A date that is not real is refused before the api is asked; what was typed stays.
    await manager.getByLabel('Action').fill('concerns.decide');
    await manager.locator('#from-day').fill('31');
    await manager.locator('#from-month').fill('2');
    await manager.locator('#from-year').fill('2026');
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await manager.getByLabel('Action').inputValue()).toBe('concerns.decide');
    await checkPage(manager, 'oversight-03-audit-refused');
    await manager.getByRole('link', { name: /“from” date must be a real date/ }).click();
    expect(await manager.locator('#from-day').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Concern decisions only: every row is one, and they were seeded, so there are some.
    await manager.locator('#from-day').fill('');
    await manager.locator('#from-month').fill('');
    await manager.locator('#from-year').fill('');
    await manager.getByLabel('Outcome').selectOption({ label: 'Succeeded' });
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByRole('heading', { name: 'There is a problem' }).waitFor({ state: 'detached' });
    await manager.getByRole('table').waitFor();
    const rows = manager.getByRole('table').getByRole('row');
    // Waits for the new results: every body row an action of that kind.
    await manager.waitForFunction(
      "[...document.querySelectorAll('tbody tr')].length > 0 && [...document.querySelectorAll('tbody tr')].every((r) => r.textContent.includes('concerns.decide'))",
    );
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await manager.getByRole('cell', { name: 'Succeeded' }).count()).toBe((await rows.count()) - 1);
    await checkPage(manager, 'oversight-04-audit-decisions');

    // Nothing matches: said in words.
    await manager.getByLabel('Action').fill('no.such_action');
    await manager.getByRole('button', { name: 'Search' }).click();
    await manager.getByText('No audit events match your search.').waitFor();
  }, 40_000);

  it('a manager hides a reported message, then shows it to members again', async () => {
    const [head1, head2] = [await t.login('head1@demo.test'), await t.login('head2@demo.test')];
    const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
      const result = await t.gql<T>(query, variables, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    };
    const [{ id: networkId }] = await t.db.query<{ id: string }>(`SELECT id FROM networks WHERE name = 'East Birmingham heads'`);
    const channel = (await ok<{ createChannel: { id: string } }>(
      CREATE_CHANNEL, { input: { networkId, name: `oversight-${randomUUID().slice(0, 6)}`, visibility: 'PUBLIC' } }, head1,
    )).createChannel.id;
    await ok(JOIN, { input: { conversationId: channel } }, head2);
    const text = `Here is the child’s home address ${randomUUID().slice(0, 6)}`;
    const message = (await ok<{ sendMessage: { message: { id: string } } }>(
      SEND, { input: { conversationId: channel, clientId: randomUUID(), body: text } }, head2,
    )).sendMessage.message.id;
    await ok(REPORT, { input: { messageId: message, reason: 'CHILD_PERSONAL_DATA', note: 'This should be a concern' } }, head1);
    const memberSees = async () =>
      (await ok<{ messages: { edges: Array<{ node: { id: string; body: string | null } }> } }>(HISTORY, { id: channel }, head2))
        .messages.edges.find((e) => e.node.id === message)!.node.body;

    await manager.getByRole('link', { name: 'Reported messages', exact: true }).click();
    await manager.getByRole('heading', { level: 1, name: /Reported messages/ }).waitFor();
    const card = manager.getByRole('region').filter({ hasText: text });
    await card.waitFor();
    expect(await card.getByText('Personal data about a child').count()).toBe(1);
    await checkPage(manager, 'oversight-06-reports-open');

    // No reason given: refused on the page, linked to the box.
    await card.getByRole('button', { name: 'Hide the message' }).click();
    await card.getByRole('link', { name: 'Enter why you decided this' }).waitFor();
    await checkPage(manager, 'oversight-07-reports-refused');
    await card.getByLabel('Why you decided this').fill('Moved to a concern; the address must not be shared here.');
    await card.getByRole('button', { name: 'Hide the message' }).click();
    await manager.getByText('The message is hidden from members.').waitFor();
    await card.waitFor({ state: 'detached' });
    expect(await memberSees()).toBeNull();

    await manager.getByRole('button', { name: 'Messages hidden' }).click();
    const hidden = manager.getByRole('region').filter({ hasText: text });
    await hidden.getByText('Moved to a concern').waitFor();
    await checkPage(manager, 'oversight-08-reports-hidden');
    await hidden.getByRole('button', { name: 'Show the message to members again' }).click();
    await manager.getByText('Members can see the message again.').waitFor();
    expect(await memberSees()).toBe(text);
  }, 30_000);

  it('an officer has no audit trail entry, and the page refuses them as the api does', async () => {
    const officer = await newPage();
    await signIn(officer, t, 'officer@demo.test');
    expect(await officer.getByRole('link', { name: 'Audit trail', exact: true }).count()).toBe(0);
    // The refusal comes from the api (officers do not hold ReadAuditTrail), not only from the page.
    const answer = officer.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('AuditSearch'));
    await officer.goto(`${t.url}/oversight/audit`);
    expect(JSON.stringify(await (await answer).json())).toContain('"code":"FORBIDDEN"');
    await officer.getByRole('heading', { name: 'You do not have access to this page' }).waitFor();
    await checkPage(officer, 'oversight-05-officer-refused');
  }, 20_000);
});
