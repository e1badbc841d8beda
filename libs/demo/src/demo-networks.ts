import { EntityManager } from 'typeorm';
import { Network, NetworkMember, NetworkMemberStatus, NetworkRole } from '@safeguard/networks';

interface DemoMember {
  email: string;
  role?: NetworkRole;
  status?: NetworkMemberStatus;
  /** Who invited them, by e-mail; those without joined by asking or by creating the network. */
  invitedBy?: string;
  /** Who let them in when they asked; otherwise they settled their own place (created, accepted, left). */
  decidedBy?: string;
}

interface DemoNetwork {
  name: string;
  description: string;
  createdBy: string;
  members: DemoMember[];
}

/** Birmingham's peer networks: heads who told Ofsted they felt alone, and a forum for DSLs run by the council. */
const NETWORKS: DemoNetwork[] = [
  {
    name: 'East Birmingham heads',
    description: 'Headteachers of East Birmingham schools supporting each other, with the council’s safeguarding manager.',
    createdBy: 'head1@demo.test',
    members: [
      { email: 'head1@demo.test', role: NetworkRole.MODERATOR },
      { email: 'head2@demo.test', invitedBy: 'head1@demo.test' },
      { email: 'manager@demo.test', invitedBy: 'head1@demo.test' },
    ],
  },
  {
    // The manager set it up, handed it to the officer and stepped back.
    name: 'Birmingham DSL forum',
    description: 'Designated safeguarding leads of Birmingham schools: questions, practice and updates from the council.',
    createdBy: 'manager@demo.test',
    members: [
      { email: 'manager@demo.test', status: NetworkMemberStatus.LEFT },
      { email: 'officer@demo.test', role: NetworkRole.MODERATOR, invitedBy: 'manager@demo.test' },
      { email: 'dsl1@demo.test', invitedBy: 'officer@demo.test' },
      { email: 'dsl2@demo.test', decidedBy: 'officer@demo.test' },
      { email: 'head2@demo.test', status: NetworkMemberStatus.REQUESTED },
    ],
  },
];

/** Seeds Birmingham's demo networks in the seeding transaction (after the accounts). Returns the networks made. */
export async function seedNetworksDemo(manager: EntityManager): Promise<number> {
  const users: Array<{ id: string; email: string }> = await manager.query('SELECT id, email FROM users WHERE email = ANY($1::text[])', [
    [...new Set(NETWORKS.flatMap((n) => [n.createdBy, ...n.members.map((m) => m.email)]))],
  ]);
  const idOf = (email: string) => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`Demo networks: no account ${email}`);
    return user.id;
  };
  const [{ id: birmingham }] = await manager.query(`SELECT id FROM local_authorities WHERE code = '330'`);
  for (const demo of NETWORKS) {
    const network = await manager.save(
      manager.create(Network, { name: demo.name, description: demo.description, localAuthorityId: birmingham, createdById: idOf(demo.createdBy) }),
    );
    await manager.save(
      demo.members.map((m) => {
        const status = m.status ?? NetworkMemberStatus.ACTIVE;
        return manager.create(NetworkMember, {
          networkId: network.id,
          userId: idOf(m.email),
          role: m.role ?? NetworkRole.MEMBER,
          status,
          invitedById: m.invitedBy ? idOf(m.invitedBy) : null,
          decidedById: m.decidedBy ? idOf(m.decidedBy) : status === NetworkMemberStatus.REQUESTED ? null : idOf(m.email),
        });
      }),
    );
  }
  return NETWORKS.length;
}
