import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@safeguard/accounts';
import { AppConfig } from '@safeguard/config';
import { ActorLoader } from './actor-loader';
import { AuthSession } from './auth-session.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PolicyGuard } from './policy.guard';
import { RefreshToken } from './refresh-token.entity';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { SignInChallengeRecord } from './sign-in-challenge.entity';
import { SignInService } from './sign-in.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AuthSession, RefreshToken, SignInChallengeRecord]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    AccountsModule,
  ],
  providers: [
    AuthService,
    SignInService,
    SessionsService,
    ActorLoader,
    LocalStrategy,
    JwtStrategy,
    AuthResolver,
    SessionsResolver,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
