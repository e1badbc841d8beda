import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountsModule } from '@safeguard/accounts';
import { AuditModule, AuditRefusalsFilter } from '@safeguard/audit';
import { AuthModule } from '@safeguard/auth';
import { ConcernsModule } from '@safeguard/concerns';
import { EncryptionModule } from '@safeguard/encryption';
import { GovernanceModule } from '@safeguard/governance';
import { AppConfig, ConfigModule } from '@safeguard/config';
import { DatabaseModule, RequestScopeMiddleware } from '@safeguard/database';
import { DemoModule } from '@safeguard/demo';
import { HealthModule } from '@safeguard/health';
import { InspectionModule } from '@safeguard/inspection';
import { JobsModule } from '@safeguard/jobs';
import { MessagingModule } from '@safeguard/messaging';
import { NetworksModule } from '@safeguard/networks';
import { NotificationsModule } from '@safeguard/notifications';
import { GiasImportsModule, OrganisationsModule } from '@safeguard/organisations';
import { OutboxModule } from '@safeguard/outbox';
import { PracticeModule } from '@safeguard/practice';
import { PressureModule } from '@safeguard/pressure';
import { graphqlOptions, RequestIdMiddleware, StorableTextPipe, validationExceptionFactory } from '@safeguard/platform';
import { RateLimitsModule } from '@safeguard/rate-limits';
import { RealtimeModule } from '@safeguard/realtime';
import { RegisterModule } from '@safeguard/register';

/** The api process: GraphQL at /graphql, socket.io and health on one port. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    JobsModule.forRoot({ role: 'producer' }),
    AuditModule,
    EncryptionModule,
    OutboxModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    OrganisationsModule,
    GiasImportsModule,
    AccountsModule,
    AuthModule,
    // After AuthModule: its rate-limit guard counts per account, which the policy guard has authenticated by then.
    RateLimitsModule,
    RealtimeModule,
    NotificationsModule,
    RegisterModule,
    ConcernsModule,
    GovernanceModule,
    NetworksModule,
    MessagingModule,
    PracticeModule,
    PressureModule,
    InspectionModule,
    HealthModule,
    DemoModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: AuditRefusalsFilter },
    // Before validation, so a NUL byte or lone surrogate is refused by name wherever it hides.
    { provide: APP_PIPE, useClass: StorableTextPipe },
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ transform: true, whitelist: true, exceptionFactory: validationExceptionFactory }),
    },
  ],
})
export class ApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware, RequestScopeMiddleware).forRoutes('*path');
  }
}
