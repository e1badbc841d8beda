import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Component and logic tests of the web app (files named *.test.ts or *.test.tsx, never jest's *.spec.ts). */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'], css: false },
});
