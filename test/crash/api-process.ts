import { ChildProcess, execFile, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
// Inside the repository, so that the compiled code finds node_modules; dist/ is not committed.
const BUILD = join(ROOT, 'dist', 'crash-harness');

/**
 * Compiles the api once, without type checking (lint and typecheck do that): each restart then
 * loads JavaScript in about a quarter of the CPU time ts-node needs to transpile every file again.
 * Not incremental: the shared build info would call a deleted output up to date and emit nothing.
 */
export async function buildApi(): Promise<void> {
  await rm(BUILD, { recursive: true, force: true });
  await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck', '--incremental', 'false', '--outDir', BUILD], { cwd: ROOT });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The api as a process of its own, so that it can be killed with SIGKILL like a power cut. */
export class ApiProcess {
  private child?: ChildProcess;

  constructor(
    readonly url: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(timeoutMs = 90000): Promise<number> {
    const started = Date.now();
    this.child = spawn(
      process.execPath,
      ['-r', join(BUILD, 'apps/register-paths.js'), join(BUILD, 'apps/api/src/main.js')],
      { cwd: ROOT, env: { ...process.env, ...this.env }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const child = this.child;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`api exited during start (code ${child.exitCode})`);
      try {
        if ((await fetch(`${this.url}/health/ready`)).ok) return Date.now() - started;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > timeoutMs) throw new Error('api did not become ready');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** SIGKILL: no shutdown hooks, no flushing; whatever was not committed is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
}
