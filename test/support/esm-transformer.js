// ts-jest, plus one rewrite for ES-module-only dependencies: `import.meta.url` has no CommonJS
// spelling TypeScript will emit, so it becomes the file URL of the CommonJS module.
const { TsJestTransformer } = require('ts-jest');

const IMPORT_META_URL = /import\.meta\.url/g;
// `const require = createRequire(import.meta.url)` would shadow CommonJS's own require.
const OWN_REQUIRE = /^\s*(const|let|var)\s+require\s*=\s*createRequire\(import\.meta\.url\);?\s*$/gm;
const FILE_URL = "require('node:url').pathToFileURL(__filename).href";

class EsmTransformer extends TsJestTransformer {
  process(source, path, options) {
    return super.process(this.rewrite(source, path), path, options);
  }

  processAsync(source, path, options) {
    return super.processAsync(this.rewrite(source, path), path, options);
  }

  // Our rewrite is part of the output: bump this when it changes so cached output is not reused.
  getCacheKey(source, path, options) {
    return `esm-rewrite-2:${super.getCacheKey(source, path, options)}`;
  }

  getCacheKeyAsync(source, path, options) {
    return super.getCacheKeyAsync(source, path, options).then((key) => `esm-rewrite-2:${key}`);
  }

  rewrite(source, path) {
    if (!path.includes('/node_modules/')) return source;
    return source.replace(OWN_REQUIRE, '').replace(IMPORT_META_URL, FILE_URL);
  }
}

module.exports = { createTransformer: (config) => new EsmTransformer(config) };
