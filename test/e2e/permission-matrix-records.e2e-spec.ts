import { londonToday } from '@safeguard/calendar';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The record-level and field-level half of the permission matrix (permission-matrix.e2e-spec.ts
 * proves each operation by role): the same operation on a record of the caller's own school or
 * authority and on another's, and fields shown to some roles and withheld (null) from others.
 */
type Role = 'anonymous' | 'admin' | 'head1' | 'dsl1' | 'clerk2' | 'officer' | 'manager' | 'officerBradford' | 'hmi' | 'hmci';
type Refusal = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Expectation = 'ok' | Refusal;

const ACCOUNTS: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin@demo.test',
  head1: 'head1@demo.test', // Alder Road Primary (Birmingham, maintained)
  dsl1: 'dsl1@demo.test', // Alder Road Primary
  clerk2: 'clerk2@demo.test', // Saltley Park Academy (Birmingham)
  officer: 'officer@demo.test', // Birmingham
  manager: 'manager@demo.test', // Birmingham
  officerBradford: 'officer.bradford@demo.test', // Bradford
  hmi: 'hmi@demo.test', // assigned to Birmingham
  hmci: 'hmci@demo.test',
};
const ROLES = ['anonymous', ...Object.keys(ACCOUNTS)] as Role[];

interface Ids {
  alderRoad: string;
  saltley: string;
  heatonHall: string;
  /** Amira's concern, raised by Alder Road; Tyler's, raised by Saltley Park. */
  alderRoadConcern: string;
  saltleyConcern: string;
  /** Imran Shah, a Bradford child, and his register entry. */
  bradfordChild: string;
  bradfordEntry: string;
}

const only = (allowed: Role[], overrides: Partial<Record<Role, Expectation>> = {}): Record<Role, Expectation> => ({
  ...(Object.fromEntries(ROLES.map((role) => [role, role === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(role) ? 'ok' : 'FORBIDDEN'])) as Record<Role, Expectation>),
  ...overrides,
});
/** Roles of libs/policy/src/permission.ts, as the main matrix names them. */
const READ_CONCERNS: Role[] = ['head1', 'dsl1', 'officer', 'manager', 'officerBradford', 'hmi'];
const READ_REGISTER: Role[] = ['head1', 'dsl1', 'officer', 'manager', 'officerBradford', 'hmi'];
const READ_GOVERNANCE: Role[] = ['head1', 'clerk2', 'officer', 'manager', 'officerBradford', 'hmi'];
const BIRMINGHAM: Role[] = ['officer', 'manager', 'hmi'];
const notFound = (roles: Role[]) => Object.fromEntries(roles.map((role) => [role, 'NOT_FOUND'])) as Partial<Record<Role, Expectation>>;

interface RecordRow {
  name: string;
  request: (ids: Ids) => { query: string; variables: Record<string, unknown> };
  expect: Record<Role, Expectation>;
}

const GOVERNANCE = 'query($id: ID!) { schoolGovernance(schoolId: $id) { schoolId } }';
const CONCERN = 'query($id: ID!) { concern(id: $id) { id } }';

const RECORD_MATRIX: RecordRow[] = [
  {
    name: 'concern raised by their own school (Alder Road)',
    request: ({ alderRoadConcern }) => ({ query: CONCERN, variables: { id: alderRoadConcern } }),
    expect: only(READ_CONCERNS, notFound(['officerBradford'])),
  },
  {
    name: 'concern raised by another school of the same authority (Saltley Park)',
    request: ({ saltleyConcern }) => ({ query: CONCERN, variables: { id: saltleyConcern } }),
    expect: only(READ_CONCERNS, notFound(['head1', 'dsl1', 'officerBradford'])),
  },
  {
    name: 'governance of Alder Road (maintained, Birmingham)',
    request: ({ alderRoad }) => ({ query: GOVERNANCE, variables: { id: alderRoad } }),
    expect: only(READ_GOVERNANCE, notFound(['clerk2', 'officerBradford'])),
  },
  {
    name: 'governance of Saltley Park (academy, Birmingham)',
    request: ({ saltley }) => ({ query: GOVERNANCE, variables: { id: saltley } }),
    expect: only(READ_GOVERNANCE, notFound(['head1', 'officerBradford'])),
  },
  {
    name: 'governance of Heaton Hall (independent, Bradford)',
    request: ({ heatonHall }) => ({ query: GOVERNANCE, variables: { id: heatonHall } }),
    expect: only(READ_GOVERNANCE, notFound(['head1', 'clerk2', ...BIRMINGHAM])),
  },
  {
    name: 'a Bradford child',
    request: ({ bradfordChild }) => ({ query: 'query($id: ID!) { child(id: $id) { id } }', variables: { id: bradfordChild } }),
    expect: only(READ_REGISTER, notFound(['head1', 'dsl1', ...BIRMINGHAM])),
  },
  {
    name: 'a Bradford register entry',
    request: ({ bradfordEntry }) => ({ query: 'query($id: ID!) { registerEntry(id: $id) { id } }', variables: { id: bradfordEntry } }),
    expect: only(READ_REGISTER, notFound(['head1', 'dsl1', ...BIRMINGHAM])),
  },
];

/** A field shown ('shown') or withheld as null ('withheld'), or the whole read refused. */
type FieldExpectation = 'shown' | 'withheld' | Refusal;
interface FieldRow {
  name: string;
  request: (ids: Ids) => { query: string; variables: Record<string, unknown> };
  /** The field's values in the answer, wherever the record says it has one. */
  values: (data: unknown) => Array<string | null>;
  expect: Record<Role, FieldExpectation>;
}

type Governance = { schoolGovernance: { appointments: Array<{ records: Array<{ hasReference: boolean; reference: string | null }> }> } };
const REFERENCES = 'query($id: ID!) { schoolGovernance(schoolId: $id) { appointments { records { hasReference reference } } } }';
const referencesIn = (data: unknown) =>
  (data as Governance).schoolGovernance.appointments.flatMap((a) => a.records.filter((r) => r.hasReference).map((r) => r.reference));
const fieldExpectations = (byRole: Partial<Record<Role, FieldExpectation>>): Record<Role, FieldExpectation> => ({
  anonymous: 'UNAUTHENTICATED', admin: 'FORBIDDEN', head1: 'FORBIDDEN', dsl1: 'FORBIDDEN', clerk2: 'FORBIDDEN', officer: 'FORBIDDEN',
  manager: 'FORBIDDEN', officerBradford: 'FORBIDDEN', hmi: 'FORBIDDEN', hmci: 'FORBIDDEN', ...byRole,
});

/** DBS certificate numbers: the school and its authority's managers only (GovernancePolicy.canReadReferences). */
const FIELD_MATRIX: FieldRow[] = [
  {
    name: 'SuitabilityCheck.reference (DBS certificate number) at Alder Road',
    request: ({ alderRoad }) => ({ query: REFERENCES, variables: { id: alderRoad } }),
    values: referencesIn,
    expect: fieldExpectations({ head1: 'shown', manager: 'shown', officer: 'withheld', hmi: 'withheld', clerk2: 'NOT_FOUND', officerBradford: 'NOT_FOUND' }),
  },
  {
    name: 'SuitabilityCheck.reference (DBS certificate number) at Saltley Park',
    request: ({ saltley }) => ({ query: REFERENCES, variables: { id: saltley } }),
    values: referencesIn,
    expect: fieldExpectations({ clerk2: 'shown', manager: 'shown', officer: 'withheld', hmi: 'withheld', head1: 'NOT_FOUND', officerBradford: 'NOT_FOUND' }),
  },
  {
    name: 'SuitabilityCheck.reference (DBS certificate number) at Heaton Hall (Bradford)',
    request: ({ heatonHall }) => ({ query: REFERENCES, variables: { id: heatonHall } }),
    values: referencesIn,
    // Bradford's officer reads the record, but certificate numbers are for managers and the school.
    expect: fieldExpectations({ officerBradford: 'withheld', head1: 'NOT_FOUND', clerk2: 'NOT_FOUND', officer: 'NOT_FOUND', manager: 'NOT_FOUND', hmi: 'NOT_FOUND' }),
  },
];

describe('permission matrix: own and other organisations, and fields', () => {
  let t: TestApp;
  let ids: Ids;
  const tokens: Partial<Record<Role, string>> = {};
  const tokenFor = async (role: Role) => {
    if (role === 'anonymous') return undefined;
    return (tokens[role] ??= await t.login(ACCOUNTS[role]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[]) => {
      const rows = await t.db.query<{ id: string }>(sql, params);
      if (rows.length !== 1) throw new Error(`expected one row for ${sql} ${JSON.stringify(params)}, got ${rows.length}`);
      return rows[0].id;
    };
    const school = (name: string) => one('SELECT id FROM schools WHERE name = $1', [name]);
    const child = (first: string, last: string) => one('SELECT id FROM children WHERE legal_first_name = $1 AND legal_last_name = $2', [first, last]);
    const concernAbout = async (first: string, last: string) =>
      one(`SELECT id FROM concerns WHERE child_id = $1 AND status <> 'DRAFT' ORDER BY created_at LIMIT 1`, [await child(first, last)]);
    const bradfordChild = await child('Imran', 'Shah');
    ids = {
      alderRoad: await school('Alder Road Primary School'),
      saltley: await school('Saltley Park Academy'),
      heatonHall: await school('Heaton Hall Independent School'),
      alderRoadConcern: await concernAbout('Amira', 'Khan'),
      saltleyConcern: await concernAbout('Tyler', 'Reid'),
      bradfordChild,
      bradfordEntry: await one('SELECT id FROM register_entries WHERE child_id = $1 ORDER BY created_at LIMIT 1', [bradfordChild]),
    };
    // Heaton Hall's demo record holds no certificate number: its headteacher records a member of its proprietor body, checked.
    const head3 = await t.login('head3@demo.test');
    const as = async <T>(query: string, input: Record<string, unknown>): Promise<T> => {
      const result = await t.gql<T>(query, { input }, head3);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    };
    const { recordAppointment } = await as<{ recordAppointment: { id: string } }>(
      'mutation($input: RecordAppointmentInput!) { recordAppointment(input: $input) { id } }',
      { schoolId: ids.heatonHall, person: { fullName: 'Matrix Proprietor' }, role: 'PROPRIETOR_BODY_MEMBER', appointedOn: '2025-09-01' },
    );
    await as('mutation($input: RecordSuitabilityCheckInput!) { recordSuitabilityCheck(input: $input) { id } }', {
      appointmentId: recordAppointment.id, kind: 'ENHANCED_DBS', doneOn: '2025-09-01', checkedBy: 'Matrix', outcome: 'CLEAR', reference: '001234567890',
    });
  });
  afterAll(() => t.close());

  for (const row of RECORD_MATRIX) {
    for (const role of ROLES) {
      const expected = row.expect[role];
      it(`${row.name} as ${role} → ${expected}`, async () => {
        const { query, variables } = row.request(ids);
        const result = await t.gql(query, variables, await tokenFor(role));
        if (expected === 'ok') expect(result.errors).toBeUndefined();
        else expect(result.errors?.[0].extensions?.code).toBe(expected);
      });
    }
  }

  it('CME enquiry outcomes (casework about the family): the authority’s team and HMI read them; the reporting school sees only which are outstanding', async () => {
    // Amira's CME entry was reported by Alder Road; the officer records an enquiry on it.
    const [{ id: entryId }] = await t.db.query<{ id: string }>(
      `SELECT e.id FROM register_entries e JOIN children c ON c.id = e.child_id
        WHERE c.legal_first_name = 'Amira' AND c.legal_last_name = 'Khan' AND e.kind = 'CME' LIMIT 1`,
    );
    const recorded = await t.gql('mutation($input: RecordEnquiryInput!) { recordEnquiry(input: $input) { id } }', {
      input: { entryId, kind: 'POLICE', madeOn: londonToday(), outcome: 'Police have no record of the family leaving.' },
    }, await tokenFor('officer'));
    expect(recorded.errors).toBeUndefined();
    const read = async (role: Role) => {
      const result = await t.gql<{ registerEntry: { enquiries: Array<{ outcome: string }>; outstandingEnquiries: string[] } }>(
        'query($id: ID!) { registerEntry(id: $id) { enquiries { outcome } outstandingEnquiries } }', { id: entryId }, await tokenFor(role),
      );
      expect(result.errors).toBeUndefined();
      return result.data!.registerEntry;
    };
    for (const role of ['officer', 'manager', 'hmi'] as Role[]) expect((await read(role)).enquiries.length).toBeGreaterThan(0);
    for (const role of ['dsl1', 'head1'] as Role[]) {
      const entry = await read(role);
      expect(entry.enquiries).toEqual([]);
      expect(Array.isArray(entry.outstandingEnquiries)).toBe(true);
    }
  });

  for (const row of FIELD_MATRIX) {
    for (const role of ROLES) {
      const expected = row.expect[role];
      it(`${row.name} as ${role} → ${expected}`, async () => {
        const { query, variables } = row.request(ids);
        const result = await t.gql(query, variables, await tokenFor(role));
        if (expected !== 'shown' && expected !== 'withheld') {
          expect(result.errors?.[0].extensions?.code).toBe(expected);
          return;
        }
        expect(result.errors).toBeUndefined();
        const values = row.values(result.data);
        // The demo records certificate numbers at every school, so both answers are meaningful.
        expect(values.length).toBeGreaterThan(0);
        if (expected === 'shown') expect(values.every((v) => typeof v === 'string' && /^\d{12}$/.test(v))).toBe(true);
        else expect(values.every((v) => v === null)).toBe(true);
      });
    }
  }
});
