// `npm run check:package`: lints what `npm publish` would upload (run after `npm run build`).
//
// - publint --strict: package.json fields, the exports map and the files it points at; warnings fail too.
// - attw (Are the Types Wrong?) packs the package and resolves every entry the way TypeScript does.
//   The package is ESM-only, so the `esm-only` profile skips the CommonJS `require` resolutions, which
//   are expected to fail. `./styles.css` is excluded: attw looks for TypeScript types behind every
//   export and reports a stylesheet as "no types", a false positive for a CSS file (bundlers import it).
import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

// The tools are devDependencies; find them without `npx` or `npm run` putting them on PATH.
const bin = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };

const CHECKS = [
  ['publint', ['--strict']],
  ['attw', ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css']],
];

for (const [tool, args] of CHECKS) {
  const { status, error } = spawnSync(tool, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}
