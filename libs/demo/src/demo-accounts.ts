import { Role } from '@safeguard/policy';

/** Every demo account signs in with this password (demo mode only; README says so). */
export const DEMO_PASSWORD = 'correct-horse-battery-staple';

/**
 * Every demo account's authenticator secret (base32), published in the README so anyone trying the
 * demo can add it to an authenticator app. Seeded only with the demo, never in production.
 */
export const DEMO_TOTP_SECRET = 'SAFEGUARDHUBDEMOONLYNOTASECRET22';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** URN of the school, for school roles. */
  schoolUrn?: number;
  /** LA code, for LA roles and HMI. */
  laCode?: string;
  unqualified?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.test', displayName: 'Ada Admin', role: Role.ADMIN },
  { email: 'head1@demo.test', displayName: 'Harriet Head (Alder Road)', role: Role.HEADTEACHER, schoolUrn: 990001 },
  { email: 'head2@demo.test', displayName: 'Hamid Head (Saltley Park)', role: Role.HEADTEACHER, schoolUrn: 990002 },
  { email: 'head3@demo.test', displayName: 'Helen Head (Heaton Hall)', role: Role.HEADTEACHER, schoolUrn: 990104 },
  { email: 'dsl1@demo.test', displayName: 'Dev DSL (Alder Road)', role: Role.DSL, schoolUrn: 990001 },
  { email: 'dsl2@demo.test', displayName: 'Dana DSL (Saltley Park)', role: Role.DSL, schoolUrn: 990002 },
  { email: 'clerk2@demo.test', displayName: 'Cara Clerk (Saltley Park governance)', role: Role.GOVERNANCE_CLERK, schoolUrn: 990002 },
  { email: 'officer@demo.test', displayName: 'Olu Officer (Birmingham)', role: Role.LA_OFFICER, laCode: '330', unqualified: true },
  { email: 'manager@demo.test', displayName: 'Maya Manager (Birmingham)', role: Role.LA_MANAGER, laCode: '330' },
  { email: 'officer.bradford@demo.test', displayName: 'Bilal Officer (Bradford)', role: Role.LA_OFFICER, laCode: '380' },
  { email: 'hmi@demo.test', displayName: 'Iris Inspector (HMI)', role: Role.HMI, laCode: '330' },
  { email: 'hmci@demo.test', displayName: 'Olive Reader (HMCI’s office)', role: Role.OFSTED_READER },
];
