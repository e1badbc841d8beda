import { registerEnumType } from '@nestjs/graphql';

/** What a membership lets a person do, always in one organisation (ADMIN in none). */
export enum Role {
  HEADTEACHER = 'HEADTEACHER',
  DSL = 'DSL',
  GOVERNANCE_CLERK = 'GOVERNANCE_CLERK',
  LA_OFFICER = 'LA_OFFICER',
  LA_MANAGER = 'LA_MANAGER',
  HMI = 'HMI',
  ADMIN = 'ADMIN',
  OFSTED_READER = 'OFSTED_READER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A role held through a membership of a school, a local authority, or the platform.',
  valuesMap: {
    HEADTEACHER: { description: 'Headteacher of a school.' },
    DSL: { description: 'Designated safeguarding lead of a school.' },
    GOVERNANCE_CLERK: { description: 'Clerk named by a headteacher to keep the school’s governance record.' },
    LA_OFFICER: { description: "Officer of a local authority's schools safeguarding team." },
    LA_MANAGER: { description: "Manager of a local authority's schools safeguarding team; signs off decisions." },
    HMI: { description: "His Majesty's Inspector assigned to a local authority for a period; read-only." },
    ADMIN: { description: 'Manages accounts and organisations; reads no child records.' },
    OFSTED_READER: { description: 'HMCI’s office: reads submitted termly reports of every authority; nothing else.' },
  },
});

export const SCHOOL_ROLES: ReadonlySet<Role> = new Set([Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK]);
export const LOCAL_AUTHORITY_ROLES: ReadonlySet<Role> = new Set([Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI]);
