import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrations } from '../../prisma-free-schema/migrations';
import { adminQuery, startTestServer } from './postgres-server';

/**
 * Starts PostgreSQL for the run (embedded unless DATABASE_URL is set) and builds a template
 * database with every committed migration; each test file then copies it into its own database.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  const template = `safeguard_test_template_${process.pid}`;
  await adminQuery(server.serverUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(server.serverUrl, `CREATE DATABASE ${template}`);
  const dataSource = new DataSource({
    type: 'postgres',
    url: `${server.serverUrl}/${template}`,
    migrations,
    migrationsTableName: 'schema_migrations',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TEST_PG_SERVER = server.serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
  (globalThis as { __testServer?: typeof server }).__testServer = server;
}
