export * from './encrypted-column';
export * from './encryption.module';
export * from './field-cipher';
export * from './field-keyring';
export * from './field-keys';
export * from './installed-keyring';
export * from './key-rotation';
