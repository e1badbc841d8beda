// Resolves @safeguard/* imports inside the compiled dist/ tree (tsconfig paths point at libs/*/src).
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: join(__dirname, '..'), paths: { '@safeguard/*': ['libs/*/src'] } });
