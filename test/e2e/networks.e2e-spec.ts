import { addDays, londonToday } from '@safeguard/calendar';
import { DataSource } from 'typeorm';
import { NetworkMembership } from '@safeguard/networks';
import { startTestApp, TestApp } from '../support/test-app';

const MEMBER_FIELDS = 'networkId userId displayName role status canTakePart invitedById decidedById';
const NETWORK_FIELDS = `id name description localAuthorityId retentionMonths memberCount canModerate
  members { ${MEMBER_FIELDS} } pendingMembers { userId status } myMembership { role status }`;
const READ = `query($id: ID!) { network(id: $id) { ${NETWORK_FIELDS} } }`;
const LIST = `query($filter: NetworksFilter, $after: String) {
  networks(first: 2, filter: $filter, after: $after) { edges { node { id name memberCount } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK_FIELDS} } }`;
const INVITE = `mutation($input: NetworkPersonInput!) { inviteToNetwork(input: $input) { ${MEMBER_FIELDS} } }`;
const RESPOND = `mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { ${MEMBER_FIELDS} } }`;
const REQUEST = `mutation($input: NetworkRefInput!) { requestToJoinNetwork(input: $input) { ${MEMBER_FIELDS} } }`;
const DECIDE = `mutation($input: DecideNetworkRequestInput!) { decideNetworkRequest(input: $input) { ${MEMBER_FIELDS} } }`;
const LEAVE = `mutation($input: NetworkRefInput!) { leaveNetwork(input: $input) { ${MEMBER_FIELDS} } }`;
const REMOVE = `mutation($input: NetworkPersonInput!) { removeNetworkMember(input: $input) { ${MEMBER_FIELDS} } }`;
const SET_MODERATOR = `mutation($input: SetNetworkModeratorInput!) { setNetworkModerator(input: $input) { ${MEMBER_FIELDS} } }`;
const INVITATIONS = '{ myNetworkInvitations { network { id name } invitedById invitedByName invitedAt } }';

interface Member {
  networkId: string;
  userId: string;
  displayName: string;
  role: string;
  status: string;
  canTakePart: boolean;
  invitedById: string | null;
  decidedById: string | null;
}

interface Network {
  id: string;
  name: string;
  description: string | null;
  localAuthorityId: string;
  retentionMonths: number;
  memberCount: number;
  canModerate: boolean;
  members: Member[] | null;
  pendingMembers: Array<{ userId: string; status: string }> | null;
  myMembership: { role: string; status: string } | null;
}

type Who = 'head1' | 'head2' | 'head3' | 'dsl1' | 'dsl2' | 'clerk2' | 'officer' | 'manager' | 'bradford' | 'hmi' | 'admin';
const EMAILS: Record<Who, string> = {
  head1: 'head1@demo.test',
  head2: 'head2@demo.test',
  head3: 'head3@demo.test',
  dsl1: 'dsl1@demo.test',
  dsl2: 'dsl2@demo.test',
  clerk2: 'clerk2@demo.test',
  officer: 'officer@demo.test',
  manager: 'manager@demo.test',
  bradford: 'officer.bradford@demo.test',
  hmi: 'hmi@demo.test',
  admin: 'admin@demo.test',
};

const uniqueName = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

describe('peer networks', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;
  const users = {} as Record<Who, string>;
  let birmingham: string;
  let bradford: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const [who, email] of Object.entries(EMAILS) as Array<[Who, string]>) {
      tokens[who] = await t.login(email);
      users[who] = (await t.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]))[0].id;
    }
    const la = async (code: string) => (await t.db.query<{ id: string }>('SELECT id FROM local_authorities WHERE code = $1', [code]))[0].id;
    birmingham = await la('330');
    bradford = await la('380');
  });
  afterAll(() => t.close());

  const ok = async <T>(query: string, variables: Record<string, unknown>, who: Who): Promise<T> => {
    const result = await t.gql<T>(query, variables, tokens[who]);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown>, who: Who) => {
    const result = await t.gql(query, variables, tokens[who]);
    expect(result.data ?? null).toBeNull();
    return result.errors?.[0].extensions;
  };
  const read = async (id: string, who: Who) => (await ok<{ network: Network }>(READ, { id }, who)).network;
  const create = async (who: Who = 'head1', extra: Record<string, unknown> = {}) =>
    (await ok<{ createNetwork: Network }>(CREATE, { input: { name: uniqueName('Network'), ...extra } }, who)).createNetwork;
  const person = (network: Network, who: Who) => ({ input: { networkId: network.id, userId: users[who] } });
  const join = async (network: Network, who: Who, moderator: Who = 'head1') => {
    await ok(INVITE, person(network, who), moderator);
    await ok(RESPOND, { input: { networkId: network.id, accept: true } }, who);
  };
  const notificationsOf = (who: Who, kind: string, network: Network) =>
    t.db.query<{ title: string }>(
      'SELECT title FROM notifications WHERE recipient_id = $1 AND kind = $2 AND link = $3 ORDER BY created_at',
      [users[who], kind, `/networks/${network.id}`],
    );
  const audited = async (action: string, network: Network) =>
    (
      await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND entity_id = $2 AND outcome = 'SUCCESS' AND local_authority_id = $3",
        [action, network.id, network.localAuthorityId],
      )
    )[0].n;

  it('seeds Birmingham’s two networks: heads with the manager, and the officer’s DSL forum with a request waiting', async () => {
    const { networks } = await ok<{ networks: { edges: Array<{ node: { id: string; name: string; memberCount: number } }> } }>(
      LIST, { filter: { localAuthorityId: birmingham } }, 'head1',
    );
    expect(networks.edges.map((e) => [e.node.name, e.node.memberCount])).toEqual([
      ['Birmingham DSL forum', 3],
      ['East Birmingham heads', 3],
    ]);
    const forum = await read(networks.edges[0].node.id, 'officer');
    expect(forum.members?.map((m) => [m.displayName, m.role])).toEqual([
      ['Olu Officer (Birmingham)', 'MODERATOR'],
      ['Dana DSL (Saltley Park)', 'MEMBER'],
      ['Dev DSL (Alder Road)', 'MEMBER'],
    ]);
    expect(forum.pendingMembers).toEqual([{ userId: users.head2, status: 'REQUESTED' }]);
    const [seed] = await t.db.query<{ details: { networks: number } }>("SELECT details FROM audit_events WHERE action = 'demo.seed'");
    expect(seed.details.networks).toBe(2);
  });

  it('lets a headteacher create a network for their school’s authority and makes them its moderator; names are unique per authority whatever the case', async () => {
    const network = await create('head1', { description: '  Heads of small primaries  ' });
    expect(network).toMatchObject({
      localAuthorityId: birmingham, retentionMonths: 24, memberCount: 1, canModerate: true, description: 'Heads of small primaries',
      myMembership: { role: 'MODERATOR', status: 'ACTIVE' },
    });
    expect(network.members).toEqual([expect.objectContaining({ userId: users.head1, role: 'MODERATOR', status: 'ACTIVE', canTakePart: true })]);
    expect(await audited('networks.create', network)).toBe(1);

    const clash = await refused(CREATE, { input: { name: `  ${network.name.toUpperCase()} ` } }, 'manager');
    expect(clash).toMatchObject({ code: 'CONFLICT', reason: 'NAME_TAKEN', field: 'name' });
    // The same name in another authority is another network.
    const bradfordNetwork = await create('head3', { name: network.name });
    expect(bradfordNetwork.localAuthorityId).toBe(bradford);

    expect((await refused(CREATE, { input: { name: uniqueName('Managers'), localAuthorityId: bradford } }, 'manager'))?.code).toBe('FORBIDDEN');
    expect((await refused(CREATE, { input: { name: 'x' } }, 'manager'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    for (const who of ['dsl1', 'officer', 'hmi', 'admin', 'clerk2'] as const) {
      expect((await refused(CREATE, { input: { name: uniqueName('Nope') } }, who))?.code).toBe('FORBIDDEN');
    }
    const managed = await create('manager');
    expect(managed).toMatchObject({ localAuthorityId: birmingham, myMembership: { role: 'MODERATOR', status: 'ACTIVE' } });
  });

  it('invites: the invitee is notified, sees the invitation and joins; a decline is recorded as refused by the invitee', async () => {
    const network = await create();
    const invited = (await ok<{ inviteToNetwork: Member }>(INVITE, person(network, 'dsl2'), 'head1')).inviteToNetwork;
    expect(invited).toMatchObject({ status: 'INVITED', role: 'MEMBER', invitedById: users.head1, decidedById: null });
    expect(await notificationsOf('dsl2', 'network.invitation', network)).toEqual([{ title: `You are invited to join the network “${network.name}”` }]);
    const { myNetworkInvitations } = await ok<{ myNetworkInvitations: Array<{ network: { id: string }; invitedByName: string }> }>(
      INVITATIONS, {}, 'dsl2',
    );
    expect(myNetworkInvitations).toContainEqual(expect.objectContaining({ network: expect.objectContaining({ id: network.id }), invitedByName: 'Harriet Head (Alder Road)' }));
    expect((await refused(INVITE, person(network, 'dsl2'), 'head1'))).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_IN_NETWORK' });

    const accepted = (await ok<{ respondToNetworkInvitation: Member }>(RESPOND, { input: { networkId: network.id, accept: true } }, 'dsl2'))
      .respondToNetworkInvitation;
    expect(accepted).toMatchObject({ status: 'ACTIVE', decidedById: users.dsl2 });
    expect((await read(network.id, 'head1')).memberCount).toBe(2);
    expect((await refused(RESPOND, { input: { networkId: network.id, accept: true } }, 'dsl2'))?.code).toBe('NOT_FOUND');
    expect((await refused(INVITE, person(network, 'dsl2'), 'head1'))?.reason).toBe('ALREADY_IN_NETWORK');

    await ok(INVITE, person(network, 'head2'), 'head1');
    const declined = (await ok<{ respondToNetworkInvitation: Member }>(RESPOND, { input: { networkId: network.id, accept: false } }, 'head2'))
      .respondToNetworkInvitation;
    expect(declined).toMatchObject({ status: 'REFUSED', decidedById: users.head2 });
    expect(await audited('networks.invite', network)).toBe(2);
    expect(await audited('networks.accept_invitation', network)).toBe(1);
    expect(await audited('networks.decline_invitation', network)).toBe(1);
    // Declined, they may be invited again.
    expect((await ok<{ inviteToNetwork: Member }>(INVITE, person(network, 'head2'), 'head1')).inviteToNetwork.status).toBe('INVITED');
  });

  it('invites only people who may take part, and only at a moderator’s or the authority’s manager’s hand', async () => {
    const network = await create();
    await join(network, 'dsl1');
    expect((await refused(INVITE, person(network, 'dsl2'), 'dsl1'))?.code).toBe('FORBIDDEN');
    expect((await refused(INVITE, person(network, 'dsl2'), 'officer'))?.code).toBe('FORBIDDEN');
    for (const who of ['hmi', 'clerk2', 'admin'] as const) {
      expect(await refused(INVITE, person(network, who), 'head1')).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE', field: 'userId' });
    }
    // Birmingham's manager moderates every Birmingham network without belonging to it.
    expect((await ok<{ inviteToNetwork: Member }>(INVITE, person(network, 'dsl2'), 'manager')).inviteToNetwork).toMatchObject({
      status: 'INVITED', invitedById: users.manager,
    });
    expect((await refused(INVITE, person(network, 'officer'), 'bradford'))?.code).toBe('NOT_FOUND');
    expect((await refused(INVITE, { input: { networkId: network.id, userId: 'not-a-uuid' } }, 'head1'))?.code).toBe('BAD_USER_INPUT');
  });

  it('lets people of the authority ask to join: moderators are notified and decide, and the requester hears the answer', async () => {
    const network = await create();
    await join(network, 'dsl2');
    const requested = (await ok<{ requestToJoinNetwork: Member }>(REQUEST, { input: { networkId: network.id } }, 'officer')).requestToJoinNetwork;
    expect(requested).toMatchObject({ status: 'REQUESTED', invitedById: null, decidedById: null });
    expect(await notificationsOf('head1', 'network.join_request', network)).toHaveLength(1);
    expect(await notificationsOf('dsl2', 'network.join_request', network)).toHaveLength(0);
    expect((await refused(REQUEST, { input: { networkId: network.id } }, 'officer'))?.reason).toBe('ALREADY_IN_NETWORK');

    // Moderators see what waits; a plain member does not.
    expect((await read(network.id, 'head1')).pendingMembers).toEqual([{ userId: users.officer, status: 'REQUESTED' }]);
    expect((await read(network.id, 'dsl2')).pendingMembers).toBeNull();
    expect((await refused(DECIDE, { input: { networkId: network.id, userId: users.officer, approve: true } }, 'dsl2'))?.code).toBe('FORBIDDEN');

    const approved = (await ok<{ decideNetworkRequest: Member }>(DECIDE, { input: { networkId: network.id, userId: users.officer, approve: true } }, 'head1'))
      .decideNetworkRequest;
    expect(approved).toMatchObject({ status: 'ACTIVE', decidedById: users.head1 });
    expect(await notificationsOf('officer', 'network.request_decided', network)).toEqual([{ title: `You have joined the network “${network.name}”` }]);
    expect((await refused(DECIDE, { input: { networkId: network.id, userId: users.officer, approve: true } }, 'head1'))?.code).toBe('NOT_FOUND');

    await ok(REQUEST, { input: { networkId: network.id } }, 'dsl1');
    const refusedRequest = (await ok<{ decideNetworkRequest: Member }>(DECIDE, { input: { networkId: network.id, userId: users.dsl1, approve: false } }, 'manager'))
      .decideNetworkRequest;
    expect(refusedRequest).toMatchObject({ status: 'REFUSED', decidedById: users.manager });
    expect(await notificationsOf('dsl1', 'network.request_decided', network)).toEqual([
      { title: `Your request to join the network “${network.name}” was not accepted` },
    ]);
    expect(await audited('networks.request_to_join', network)).toBe(2);
    expect(await audited('networks.decide_request', network)).toBe(2);

    // Another authority's people cannot find it, so cannot ask; HMI never joins.
    expect((await refused(REQUEST, { input: { networkId: network.id } }, 'bradford'))?.code).toBe('NOT_FOUND');
    expect((await refused(REQUEST, { input: { networkId: network.id } }, 'hmi'))?.code).toBe('FORBIDDEN');
  });

  it('lets members leave, and keeps the last moderator until another is named', async () => {
    const network = await create();
    await join(network, 'dsl1');
    const left = (await ok<{ leaveNetwork: Member }>(LEAVE, { input: { networkId: network.id } }, 'dsl1')).leaveNetwork;
    expect(left).toMatchObject({ status: 'LEFT', decidedById: users.dsl1 });
    expect((await refused(LEAVE, { input: { networkId: network.id } }, 'dsl1'))?.code).toBe('NOT_FOUND');
    expect(await audited('networks.leave', network)).toBe(1);

    expect(await refused(LEAVE, { input: { networkId: network.id } }, 'head1')).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MODERATOR' });
    const unmake = { input: { networkId: network.id, userId: users.head1, moderator: false } };
    expect(await refused(SET_MODERATOR, unmake, 'head1')).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MODERATOR' });
    expect(await refused(SET_MODERATOR, unmake, 'manager')).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MODERATOR' });

    await join(network, 'head2');
    expect((await refused(SET_MODERATOR, { input: { networkId: network.id, userId: users.head1, moderator: false } }, 'head2'))?.code).toBe('FORBIDDEN');
    const made = (await ok<{ setNetworkModerator: Member }>(SET_MODERATOR, { input: { networkId: network.id, userId: users.head2, moderator: true } }, 'head1'))
      .setNetworkModerator;
    expect(made).toMatchObject({ role: 'MODERATOR', status: 'ACTIVE' });
    expect((await read(network.id, 'head2')).canModerate).toBe(true);
    // Now head1 may step down, and head2 cannot then be unmade.
    expect((await ok<{ setNetworkModerator: Member }>(SET_MODERATOR, unmake, 'head1')).setNetworkModerator.role).toBe('MEMBER');
    expect((await refused(SET_MODERATOR, { input: { networkId: network.id, userId: users.head2, moderator: false } }, 'manager'))?.reason).toBe('LAST_MODERATOR');
    expect((await ok<{ leaveNetwork: Member }>(LEAVE, { input: { networkId: network.id } }, 'head1')).leaveNetwork.status).toBe('LEFT');
    expect(await audited('networks.set_moderator', network)).toBe(2);
    // A moderator cannot be named from outside the network.
    expect((await refused(SET_MODERATOR, { input: { networkId: network.id, userId: users.dsl2, moderator: true } }, 'head2'))?.code).toBe('NOT_FOUND');
  });

  it('keeps a moderator when the last two step down at the same moment', async () => {
    const network = await create();
    await join(network, 'head2');
    await ok(SET_MODERATOR, { input: { networkId: network.id, userId: users.head2, moderator: true } }, 'head1');
    const results = await Promise.all(
      (['head1', 'head2'] as const).map((who) => t.gql(LEAVE, { input: { networkId: network.id } }, tokens[who])),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason)).toEqual(['LAST_MODERATOR']);
    expect((await read(network.id, 'manager')).members).toEqual([expect.objectContaining({ role: 'MODERATOR', status: 'ACTIVE' })]);
  });

  it('lets moderators and the authority’s managers remove members, never the last moderator, never by a plain member', async () => {
    const network = await create();
    await join(network, 'dsl1');
    await join(network, 'dsl2');
    expect((await refused(REMOVE, person(network, 'dsl2'), 'dsl1'))?.code).toBe('FORBIDDEN');
    const removed = (await ok<{ removeNetworkMember: Member }>(REMOVE, person(network, 'dsl2'), 'head1')).removeNetworkMember;
    expect(removed).toMatchObject({ status: 'REMOVED', decidedById: users.head1 });
    expect((await refused(REMOVE, person(network, 'dsl2'), 'head1'))?.code).toBe('NOT_FOUND');
    // Removed people do not come back by asking.
    expect(await refused(REQUEST, { input: { networkId: network.id } }, 'dsl2')).toMatchObject({ code: 'FORBIDDEN', reason: 'REMOVED_FROM_NETWORK' });

    expect((await ok<{ removeNetworkMember: Member }>(REMOVE, person(network, 'dsl1'), 'manager')).removeNetworkMember.status).toBe('REMOVED');
    expect(await refused(REMOVE, person(network, 'head1'), 'manager')).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MODERATOR' });
    expect((await refused(REMOVE, person(network, 'head1'), 'head1'))?.field).toBe('userId');
    expect(await audited('networks.remove_member', network)).toBe(2);
    // An unanswered invitation can be withdrawn.
    await ok(INVITE, person(network, 'officer'), 'head1');
    expect((await ok<{ removeNetworkMember: Member }>(REMOVE, person(network, 'officer'), 'head1')).removeNetworkMember.status).toBe('REMOVED');
    expect((await refused(RESPOND, { input: { networkId: network.id, accept: true } }, 'officer'))?.code).toBe('NOT_FOUND');
  });

  it('lets HMI read the authority’s networks and members but never join or act; ADMIN reads nothing', async () => {
    const network = await create();
    const seen = await read(network.id, 'hmi');
    expect(seen.members?.map((m) => m.userId)).toEqual([users.head1]);
    expect(seen).toMatchObject({ canModerate: false, pendingMembers: null, myMembership: null });
    const list = await ok<{ networks: { edges: Array<{ node: { id: string } }> } }>(LIST, { filter: { localAuthorityId: birmingham } }, 'hmi');
    expect(list.networks.edges.length).toBeGreaterThan(0);
    for (const [query, variables] of [
      [REQUEST, { input: { networkId: network.id } }],
      [INVITE, person(network, 'dsl1')],
      [REMOVE, person(network, 'head1')],
      [CREATE, { input: { name: uniqueName('HMI') } }],
      [INVITATIONS, {}],
    ] as const) {
      expect((await refused(query, variables, 'hmi'))?.code).toBe('FORBIDDEN');
    }
    expect((await refused(READ, { id: network.id }, 'admin'))?.code).toBe('FORBIDDEN');
    expect((await refused(LIST, {}, 'admin'))?.code).toBe('FORBIDDEN');
    expect((await refused(READ, { id: network.id }, 'clerk2'))?.code).toBe('FORBIDDEN');
  });

  it('hides a network and its members from another authority’s people, until they are invited and join', async () => {
    const network = await create();
    expect((await refused(READ, { id: network.id }, 'bradford'))?.code).toBe('NOT_FOUND');
    const bradfordList = await ok<{ networks: { edges: Array<{ node: { id: string } }> } }>(LIST, {}, 'bradford');
    expect(bradfordList.networks.edges.map((e) => e.node.id)).not.toContain(network.id);

    // Invited from Bradford: she sees the network, not yet who is in it.
    await ok(INVITE, person(network, 'head3'), 'head1');
    const asInvitee = await read(network.id, 'head3');
    expect(asInvitee).toMatchObject({ id: network.id, members: null, myMembership: { status: 'INVITED' } });
    await ok(RESPOND, { input: { networkId: network.id, accept: true } }, 'head3');
    expect((await read(network.id, 'head3')).members?.map((m) => m.userId).sort()).toEqual([users.head1, users.head3].sort());
    const mine = await ok<{ networks: { edges: Array<{ node: { id: string } }> } }>(LIST, { filter: { mine: true } }, 'head3');
    expect(mine.networks.edges.map((e) => e.node.id)).toContain(network.id);
    // A Birmingham DSL finds it, but sees only its name, description and size.
    expect(await read(network.id, 'dsl1')).toMatchObject({ memberCount: 2, members: null, pendingMembers: null, canModerate: false });
    // Bradford's officer still sees nothing of it.
    expect((await refused(READ, { id: network.id }, 'bradford'))?.code).toBe('NOT_FOUND');
  });

  it('pages networks by name with opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { networks: { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(
        LIST, { filter: { localAuthorityId: birmingham }, after }, 'manager',
      );
      seen.push(...page.networks.edges.map((e) => e.node.name));
      after = page.networks.pageInfo.hasNextPage ? page.networks.pageInfo.endCursor : null;
    } while (after);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM networks WHERE local_authority_id = $1', [birmingham]);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('tells other domains who is in which network, leaving out members whose role has ended', async () => {
    const membership = t.app.get(NetworkMembership);
    const [{ id: heads }] = await t.db.query<{ id: string }>("SELECT id FROM networks WHERE name = 'East Birmingham heads'");
    const [{ id: forum }] = await t.db.query<{ id: string }>("SELECT id FROM networks WHERE name = 'Birmingham DSL forum'");
    const schools = await t.db.query<{ id: string }>('SELECT id FROM schools WHERE urn IN (990001, 990002) ORDER BY id');

    expect(await membership.activeMemberUserIds(heads)).toEqual([users.head1, users.head2, users.manager].sort());
    expect(await membership.isActiveMember(forum, users.dsl1)).toBe(true);
    expect(await membership.isActiveMember(forum, users.head2)).toBe(false); // still only asking
    expect(await membership.activeNetworkIdsOf(users.head2)).toContain(heads);
    expect(await membership.activeNetworkIdsOf(users.head2)).not.toContain(forum);
    // The manager brings no school; the heads bring theirs.
    expect(await membership.schoolIdsOfNetworks([heads])).toEqual(schools.map((s) => s.id));
    expect(await membership.schoolIdsOfNetworks([])).toEqual([]);

    // Saltley Park's head leaves post: she drops out of counts and conversations without being removed.
    const [{ id: post }] = await t.db.query<{ id: string }>(
      "UPDATE memberships SET ends_on = $2 WHERE user_id = $1 AND role = 'HEADTEACHER' RETURNING id",
      [users.head2, addDays(londonToday(), -1)],
    );
    try {
      expect(await membership.activeMemberUserIds(heads)).toEqual([users.head1, users.manager].sort());
      expect(await membership.activeNetworkIdsOf(users.head2)).toEqual([]);
      expect(await membership.schoolIdsOfNetworks([heads])).toHaveLength(1);
      const seen = await read(heads, 'head1');
      expect(seen.memberCount).toBe(2);
      expect(seen.members?.find((m) => m.userId === users.head2)).toMatchObject({ status: 'ACTIVE', canTakePart: false });
      // Inside a caller's transaction it reads the same.
      const inTransaction = await t.app.get(DataSource).transaction((manager) => membership.isActiveMember(heads, users.head2, manager));
      expect(inTransaction).toBe(false);
    } finally {
      await t.db.query('UPDATE memberships SET ends_on = NULL WHERE id = $1', [post]);
    }
  });
});
