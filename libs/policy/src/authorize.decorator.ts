import { SetMetadata } from '@nestjs/common';
import { Permission } from './permission';

export const AUTHORIZE_KEY = 'safeguard:authorize';

export type OperationPolicy =
  | { kind: 'public'; reason: string }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission };

/** The operation needs a signed-in user holding a role the permission allows. */
export const Authorize = (permission: Permission) =>
  SetMetadata<string, OperationPolicy>(AUTHORIZE_KEY, { kind: 'permission', permission });

/** The operation needs a signed-in user, whatever their roles (e.g. sign out). */
export const Authenticated = () => SetMetadata<string, OperationPolicy>(AUTHORIZE_KEY, { kind: 'authenticated' });

/** Open to anyone; the reason documents why (e.g. sign-in itself). */
export const Public = (reason: string) => SetMetadata<string, OperationPolicy>(AUTHORIZE_KEY, { kind: 'public', reason });
