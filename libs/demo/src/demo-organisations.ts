import { SchoolTypeGroup } from '@safeguard/organisations';

export interface DemoSchool {
  urn: number;
  name: string;
  establishmentType: string;
  typeGroup: SchoolTypeGroup;
  phase: string;
  postcode: string;
}

export interface DemoAuthority {
  code: string;
  name: string;
  schools: DemoSchool[];
}

// Demo URNs start at 990000, far from real GIAS numbers, so a later real import never collides.
const school = (
  urn: number,
  name: string,
  typeGroup: SchoolTypeGroup,
  establishmentType: string,
  phase: string,
  postcode: string,
): DemoSchool => ({ urn, name, typeGroup, establishmentType, phase, postcode });

const { MAINTAINED, ACADEMY, FREE_SCHOOL, INDEPENDENT, SPECIAL, OTHER } = SchoolTypeGroup;

export const DEMO_AUTHORITIES: DemoAuthority[] = [
  {
    code: '330',
    name: 'Birmingham',
    schools: [
      school(990001, 'Alder Road Primary School', MAINTAINED, 'Community school', 'Primary', 'B8 1AA'),
      school(990002, 'Saltley Park Academy', ACADEMY, 'Academy converter', 'Secondary', 'B8 3BB'),
      school(990003, 'Nechells Free School', FREE_SCHOOL, 'Free schools', 'All-through', 'B7 4CC'),
      school(990004, 'Edgbaston Grange School', INDEPENDENT, 'Other independent school', 'All-through', 'B15 2DD'),
      school(990005, 'Kingfisher Special School', SPECIAL, 'Community special school', 'Not applicable', 'B23 5EE'),
      school(990006, 'Bordesley Pupil Referral Unit', OTHER, 'Pupil referral unit', 'Not applicable', 'B9 4FF'),
      school(990007, 'St Chad’s Catholic Primary School', MAINTAINED, 'Voluntary aided school', 'Primary', 'B4 6GG'),
      school(990008, 'Sparkhill Trust Academy', ACADEMY, 'Academy sponsor led', 'Secondary', 'B11 4HH'),
      school(990009, 'Washwood Heath Infant School', MAINTAINED, 'Community school', 'Primary', 'B8 2JJ'),
      school(990010, 'Moseley Vale Independent School', INDEPENDENT, 'Other independent school', 'Secondary', 'B13 8KK'),
    ],
  },
  {
    code: '380',
    name: 'Bradford',
    schools: [
      school(990101, 'Manningham Lane Primary School', MAINTAINED, 'Community school', 'Primary', 'BD8 7AA'),
      school(990102, 'Bowling Park Academy', ACADEMY, 'Academy converter', 'Secondary', 'BD4 7BB'),
      school(990103, 'Little Horton Free School', FREE_SCHOOL, 'Free schools', 'Primary', 'BD5 0CC'),
      school(990104, 'Heaton Hall Independent School', INDEPENDENT, 'Other independent school', 'All-through', 'BD9 4DD'),
      school(990105, 'Thornbury Special School', SPECIAL, 'Community special school', 'Not applicable', 'BD3 8EE'),
      school(990106, 'Bradford Central Pupil Referral Unit', OTHER, 'Pupil referral unit', 'Not applicable', 'BD1 1FF'),
      school(990107, 'Girlington Primary School', MAINTAINED, 'Community school', 'Primary', 'BD8 9GG'),
      school(990108, 'Keighley Road Academy', ACADEMY, 'Academy sponsor led', 'Secondary', 'BD9 6HH'),
    ],
  },
  {
    code: '821',
    name: 'Luton',
    schools: [
      school(990201, 'Bury Park Primary School', MAINTAINED, 'Community school', 'Primary', 'LU1 1AA'),
      school(990202, 'Stopsley Hill Academy', ACADEMY, 'Academy converter', 'Secondary', 'LU2 7BB'),
      school(990203, 'Dallow Free School', FREE_SCHOOL, 'Free schools', 'Secondary', 'LU1 1CC'),
      school(990204, 'Wardown Independent School', INDEPENDENT, 'Other independent school', 'Primary', 'LU3 1DD'),
      school(990205, 'Lea Valley Special School', SPECIAL, 'Community special school', 'Not applicable', 'LU4 9EE'),
      school(990206, 'Luton Pupil Referral Unit', OTHER, 'Pupil referral unit', 'Not applicable', 'LU1 3FF'),
      school(990207, 'Farley Hill Primary School', MAINTAINED, 'Foundation school', 'Primary', 'LU1 5GG'),
      school(990208, 'Marsh Farm Academy', ACADEMY, 'Academy sponsor led', 'Secondary', 'LU3 3HH'),
    ],
  },
];
