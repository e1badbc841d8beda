import { compatiblePgTool, findPgTools, NoCompatiblePgToolError, requirePgTool } from './pg-tools';

describe('PostgreSQL client programs for backups', () => {
  it('refuses, naming what it found and what to install, when no pg_dump is as new as the server', () => {
    expect(() => requirePgTool('pg_dump', 99)).toThrow(NoCompatiblePgToolError);
    expect(() => requirePgTool('pg_dump', 99)).toThrow(/pg_dump for PostgreSQL 99 or newer.*postgresql-client-99.*PG_BIN_DIR/);
  });

  it('picks the newest copy that is at least the server version', () => {
    const all = findPgTools('pg_dump');
    if (all.length === 0) return; // nothing installed: only the refusal above applies
    expect(all.map((b) => b.major)).toEqual([...all.map((b) => b.major)].sort((a, b) => b - a));
    expect(compatiblePgTool('pg_dump', all[all.length - 1].major)).toEqual(all[0]);
    expect(compatiblePgTool('pg_dump', all[0].major + 1)).toBeUndefined();
  });
});
