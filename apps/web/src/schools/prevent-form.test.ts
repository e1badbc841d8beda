import { describe, expect, it } from 'vitest';
import { OTHER_TRAINEE, riskAssessmentErrors, type RiskAssessmentDraft, schoolYearOf, trainingErrors } from './prevent-form';

const complete: RiskAssessmentDraft = {
  ratings: { riskAssessment: 'LOW', partnership: 'LOW', staffTraining: 'MEDIUM', onlineSafety: 'LOW' },
  actions: { riskAssessment: 'Reviewed with governors', partnership: 'Termly meetings', staffTraining: 'INSET', onlineSafety: 'Filtering checked' },
  overallRating: 'LOW', staffHeadcount: '38', reviewedOn: '2026-11-20', reviewedOnTyped: true,
};

describe('riskAssessmentErrors', () => {
  it('accepts a complete assessment', () => {
    expect(riskAssessmentErrors(complete, '2026-11-23')).toEqual([]);
  });

  it('names each theme left without a rating or actions, linked to its field', () => {
    const errors = riskAssessmentErrors({ ...complete, ratings: { ...complete.ratings, partnership: '' }, actions: { ...complete.actions, onlineSafety: ' ' } }, '2026-11-23');
    expect(errors).toEqual([
      { field: 'partnership-rating', message: 'Select the rating for working in partnership' },
      { field: 'onlineSafety-actions', message: 'Enter what the school does about IT and online-safety policies' },
    ]);
  });

  it('refuses a headcount that is not a whole number in range, and a review date ahead', () => {
    const fields = riskAssessmentErrors({ ...complete, staffHeadcount: '0', reviewedOn: '2026-12-01' }, '2026-11-23').map((e) => e.field);
    expect(fields).toEqual(['staffHeadcount', 'reviewedOn']);
  });

  it('tells a date typed wrongly from one not typed', () => {
    expect(riskAssessmentErrors({ ...complete, reviewedOn: null }, '2026-11-23')[0].message).toBe('The review date must be a real date');
    expect(riskAssessmentErrors({ ...complete, reviewedOn: null, reviewedOnTyped: false }, '2026-11-23')[0].message).toBe('Enter the date the risk assessment was reviewed');
  });
});

describe('trainingErrors', () => {
  const draft = { trainee: OTHER_TRAINEE, staffName: 'Owen Price', staffRole: 'Class teacher', isDsl: 'false', trainedOn: '2026-11-01', trainedOnTyped: true, course: 'Prevent e-learning' };

  it('asks for a name and the DSL question only for someone without an account picked', () => {
    expect(trainingErrors(draft, '2026-11-23')).toEqual([]);
    expect(trainingErrors({ ...draft, trainee: 'user-1', staffName: '', isDsl: '' }, '2026-11-23')).toEqual([]);
    expect(trainingErrors({ ...draft, staffName: '', isDsl: '' }, '2026-11-23').map((e) => e.field)).toEqual(['staffName', 'isDsl']);
  });

  it('refuses training in the future', () => {
    expect(trainingErrors({ ...draft, trainedOn: '2026-12-01' }, '2026-11-23').map((e) => e.field)).toEqual(['trainedOn']);
  });
});

describe('schoolYearOf', () => {
  it('starts the school year on 1 September', () => {
    expect(schoolYearOf('2026-08-31')).toBe('2025/26');
    expect(schoolYearOf('2026-09-01')).toBe('2026/27');
    expect(schoolYearOf('2099-12-01')).toBe('2099/00');
  });
});
