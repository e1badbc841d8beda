import { ValidationError } from '@nestjs/common';
import { CommonException } from './domain.exception';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraint = Object.values(error.constraints ?? {})[0];
    if (constraint) return { field, message: constraint };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/** class-validator failures become BAD_USER_INPUT naming the first wrong field. */
export function validationExceptionFactory(errors: ValidationError[]): CommonException {
  const problem = firstProblem(errors) ?? { field: 'input', message: 'The input is not valid' };
  return CommonException.invalidInput(problem.field, problem.message);
}
