import { Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { getOptionsToken, getStorageToken } from '@nestjs/throttler';
import { AppConfig } from '@safeguard/config';
import { RateLimitGuard, rateLimitOptions } from './rate-limit.guard';
import { RateLimitStore } from './rate-limit.store';
import { rateLimitSettings } from './rate-limits';

/**
 * Rate limits on sign-in and on every change. Import it AFTER AuthModule: global guards run in
 * the order their modules were registered, and the per-account budget needs the account that
 * the policy guard authenticated.
 */
@Module({
  providers: [
    RateLimitStore,
    { provide: getStorageToken(), useExisting: RateLimitStore },
    { provide: getOptionsToken(), inject: [AppConfig, Reflector], useFactory: (config: AppConfig, reflector: Reflector) => rateLimitOptions(rateLimitSettings(config), reflector) },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class RateLimitsModule {}
