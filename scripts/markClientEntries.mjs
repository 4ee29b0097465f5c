// Post-build step of `npm run build`: puts 'use client' at the top of the React entry files of dist/.
//
// React Server Components treat a module as client code only when its first statement is the
// 'use client' directive. Bundling merges modules and drops their directives, so the built entries need
// it restored. It cannot be a tsup `banner`: with code splitting the banner lands on every chunk too,
// including the chunks that /core and /server import, and a server importing those would get client
// references instead of functions. So only these three entry files are marked; the chunks they share
// with the server-safe entries stay unmarked (a client entry makes everything it imports client code).
import { readFile, writeFile } from 'node:fs/promises';

const CLIENT_ENTRIES = ['index', 'headless', 'styled'];
const DIRECTIVE = "'use client';\n";
// esbuild keeps the directive of an entry whose source starts with one (src/headless, src/styled).
const MARKED = /^(['"])use client\1/;

for (const name of CLIENT_ENTRIES) {
  const file = new URL(`../dist/${name}.js`, import.meta.url);
  const code = await readFile(file, 'utf8');
  if (MARKED.test(code)) continue;
  await writeFile(file, DIRECTIVE + code);
  // The directive adds one generated line; a leading ';' (an empty line in source-map VLQ) keeps
  // every mapping pointing at the right source line.
  const mapFile = new URL(`../dist/${name}.js.map`, import.meta.url);
  const map = JSON.parse(await readFile(mapFile, 'utf8'));
  map.mappings = `;${map.mappings}`;
  await writeFile(mapFile, JSON.stringify(map));
}
