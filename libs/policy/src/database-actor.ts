import { Actor } from './actor';
import { Role } from './role';

const SCHOOL = [Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK];
const AREA = [Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI];

/**
 * The coarse organisational facts PostgreSQL's row-level security policies need about an actor
 * (the shape of DatabaseActor in @safeguard/database): its schools, their areas, the areas it
 * works in or inspects, and its roles. The policy layer keeps every finer rule.
 */
export function databaseActorOf(actor: Actor) {
  return {
    userId: actor.userId,
    schoolIds: actor.schoolIds(...SCHOOL),
    schoolAreaIds: actor.localAuthorityIds(...SCHOOL),
    localAuthorityIds: actor.localAuthorityIds(...AREA),
    roles: [...new Set(actor.grants.map((g) => g.role))],
  };
}

/** The system actor (worker, imports, seeding) sees every row; anyone else, their organisations' (see above). */
export function databaseAccessOf(actor: Actor) {
  return actor.isSystem ? ('system' as const) : databaseActorOf(actor);
}
