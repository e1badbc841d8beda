import { Actor, Grant, Role } from '@safeguard/policy';
import { NetworkMemberStatus, NetworkRole } from './network.enums';
import { NetworkPolicy } from './network.policy';

const BIRMINGHAM = 'la-330';
const BRADFORD = 'la-380';
const network = { id: 'n1', localAuthorityId: BIRMINGHAM };

const actor = (...grants: Array<[Role, string]>) =>
  new Actor(
    'u1',
    grants.map(([role, localAuthorityId], i): Grant => ({
      membershipId: `m${i}`, role, schoolId: role === Role.HEADTEACHER || role === Role.DSL ? `s${i}` : null, localAuthorityId, unqualified: false,
    })),
    'request',
  );
const standing = (status: NetworkMemberStatus, role = NetworkRole.MEMBER) => ({ status, role });

describe('NetworkPolicy', () => {
  const policy = new NetworkPolicy();

  it('lets the authority’s participants and HMI see a network, and others only once invited, asking or in it', () => {
    expect(policy.canSee(actor([Role.DSL, BIRMINGHAM]), network, null)).toBe(true);
    expect(policy.canSee(actor([Role.HMI, BIRMINGHAM]), network, null)).toBe(true);
    expect(policy.canSee(actor([Role.HEADTEACHER, BRADFORD]), network, null)).toBe(false);
    expect(policy.canSee(actor([Role.HEADTEACHER, BRADFORD]), network, standing(NetworkMemberStatus.INVITED))).toBe(true);
    expect(policy.canSee(actor([Role.HEADTEACHER, BRADFORD]), network, standing(NetworkMemberStatus.LEFT))).toBe(false);
  });

  it('shows the member list to members and the authority’s team and HMI, not to someone merely finding it', () => {
    expect(policy.canSeeMembers(actor([Role.DSL, BIRMINGHAM]), network, null)).toBe(false);
    expect(policy.canSeeMembers(actor([Role.DSL, BIRMINGHAM]), network, standing(NetworkMemberStatus.REQUESTED))).toBe(false);
    expect(policy.canSeeMembers(actor([Role.HEADTEACHER, BRADFORD]), network, standing(NetworkMemberStatus.ACTIVE))).toBe(true);
    expect(policy.canSeeMembers(actor([Role.LA_OFFICER, BIRMINGHAM]), network, null)).toBe(true);
    expect(policy.canSeeMembers(actor([Role.HMI, BIRMINGHAM]), network, null)).toBe(true);
    expect(policy.canSeeMembers(actor([Role.HMI, BRADFORD]), network, null)).toBe(false);
  });

  it('lets active moderators and the authority’s managers moderate, never HMI or another authority’s manager', () => {
    expect(policy.canModerate(actor([Role.DSL, BIRMINGHAM]), network, standing(NetworkMemberStatus.ACTIVE, NetworkRole.MODERATOR))).toBe(true);
    expect(policy.canModerate(actor([Role.DSL, BIRMINGHAM]), network, standing(NetworkMemberStatus.LEFT, NetworkRole.MODERATOR))).toBe(false);
    expect(policy.canModerate(actor([Role.DSL, BIRMINGHAM]), network, standing(NetworkMemberStatus.ACTIVE))).toBe(false);
    expect(policy.canModerate(actor([Role.LA_MANAGER, BIRMINGHAM]), network, null)).toBe(true);
    expect(policy.canModerate(actor([Role.LA_MANAGER, BRADFORD]), network, null)).toBe(false);
    expect(policy.canModerate(actor([Role.HMI, BIRMINGHAM]), network, standing(NetworkMemberStatus.ACTIVE, NetworkRole.MODERATOR))).toBe(false);
  });

  it('creates in a manager’s own authority or a headteacher’s school’s, asking which when there are several', () => {
    expect(policy.creationArea(actor([Role.HEADTEACHER, BIRMINGHAM]))).toBe(BIRMINGHAM);
    expect(() => policy.creationArea(actor([Role.LA_MANAGER, BIRMINGHAM]), BRADFORD)).toThrow(/own authority/);
    expect(() => policy.creationArea(actor([Role.HEADTEACHER, BIRMINGHAM], [Role.LA_MANAGER, BRADFORD]))).toThrow(/Say which/);
    expect(() => policy.creationArea(actor([Role.DSL, BIRMINGHAM]))).toThrow(/Only LA managers and headteachers/);
  });
});
