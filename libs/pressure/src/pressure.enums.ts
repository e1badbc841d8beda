import { registerEnumType } from '@nestjs/graphql';

export enum PressureCategory {
  INTIMIDATION_OF_STAFF = 'INTIMIDATION_OF_STAFF',
  THREAT_TO_A_PERSON = 'THREAT_TO_A_PERSON',
  SOCIAL_MEDIA_POSTS = 'SOCIAL_MEDIA_POSTS',
  ORGANISED_CAMPAIGN_OR_PROTEST = 'ORGANISED_CAMPAIGN_OR_PROTEST',
  CURRICULUM_PRESSURE = 'CURRICULUM_PRESSURE',
  STAFFING_PRESSURE = 'STAFFING_PRESSURE',
  GOVERNOR_PRESSURE = 'GOVERNOR_PRESSURE',
  OTHER = 'OTHER',
}

export const PRESSURE_CATEGORY_LABELS: Readonly<Record<PressureCategory, string>> = {
  INTIMIDATION_OF_STAFF: 'intimidation of staff',
  THREAT_TO_A_PERSON: 'a threat to a person',
  SOCIAL_MEDIA_POSTS: 'social media posts',
  ORGANISED_CAMPAIGN_OR_PROTEST: 'an organised campaign or protest',
  CURRICULUM_PRESSURE: 'pressure to change the curriculum',
  STAFFING_PRESSURE: 'pressure over staffing',
  GOVERNOR_PRESSURE: 'pressure on or through governors',
  OTHER: 'other intimidation or pressure',
};

const sentence = (label: string) => label[0].toUpperCase() + label.slice(1) + '.';

registerEnumType(PressureCategory, {
  name: 'PressureCategory',
  description: 'What kind of intimidation or pressure a school reports.',
  valuesMap: Object.fromEntries(Object.entries(PRESSURE_CATEGORY_LABELS).map(([k, v]) => [k, { description: sentence(v) }])),
});

export enum CurriculumArea {
  PSHE = 'PSHE',
  RSE = 'RSE',
  EQUALITY = 'EQUALITY',
  SCIENCE = 'SCIENCE',
  RELIGIOUS_EDUCATION = 'RELIGIOUS_EDUCATION',
  OTHER = 'OTHER',
}

registerEnumType(CurriculumArea, {
  name: 'CurriculumArea',
  description: 'The part of the curriculum the pressure is about, if any.',
  valuesMap: {
    PSHE: { description: 'Personal, social, health and economic education.' },
    RSE: { description: 'Relationships (and sex) education, and health education.' },
    EQUALITY: { description: 'Teaching about equality and the protected characteristics.' },
    SCIENCE: { description: 'Science, e.g. evolution or human reproduction.' },
    RELIGIOUS_EDUCATION: { description: 'Religious education.' },
    OTHER: { description: 'Another subject.' },
  },
});

export enum PressureReportStatus {
  SUBMITTED = 'SUBMITTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACTION_IN_PROGRESS = 'ACTION_IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}

registerEnumType(PressureReportStatus, {
  name: 'PressureReportStatus',
  description: 'Where a report of intimidation or pressure is with the council.',
  valuesMap: {
    SUBMITTED: { description: 'Sent to the council; waiting to be acknowledged (two working days).' },
    ACKNOWLEDGED: { description: 'An officer or manager of the council has acknowledged it.' },
    ACTION_IN_PROGRESS: { description: 'The council has recorded at least one action.' },
    RESOLVED: { description: 'Closed by the council with an outcome summary.' },
  },
});

export enum PressureActionKind {
  VISIT = 'VISIT',
  LETTER = 'LETTER',
  MEETING_WITH_PARENTS = 'MEETING_WITH_PARENTS',
  POLICE_REFERRAL = 'POLICE_REFERRAL',
  PREVENT_REFERRAL = 'PREVENT_REFERRAL',
  STAFF_SUPPORT = 'STAFF_SUPPORT',
  OTHER = 'OTHER',
}

export const PRESSURE_ACTION_LABELS: Readonly<Record<PressureActionKind, string>> = {
  VISIT: 'a visit to the school',
  LETTER: 'a letter',
  MEETING_WITH_PARENTS: 'a meeting with parents',
  POLICE_REFERRAL: 'a referral to the police',
  PREVENT_REFERRAL: 'a Prevent referral',
  STAFF_SUPPORT: 'support for staff',
  OTHER: 'an action',
};

registerEnumType(PressureActionKind, {
  name: 'PressureActionKind',
  description: 'What the council did about a report of intimidation or pressure.',
  valuesMap: Object.fromEntries(Object.entries(PRESSURE_ACTION_LABELS).map(([k, v]) => [k, { description: sentence(v.replace(/^an? /, '')) }])),
});

export enum PressureDeadlineKind {
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
}

registerEnumType(PressureDeadlineKind, {
  name: 'PressureDeadlineKind',
  description: 'What a deadline on a report of intimidation or pressure is for.',
  valuesMap: { ACKNOWLEDGEMENT: { description: 'The council acknowledges the report (two working days).' } },
});
