import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * README's test command runs the crash harness (`npm run test:crash`) with a small iteration count,
 * on the run's PostgreSQL server (embedded or DATABASE_URL's): SIGKILL at random moments in a
 * stream of messages, concerns and register entries, then every acknowledged write is there once.
 */
describe('Crash harness (npm run test:crash)', () => {
  it('loses no acknowledged write, duplicates none and leaves no partial record across SIGKILLs', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/crash/crash-harness.ts'], {
      cwd: ROOT,
      env: { ...process.env, CRASH_ITERATIONS: process.env.CRASH_ITERATIONS ?? '2', DATABASE_URL: `${process.env.TEST_PG_SERVER}/postgres` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const summary = JSON.parse(output.slice(output.lastIndexOf('{\n  "iterations"'))) as Record<string, unknown>;
    console.log(`crash harness: ${JSON.stringify(summary)}`);
    expect(summary).toMatchObject({ lost: 0, duplicates: 0, partial: 0 });
    expect(summary.acknowledged).toBeGreaterThan(0);
    expect(String(summary.auditChain)).toMatch(/^intact/);
    expect(code).toBe(0);
  }, 600000);
});
