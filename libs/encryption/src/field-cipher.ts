import { Injectable } from '@nestjs/common';
import { AppConfig } from '@safeguard/config';
import { keyringFromConfig } from './field-keys';
import { FieldKeyring } from './field-keyring';
import { installFieldKeyring } from './installed-keyring';

/**
 * The deployment's field keyring as a Nest provider. Building it installs it for the column
 * transformers (see installed-keyring.ts), so an invalid key stops the process at start.
 */
@Injectable()
export class FieldCipher {
  readonly keyring: FieldKeyring;

  constructor(config: AppConfig) {
    this.keyring = keyringFromConfig(config);
    installFieldKeyring(this.keyring);
  }

  encrypt(plain: string, context: string): string {
    return this.keyring.encrypt(plain, context);
  }

  decrypt(stored: string, context: string): string {
    return this.keyring.decrypt(stored, context);
  }

  lookupHashes(value: string, context: string): string[] {
    return this.keyring.lookupHashes(value, context);
  }
}
