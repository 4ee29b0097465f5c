// `npm run api:report` writes api/<entry>.api.md for every public entry of the package, from the built
// dist/*.d.ts (run `npm run build` first). `npm run api:check` (run by `npm test`) compares instead and
// exits 1 when a report differs, so a change to the public API shows up in review as a diff of api/.
//
// api-extractor is configured here rather than with one api-extractor.json per entry: the seven configs
// would differ only in the entry file and report name. tsup's code splitting puts shared declarations in
// hashed chunks (dist/createChatStore-<hash>.d.ts); api-extractor follows the imports from each entry
// file, so the hash never reaches the report.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

/** The package's exports map, entry by entry: report name → built declaration file. */
const ENTRIES = [
  ['react-chat-stream', 'dist/index.d.ts'],
  ['core', 'dist/core.d.ts'],
  ['ag-ui', 'dist/ag-ui.d.ts'],
  ['headless', 'dist/headless.d.ts'],
  ['styled', 'dist/styled.d.ts'],
  ['server', 'dist/server.d.ts'],
  ['testing', 'dist/testing.d.ts'],
  ['testing-node', 'dist/testing-node.d.ts'],
];

const packageJsonFullPath = join(root, 'package.json');
const packageJson = JSON.parse(readFileSync(packageJsonFullPath, 'utf8'));
const tempFolder = mkdtempSync(join(tmpdir(), 'rcs-api-'));
mkdirSync(join(root, 'api'), { recursive: true });

function configFor(name, dts) {
  return ExtractorConfig.prepare({
    configObjectFullPath: undefined,
    packageJsonFullPath,
    packageJson,
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, dts),
      bundledPackages: [],
      newlineKind: 'lf',
      // The built declarations only need React's and Node's types to resolve; the repository's
      // tsconfig.json maps the package name to src/, which would analyse the sources instead.
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            types: ['node'],
            skipLibCheck: true,
          },
          files: ENTRIES.map(([, file]) => join(root, file)),
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: name,
        reportFolder: join(root, 'api'),
        reportTempFolder: tempFolder,
        // A type reachable from the API but not exported is part of the API too: list it in the report.
        includeForgottenExports: true,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // The package has one release level (it is 0.x: everything exported is public), so the
          // @public/@beta/@alpha tags this rule asks for on every export would be noise on 300 symbols.
          'ae-missing-release-tag': { logLevel: 'none' },
          // The report lists forgotten exports' declarations itself (includeForgottenExports). The warning
          // line would name the hashed chunk file tsup wrote the type into, so the report would change
          // with every unrelated build.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: false },
          // Every export carries TSDoc (a project convention reviewed in the sources); this rule also
          // asks for it on each prop of each props type, which is not what the report is for.
          'ae-undocumented': { logLevel: 'none' },
          // `{@link X}` is resolved against the package's main entry only, so a link between two names of
          // a subpath entry (`./headless`, `./styled`) always "fails"; editors resolve them fine.
          'ae-unresolved-link': { logLevel: 'none' },
          // tsup writes the imports of a declaration bundle above its @packageDocumentation comment.
          'ae-misplaced-package-tag': { logLevel: 'none' },
        },
        // TSDoc syntax of our comments is not what the report reviews; tsc and eslint own the sources.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
}

const changed = [];
const problems = [];
let compilerState;
try {
  for (const [name, dts] of ENTRIES) {
    const config = configFor(name, dts);
    // One TypeScript program for all the entries: building it is most of the run time.
    compilerState ??= CompilerState.create(config);
    const result = Extractor.invoke(config, {
      localBuild: !check,
      compilerState,
      messageCallback(message) {
        message.handled = true;
        // Console warnings only say that a report was created or differs: the summary below says it once.
        if (message.category === 'console' && message.logLevel !== 'error') return;
        if (message.logLevel === 'error' || message.logLevel === 'warning') {
          problems.push({ error: message.logLevel === 'error', text: `${name}: ${message.formatMessageWithLocation(root)}` });
        }
      },
    });
    if (result.apiReportChanged) changed.push(`api/${name}.api.md`);
  }
} finally {
  rmSync(tempFolder, { recursive: true, force: true });
}

for (const problem of problems) console.error(problem.text);
if (check && changed.length > 0) {
  console.error(
    `The public API differs from the checked-in report: ${changed.join(', ')}.\n` +
      'If the change is intended, run `npm run build && npm run api:report` and commit api/.',
  );
  process.exit(1);
}
if (problems.some((problem) => problem.error)) process.exit(1);
console.log(check ? `API reports match (${ENTRIES.length} entries).` : `API reports written to api/ (${changed.length} changed).`);
