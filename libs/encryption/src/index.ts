export * from './encryption.module';
export * from './field-cipher';
