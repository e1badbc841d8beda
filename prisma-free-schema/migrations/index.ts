/**
 * Every committed migration, in order. `npm run schema:generate -- Name` adds generated ones;
 * hand-written ones (triggers, functions) are added here by hand. Never edit one that has landed.
 */
import { Foundation1795373880336 } from './1795373880336-Foundation';
import { AuditTrailAppendOnly1795373900000 } from './1795373900000-AuditTrailAppendOnly';

export const migrations: Function[] = [Foundation1795373880336, AuditTrailAppendOnly1795373900000];
