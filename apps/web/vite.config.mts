import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Safeguard Hub is not a GOV.UK service, so it may not use the GDS Transport font or the crest:
 * the precompiled govuk-frontend CSS is used with those references taken out (system fonts instead).
 */
function withoutGovukBrandAssets(): Plugin {
  return {
    name: 'without-govuk-brand-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !/\.css($|\?)/.test(id)) return null;
      return code
        .replace(/@font-face\{[^}]*\}/g, '')
        .replace(/font-family:GDS Transport,/g, 'font-family:')
        .replace(/font-family:GDS Transport(?=[;}])/g, 'font-family:arial,sans-serif')
        .replace(/url\(\/assets\/images\/[^)]*\)/g, 'none');
    },
  };
}

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [withoutGovukBrandAssets(), react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 900 },
  // govuk-frontend still carries old Internet Explorer hacks (`@media screen\0`) that the minifier drops.
  css: { lightningcss: { errorRecovery: true } },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true },
      '/health': { target: api },
    },
  },
});
