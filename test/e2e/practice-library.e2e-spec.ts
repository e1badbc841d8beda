import { zipOf } from '../support/office-zip';
import { startTestApp, TestApp } from '../support/test-app';

const ENTRY_FIELDS = 'id title anonymous endorsementCount featuredAt author { id displayName } authorSchool { id name } bodyHtml';
const PUBLISH = `mutation($input: PublishPracticeEntryInput!) { publishPracticeEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const SEARCH = `query($search: String, $filter: PracticeFilter, $sort: PracticeSort, $first: Int, $after: String) {
  practiceEntries(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { node { rank entry { ${ENTRY_FIELDS} } } } pageInfo { hasNextPage endCursor } } }`;
const READ = `query($id: ID!) { practiceEntry(id: $id) { ${ENTRY_FIELDS} comments { kind body byEntryAuthor author { id displayName } } attachments { fileName mediaType downloadPath } } }`;

interface Entry {
  id: string;
  title: string;
  anonymous: boolean;
  endorsementCount: number;
  featuredAt: string | null;
  author: { id: string; displayName: string } | null;
  authorSchool: { id: string; name: string } | null;
  bodyHtml: string;
}
type SearchResult = { practiceEntries: { edges: Array<{ node: { rank: number | null; entry: Entry } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const word = () => `zq${Math.random().toString(36).slice(2, 9)}`;
const entry = (extra: Record<string, unknown> = {}) => ({
  title: 'Working with parents on British values',
  summary: 'How we explained British values lessons to parents before they began.',
  body: 'We ran **workshops** for parents. <script>alert(1)</script>',
  tags: ['british-values', 'Parental engagement'],
  phases: ['PRIMARY'],
  schoolTypes: ['MAINTAINED'],
  visibility: 'LOCAL_AUTHORITY',
  ...extra,
});

describe('the Prevent practice library', () => {
  let t: TestApp;
  let tokens: Record<'head1' | 'head2' | 'dsl1' | 'dsl2' | 'officer' | 'hmi' | 'admin' | 'bradford' | 'head3', string>;

  beforeAll(async () => {
    t = await startTestApp();
    tokens = Object.fromEntries(
      await Promise.all(
        (['head1', 'head2', 'dsl1', 'dsl2', 'officer', 'hmi', 'admin', 'head3'] as const).map(async (k) => [k, await t.login(`${k}@demo.test`)]),
      ),
    ) as typeof tokens;
    tokens.bradford = await t.login('officer.bradford@demo.test');
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const publish = async (token: string, extra: Record<string, unknown> = {}) => (await ok<{ publishPracticeEntry: Entry }>(PUBLISH, { input: entry(extra) }, token)).publishPracticeEntry;
  const search = (token: string, variables: Record<string, unknown>) => ok<SearchResult>(SEARCH, variables, token);

  it('publishes, renders the body safely, and ranks a title match above a body match', async () => {
    const term = word();
    const inBody = await publish(tokens.head1, { title: 'Assemblies on democracy', body: `Our assemblies mention ${term} once, near the end.` });
    const inTitle = await publish(tokens.head2, { title: `The ${term} project`, visibility: 'EVERYONE', phases: ['SECONDARY'], schoolTypes: ['ACADEMY'] });
    expect(inTitle.bodyHtml).toContain('&lt;script&gt;');
    expect(inTitle.bodyHtml).not.toContain('<script>');
    const found = await search(tokens.officer, { search: term });
    expect(found.practiceEntries.edges.map((e) => e.node.entry.id)).toEqual([inTitle.id, inBody.id]);
    expect(found.practiceEntries.edges[0].node.rank).toBeGreaterThan(found.practiceEntries.edges[1].node.rank!);
    // Page by page, by relevance, the same order.
    const first = await search(tokens.officer, { search: term, first: 1 });
    const second = await search(tokens.officer, { search: term, first: 1, after: first.practiceEntries.pageInfo.endCursor });
    expect([first, second].map((p) => p.practiceEntries.edges[0].node.entry.id)).toEqual([inTitle.id, inBody.id]);
    expect(second.practiceEntries.pageInfo.hasNextPage).toBe(false);
    // Filters: phase, school type, tags.
    const secondary = await search(tokens.officer, { search: term, filter: { phase: 'SECONDARY' } });
    expect(secondary.practiceEntries.edges.map((e) => e.node.entry.id)).toEqual([inTitle.id]);
    const maintained = await search(tokens.officer, { search: term, filter: { schoolType: 'MAINTAINED', tags: ['parental-engagement'] } });
    expect(maintained.practiceEntries.edges.map((e) => e.node.entry.id)).toEqual([inBody.id]);
    // Another authority sees only what is shared with everyone.
    const bradford = await search(tokens.bradford, { search: term });
    expect(bradford.practiceEntries.edges.map((e) => e.node.entry.id)).toEqual([inTitle.id]);
    expect((await t.gql(READ, { id: inBody.id }, tokens.head3)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(SEARCH, { search: term }, tokens.admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('endorses once, sorts by endorsements, and tells the author', async () => {
    const a = await publish(tokens.head1, { title: `Endorse ${word()}` });
    const b = await publish(tokens.head1, { title: `Endorse ${word()}` });
    const endorse = (token: string, id: string) =>
      t.gql<{ endorsePracticeEntry: Entry }>('mutation($input: EndorsePracticeEntryInput!) { endorsePracticeEntry(input: $input) { id endorsementCount } }', { input: { entryId: id, note: 'Used it' } }, token);
    expect((await endorse(tokens.head2, b.id)).data?.endorsePracticeEntry.endorsementCount).toBe(1);
    expect((await endorse(tokens.dsl1, b.id)).data?.endorsePracticeEntry.endorsementCount).toBe(2);
    expect((await endorse(tokens.head2, b.id)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await endorse(tokens.head1, a.id)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const sorted = await search(tokens.officer, { sort: 'MOST_ENDORSED', filter: { tags: ['british-values'] }, first: 100 });
    const ids = sorted.practiceEntries.edges.map((e) => e.node.entry.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.recipient_id WHERE u.email = 'head1@demo.test' AND n.kind = 'practice.endorsed' AND n.link = $1",
      [`/practice/${b.id}`],
    );
    expect(n).toBe(2);
  });

  it('never reveals an anonymous author to another school, in any response or notification', async () => {
    const secret = await publish(tokens.head2, { title: `Anonymous ${word()}`, anonymous: true, visibility: 'EVERYONE' });
    const question = await ok<{ commentOnPracticeEntry: { id: string } }>(
      'mutation($input: CommentOnPracticeEntryInput!) { commentOnPracticeEntry(input: $input) { id } }',
      { input: { entryId: secret.id, kind: 'QUESTION', body: 'How did you involve parents?' } },
      tokens.head1,
    );
    await ok('mutation($input: CommentOnPracticeEntryInput!) { commentOnPracticeEntry(input: $input) { id } }', {
      input: { entryId: secret.id, kind: 'ANSWER', parentId: question.commentOnPracticeEntry.id, body: 'Through the PTA, with the imam and the vicar.' },
    }, tokens.head2);
    await ok('mutation($input: EndorsePracticeEntryInput!) { endorsePracticeEntry(input: $input) { id } }', { input: { entryId: secret.id } }, tokens.head1);

    const [author] = await t.db.query<{ id: string; display_name: string; email: string }>("SELECT id, display_name, email FROM users WHERE email = 'head2@demo.test'");
    const [school] = await t.db.query<{ id: string; name: string; urn: number }>('SELECT id, name, urn FROM schools WHERE urn = 990002');
    const bodies = [
      JSON.stringify(await t.gql(READ, { id: secret.id }, tokens.head1)),
      JSON.stringify(await t.gql(SEARCH, { search: secret.title.split(' ')[1] }, tokens.head1)),
      // Every anonymous entry in the whole list (head2 also signs other entries, which may name them).
      JSON.stringify((await search(tokens.head1, { first: 100 })).practiceEntries.edges.filter((e) => e.node.entry.anonymous)),
      JSON.stringify(await t.gql('{ notifications(first: 100) { edges { node { kind title link } } } }', {}, tokens.head1)),
      JSON.stringify(await t.gql(READ, { id: secret.id }, tokens.bradford)),
    ];
    for (const body of bodies) {
      for (const secretValue of [author.id, author.display_name, author.email, school.id, school.name, String(school.urn), 'Saltley']) {
        expect(body).not.toContain(secretValue);
      }
    }
    const seenBySchool = (await ok<{ practiceEntry: Entry & { comments: Array<{ kind: string; byEntryAuthor: boolean; author: unknown }> } }>(READ, { id: secret.id }, tokens.head1)).practiceEntry;
    expect(seenBySchool.author).toBeNull();
    expect(seenBySchool.comments.find((c) => c.kind === 'ANSWER')).toMatchObject({ byEntryAuthor: true, author: null });
    // The council knows who wrote it.
    const seenByCouncil = (await ok<{ practiceEntry: Entry }>(READ, { id: secret.id }, tokens.officer)).practiceEntry;
    expect(seenByCouncil.author?.id).toBe(author.id);
    expect(seenByCouncil.authorSchool?.id).toBe(school.id);
    // The author was told of the question, and head1 of the answer.
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND kind = 'practice.question' AND link = $2", [author.id, `/practice/${secret.id}`],
    );
    expect(n).toBe(1);
  });

  it('shares a network entry with the network’s members only', async () => {
    const [{ id: network }] = await t.db.query<{ id: string }>("SELECT id FROM networks WHERE name = 'Birmingham DSL forum'");
    const shared = await publish(tokens.dsl1, { title: `Network ${word()}`, visibility: 'NETWORK', networkId: network });
    expect((await t.gql(READ, { id: shared.id }, tokens.dsl2)).errors).toBeUndefined();
    expect((await t.gql(READ, { id: shared.id }, tokens.head2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(READ, { id: shared.id }, tokens.hmi)).errors).toBeUndefined();
    const notMine = await t.gql(PUBLISH, { input: entry({ visibility: 'NETWORK', networkId: network }) }, tokens.head1);
    expect(notMine.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'networkId' });
  });

  it('lets the council feature entries and publish guidance, and no one else', async () => {
    const e = await publish(tokens.head1, { title: `Feature ${word()}` });
    const feature = (token: string) => t.gql<{ featurePracticeEntry: Entry }>('mutation($id: ID!) { featurePracticeEntry(id: $id, featured: true) { featuredAt } }', { id: e.id }, token);
    expect((await feature(tokens.head1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await feature(tokens.bradford)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await feature(tokens.officer)).data?.featurePracticeEntry.featuredAt).toBeTruthy();
    const guidance = await t.gql(PUBLISH, { input: entry({ kind: 'GUIDANCE' }) }, tokens.head1);
    expect(guidance.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const councilGuidance = await publish(tokens.officer, { kind: 'GUIDANCE', title: `Guidance ${word()}` });
    expect(councilGuidance.authorSchool).toBeNull();
  });

  it('accepts Office documents and PDFs by content, refuses macros and disguises, and serves files only to readers', async () => {
    const e = await publish(tokens.head1, { title: `Files ${word()}` });
    const upload = (body: Buffer, name: string, token = tokens.head1) =>
      fetch(`${t.url}/practice-entries/${e.id}/attachments?fileName=${encodeURIComponent(name)}`, {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body,
      });
    const docx = zipOf(['[Content_Types].xml', 'word/document.xml']);
    expect((await upload(docx, 'policy.docx')).status).toBe(201);
    expect((await upload(zipOf(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']), 'policy.docx')).status).toBe(400);
    expect((await upload(docx, 'policy.pdf')).status).toBe(400);
    expect((await upload(Buffer.from('MZ not an office file'), 'plan.docx')).status).toBe(400);
    expect((await upload(docx, 'policy.docx', tokens.head2)).status).toBe(403);
    const listed = (await ok<{ practiceEntry: { attachments: Array<{ downloadPath: string; mediaType: string }> } }>(READ, { id: e.id }, tokens.dsl1)).practiceEntry.attachments;
    expect(listed).toHaveLength(1);
    expect(listed[0].mediaType).toContain('wordprocessingml');
    const get = (token: string) => fetch(`${t.url}${listed[0].downloadPath}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await (await get(tokens.dsl1)).arrayBuffer()).equals(docx)).toBe(true);
    expect((await get(tokens.head3)).status).toBe(404);
  });
});
