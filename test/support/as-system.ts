import { runAsSystem } from '@safeguard/database';

/**
 * A view of an api service or DataSource whose every method runs as the system, for tests that
 * play the worker's or the CLI's part inside the api (under row-level security the api's own
 * pool sees nothing outside a request).
 */
export function asSystem<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => runAsSystem(() => (value as (...a: unknown[]) => unknown).apply(object, args));
    },
  });
}
