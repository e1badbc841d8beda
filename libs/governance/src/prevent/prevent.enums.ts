import { registerEnumType } from '@nestjs/graphql';

/** A school's own rating of a Prevent risk. */
export enum PreventRiskRating {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

registerEnumType(PreventRiskRating, {
  name: 'PreventRiskRating',
  description: 'The school’s own rating of a risk in its Prevent risk assessment.',
  valuesMap: {
    LOW: { description: 'Low: the school’s arrangements meet the risk.' },
    MEDIUM: { description: 'Medium: actions are under way.' },
    HIGH: { description: 'High: the risk needs prompt action.' },
  },
});

/** Where a staff headcount was last given. */
export enum HeadcountSource {
  RISK_ASSESSMENT = 'RISK_ASSESSMENT',
  SAFEGUARDING_RETURN = 'SAFEGUARDING_RETURN',
}

registerEnumType(HeadcountSource, {
  name: 'HeadcountSource',
  description: 'Where the staff headcount used for the share of staff trained was last given.',
  valuesMap: {
    RISK_ASSESSMENT: { description: 'The latest Prevent risk assessment.' },
    SAFEGUARDING_RETURN: { description: 'The latest termly safeguarding return.' },
  },
});
