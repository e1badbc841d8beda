import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '@safeguard/config';
import { Actor } from '@safeguard/policy';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { requestMeta } from './request-meta';

/** Bearer access tokens: the signature and expiry by passport-jwt, the session by ActorLoader. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: resolveJwtSecret(config),
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  validate(req: Request, claims: { sub: string; sid: string }): Promise<Actor> {
    return this.auth.actorFromClaims(claims, requestMeta(req).requestId);
  }
}
