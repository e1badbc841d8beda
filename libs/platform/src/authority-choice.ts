import { CommonException } from './errors/domain.exception';

/**
 * The local authority a call is about: the one given, or the caller's only one. With several the
 * caller must say which; with none, `forbiddenWhenNone` (if given) refuses, else it is bad input.
 */
export function chooseAuthority(areas: readonly string[], given?: string | null, forbiddenWhenNone?: string): string {
  if (given) return given;
  if (areas.length === 1) return areas[0];
  if (!areas.length && forbiddenWhenNone) throw CommonException.forbidden(forbiddenWhenNone);
  throw CommonException.invalidInput('localAuthorityId', 'Say which local authority');
}
