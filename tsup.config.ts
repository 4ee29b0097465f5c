import { defineConfig } from 'tsup';

const shared = {
  format: ['esm' as const],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  // Rollup's tree-shaking pass would strip the 'use client' banner; esbuild already drops unused ESM code.
  treeshake: false,
  external: ['react', 'react-dom', 'react/jsx-runtime', /^node:/],
};

export default defineConfig([
  // dist/ is emptied by the build script: two configs cleaning in parallel would delete each other's output.
  // Framework-free entries: no 'use client' banner, so servers and workers can import them.
  { ...shared, clean: false, entry: { core: 'src/core.ts', testing: 'src/testing/index.ts', 'testing-node': 'src/testing/node/index.ts', server: 'src/server/index.ts' } },
  // React entries: bundling drops per-module directives, so the banner restores the client boundary.
  { ...shared, clean: false, entry: { index: 'src/index.ts', headless: 'src/headless/index.ts', styled: 'src/styled/index.ts' }, banner: { js: "'use client';" } },
]);
