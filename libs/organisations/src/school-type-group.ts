import { registerEnumType } from '@nestjs/graphql';

/** The broad kinds of school the portal's rules distinguish (from GIAS's establishment type groups). */
export enum SchoolTypeGroup {
  MAINTAINED = 'MAINTAINED',
  ACADEMY = 'ACADEMY',
  FREE_SCHOOL = 'FREE_SCHOOL',
  INDEPENDENT = 'INDEPENDENT',
  SPECIAL = 'SPECIAL',
  OTHER = 'OTHER',
}

registerEnumType(SchoolTypeGroup, {
  name: 'SchoolTypeGroup',
  description: 'Broad kind of school.',
  valuesMap: {
    MAINTAINED: { description: 'Maintained by the local authority.' },
    ACADEMY: { description: 'An academy (converter or sponsor-led), in a trust.' },
    FREE_SCHOOL: { description: 'A free school.' },
    INDEPENDENT: { description: 'An independent school, run by its proprietor.' },
    SPECIAL: { description: 'A special school maintained by the local authority or non-maintained.' },
    OTHER: { description: 'Other provision, e.g. pupil referral units and secure units.' },
  },
});
