import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_PG_SERVER!;
  const template = process.env.TEST_PG_TEMPLATE!;
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
    [template, `${template}_%`],
  );
  for (const { datname } of rows) {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
  }
  await client.end();
  await (globalThis as { __testServer?: { stop: () => Promise<void> } }).__testServer?.stop();
}
