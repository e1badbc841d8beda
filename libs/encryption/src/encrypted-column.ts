import { Logger } from '@nestjs/common';
import { Column, ColumnOptions, ValueTransformer } from 'typeorm';
import { fieldKeyring } from './installed-keyring';

export interface EncryptedColumnOptions extends Pick<ColumnOptions, 'name' | 'nullable' | 'comment'> {
  /**
   * Read as null, with an error logged, a value that cannot be decrypted (a key no longer
   * configured), instead of failing the whole read. For a reference shown as "unknown"; narratives
   * fail loudly, since an empty account would be mistaken for one never written.
   */
  unreadableAsNull?: boolean;
  /** The property holding the value's keyed hash, kept current by `keys:rotate`. */
  lookupHash?: string;
}

/**
 * Encrypts on write and decrypts on read under the installed keyring. A stored value that is not an
 * envelope is plain text from before encryption, read as it is until `keys:rotate` encrypts it.
 *
 * TypeORM tells whether a loaded entity's column changed by comparing both values after `to()`;
 * with a fresh nonce each time an encrypted column always looks changed, so `save()` of a loaded
 * entity writes it again (same words, new ciphertext). The services that do so hold the row locked
 * (pessimistic_write), so nothing written meanwhile is lost. A deterministic `to()` would avoid the
 * write but would show which rows hold the same words: not worth it.
 */
export class FieldTransformer implements ValueTransformer {
  private static readonly logger = new Logger('FieldTransformer');

  constructor(
    /** `table.column`: the associated data each value is bound to. */
    readonly context: string,
    readonly options: EncryptedColumnOptions = {},
  ) {}

  to(value: unknown): unknown {
    // Null and find operators (IsNull()) pass through; an encrypted value is never compared for equality.
    if (typeof value !== 'string') return value;
    return fieldKeyring().encrypt(value, this.context);
  }

  from(value: unknown): unknown {
    if (typeof value !== 'string') return value;
    try {
      return fieldKeyring().open(value, this.context);
    } catch (error) {
      if (!this.options.unreadableAsNull) throw error;
      FieldTransformer.logger.error(`${this.context}: ${(error as Error).message}`);
      return null;
    }
  }
}

/**
 * A text column encrypted at the application layer. The context is the column's place in the
 * database (`table.column`), written out rather than derived so that renaming a property cannot
 * silently make old values unreadable; keys:rotate checks it matches where the column lives.
 */
export function EncryptedColumn(context: string, options: EncryptedColumnOptions = {}): PropertyDecorator {
  const { unreadableAsNull: _u, lookupHash: _l, ...column } = options;
  return Column({ type: 'text', ...column, transformer: new FieldTransformer(context, options) });
}
