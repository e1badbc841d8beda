import { validateSync } from 'class-validator';
import { MaxDecimalPlaces } from './max-decimal-places';

class Hours {
  @MaxDecimalPlaces(1)
  hoursPerWeek: unknown;
}

const problems = (value: unknown) => {
  const hours = new Hours();
  hours.hoursPerWeek = value;
  return validateSync(hours).map((error) => Object.values(error.constraints ?? {})[0]);
};

describe('MaxDecimalPlaces', () => {
  it('accepts whole numbers and one decimal place', () => {
    for (const value of [0, 12, 12.5, 39.9, -0]) expect(problems(value)).toEqual([]);
  });

  it('refuses more decimals, and numbers written with an exponent, without throwing', () => {
    // class-validator's IsNumber({ maxDecimalPlaces }) threw a TypeError on these.
    for (const value of [12.55, 1e-12, 2e-323, 1.5e-7]) {
      expect(problems(value)).toEqual(['hoursPerWeek must be a number with at most 1 decimal place']);
    }
  });

  it('refuses what is not a finite number', () => {
    for (const value of ['1', null, Number.NaN, Number.POSITIVE_INFINITY]) expect(problems(value)).toHaveLength(1);
  });
});
