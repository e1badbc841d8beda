import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@safeguard/config';
import { migrations } from '../../../prisma-free-schema/migrations';
import { resolveDatabaseUrl } from './database-url';
import { runMigrationsLocked } from './migration-runner';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * One TypeORM connection pool per process. The schema only changes through the committed
 * migrations in prisma-free-schema/, which run at start; synchronize stays off.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
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
        extra: { max: config.database.DATABASE_POOL_SIZE, application_name: process.title },
        logging: ['error' as const],
        retryAttempts: 3,
        retryDelay: 1000,
      }),
      dataSourceFactory: async (options?: DataSourceOptions) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
