import { defineConfig } from 'tsup';

const shared = {
  format: ['esm' as const],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  external: ['react', 'react-dom', 'react/jsx-runtime'],
};

export default defineConfig([
  // Framework-free entries: no 'use client' banner, so servers and workers can import them.
  { ...shared, clean: true, entry: { core: 'src/core.ts' } },
  // React entries: bundling drops per-module directives, so the banner restores the client boundary.
  { ...shared, clean: false, entry: { index: 'src/index.ts' }, banner: { js: "'use client';" } },
]);
