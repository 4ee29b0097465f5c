import { defineConfig } from 'tsup';

// One build, every entry: code that two entries share (the store, ChatStreamError, the hooks) goes into
// shared chunks, so an app importing both '.' and '/core' loads one copy and `instanceof` holds across
// entries. Two configs would bundle each graph on its own and duplicate the core.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    headless: 'src/headless/index.ts',
    styled: 'src/styled/index.ts',
    core: 'src/core.ts',
    // Its own entry: fast-json-patch, which AG-UI state deltas need, would otherwise ride along with
    // the core chunk into every app (a bundler cannot drop a package it cannot prove side-effect free).
    'ag-ui': 'src/protocols/ag-ui/index.ts',
    server: 'src/server/index.ts',
    testing: 'src/testing/index.ts',
    'testing-node': 'src/testing/node/index.ts',
  },
  format: ['esm'],
  splitting: true,
  dts: true,
  sourcemap: true,
  target: 'es2022',
  // dist/ is emptied by the build script before tsup runs, together with the post-build step.
  clean: false,
  // esbuild already drops unused ESM code; Rollup's extra pass would only cost build time.
  treeshake: false,
  // Keep `node:` on built-ins: edge runtimes and bundlers tell a Node built-in from an npm package of the
  // same name (`stream`, `events`) only by that prefix.
  removeNodeProtocol: false,
  external: ['react', 'react-dom', 'react/jsx-runtime', /^node:/],
  // No `banner`: with shared chunks a banner would put 'use client' on chunks the server-safe entries
  // import too. scripts/markClientEntries.mjs adds it to the React entry files only, after the build.
});
