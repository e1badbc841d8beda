import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig } from '@safeguard/config';
import { resolveDatabaseUrl } from '@safeguard/database';

/**
 * `npm start`: one command for a newcomer. Starts the embedded PostgreSQL when DATABASE_URL
 * is unset, then runs the api and the worker as two processes on it, and stops all on Ctrl-C.
 */
async function main(): Promise<void> {
  const config = new AppConfig(process.env);
  const databaseUrl = await resolveDatabaseUrl(config);
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const dist = join(__dirname, '../../..');
  const register = join(dist, 'apps/register-paths.js');
  const children: ChildProcess[] = [];
  const start = (name: string, entry: string) => {
    const child = fork(join(dist, entry), { env, execArgv: ['-r', register] });
    child.on('exit', (code) => {
      console.error(`${name} exited (${code ?? 'signal'}); stopping`);
      shutdown(code ?? 1);
    });
    children.push(child);
  };
  let stopping = false;
  const shutdown = (code: number) => {
    if (stopping) return;
    stopping = true;
    children.forEach((child) => child.kill('SIGTERM'));
    // Give the children time to close; the embedded server stops with this process.
    setTimeout(() => process.exit(code), 3000).unref();
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  start('api', 'apps/api/src/main.js');
  start('worker', 'apps/worker/src/main.js');
  console.log(
    `Safeguard Hub: the portal at http://localhost:${config.app.PORT}/ and GraphQL at /graphql, on ${config.database.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
