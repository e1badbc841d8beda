import { FieldKeyring } from './field-keyring';

/*
 * The keyring the column transformers use. TypeORM builds a column's transformer once, when the
 * entity class is decorated, long before Nest's injector exists, and calls it with the value alone:
 * it cannot be injected. So the keyring lives here, installed once at bootstrap (FieldCipher's
 * constructor, or a command that runs without Nest), and the transformers read it at each call.
 */
let installed: FieldKeyring | null = null;

export function installFieldKeyring(keyring: FieldKeyring): void {
  installed = keyring;
}

export function fieldKeyring(): FieldKeyring {
  if (!installed) throw new Error('Field encryption is not set up: import EncryptionModule (or call installFieldKeyring) first');
  return installed;
}
