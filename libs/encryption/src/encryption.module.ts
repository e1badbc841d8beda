import { Global, Module } from '@nestjs/common';
import { FieldCipher } from './field-cipher';

/** Field encryption, one key per deployment. */
@Global()
@Module({ providers: [FieldCipher], exports: [FieldCipher] })
export class EncryptionModule {}
