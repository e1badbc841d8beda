import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@safeguard/config';
import { migrations } from '../../../prisma-free-schema/migrations';
import { resolveDatabaseUrl } from './database-url';
import { runMigrationsLocked } from './migration-runner';
import { DatabaseAccess, enforceRowSecurity, runAsSystem, SYSTEM } from './row-security';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The TypeORM pool of one process. `fallback` is what code outside any actor's context may
 * see when row-level security is on: nothing in the api, everything in the worker and the CLI.
 */
function typeOrmRoot(fallback: DatabaseAccess | undefined): DynamicModule {
  return TypeOrmModule.forRootAsync({
    inject: [AppConfig],
    useFactory: async (config: AppConfig) => ({
      type: 'postgres' as const,
      url: await resolveDatabaseUrl(config),
      autoLoadEntities: true,
      synchronize: false,
      // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
      uuidExtension: 'pgcrypto' as const,
      installExtensions: false,
      migrationsRun: false,
      migrations,
      migrationsTableName: 'schema_migrations',
      namingStrategy: new SnakeNamingStrategy(),
      extra: {
        max: config.database.DATABASE_POOL_SIZE,
        application_name: process.title,
        // Row-level security switched off: the policies still exist, so every session is the system.
        ...(config.database.DATABASE_ROW_LEVEL_SECURITY ? {} : { options: '-c app.system=on' }),
        rowLevelSecurity: config.database.DATABASE_ROW_LEVEL_SECURITY,
      },
      logging: ['error' as const],
      retryAttempts: 3,
      retryDelay: 1000,
    }),
    dataSourceFactory: async (options?: DataSourceOptions) => {
      const dataSource = await new DataSource(options!).initialize();
      if ((options as { extra?: { rowLevelSecurity?: boolean } }).extra?.rowLevelSecurity) {
        enforceRowSecurity(dataSource, fallback);
      }
      await runAsSystem(() => runMigrationsLocked(dataSource));
      return dataSource;
    },
  });
}

/**
 * The api's pool. The schema only changes through the committed migrations in
 * prisma-free-schema/, which run at start; synchronize stays off. Each request's queries run as
 * the app role with its actor's settings (row-level security); outside a request, as nobody.
 */
@Global()
@Module({ imports: [typeOrmRoot(undefined)], exports: [TypeOrmModule] })
export class DatabaseModule {}

/** The pool of the worker and the CLI, which act as the system. */
@Global()
@Module({ imports: [typeOrmRoot(SYSTEM)], exports: [TypeOrmModule] })
export class SystemDatabaseModule {}
