import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who the database should think is asking: the settings PostgreSQL's row-level security
 * policies read (app.user_id, app.school_ids, ...). Derived from the actor by the auth layer.
 */
export interface DatabaseActor {
  userId: string | null;
  /** Schools where the user holds a school role. */
  schoolIds: readonly string[];
  /** Local authorities of those schools (the area a school's children and register live in). */
  schoolAreaIds: readonly string[];
  /** Local authorities where the user holds an LA role or is the assigned HMI. */
  localAuthorityIds: readonly string[];
  roles: readonly string[];
}

/** The worker, migrations, seeding and the CLI: every row, as the owner. */
export const SYSTEM = 'system' as const;

export type DatabaseAccess = DatabaseActor | typeof SYSTEM;

/**
 * A request gets an empty holder at its start (middleware); the guard fills it once it knows
 * the actor. A holder rather than a value because a guard cannot change the async context of
 * the handler that runs after it, but can change an object that context already holds.
 */
interface Holder {
  access?: DatabaseAccess;
}

const storage = new AsyncLocalStorage<Holder>();

/** Runs `work` in a fresh, empty context (one per HTTP request); nothing is visible until an actor is bound. */
export function runInRequestScope<T>(work: () => T): T {
  return storage.run({}, work);
}

/** Binds the actor to the current request's context; a no-op outside one. */
export function bindDatabaseActor(actor: DatabaseActor): void {
  const holder = storage.getStore();
  if (holder) holder.access = actor;
}

/** Runs `work` (and everything it starts) with the database acting for `access`. */
export function runWithDatabaseAccess<T>(access: DatabaseAccess, work: () => T): T {
  return storage.run({ access }, work);
}

/** Runs `work` as the system: jobs, seeding, migrations and imports. */
export function runAsSystem<T>(work: () => T): T {
  return runWithDatabaseAccess(SYSTEM, work);
}

/** The access of the current async context, or undefined outside any. */
export function currentDatabaseAccess(): DatabaseAccess | undefined {
  return storage.getStore()?.access;
}
