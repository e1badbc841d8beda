import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimals. class-validator's own
 * `IsNumber({ maxDecimalPlaces })` reads the decimals off `String(value)` and throws a TypeError
 * on exponent notation (1e-12), which reached clients as an internal error.
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxDecimalPlaces',
      validator: {
        // Rounding to `places` decimals gives back the very same number only if it had no more.
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a number with at most ${places} decimal place${places === 1 ? '' : 's'}`,
      },
    },
    options,
  );
}
