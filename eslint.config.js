import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'examples/*/dist/', 'examples/*/.next/', 'examples/*/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The framework-free layers must never reach React (the one-way layering of the README).
    files: ['src/sse/**', 'src/message/**', 'src/protocols/**', 'src/store/**', 'src/server/**', 'src/testing/**', 'src/core.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react/*', 'react-dom/*', '../react/*', '../headless/*', '../styled/*'], message: 'This layer is framework-free: no React imports.' }] }],
    },
  },
  {
    files: ['test/**', 'src/**/*.test.ts', 'src/**/*.test.tsx', 'stories/**'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(skip|only|todo)$/]", message: 'No skipped, focused or todo tests in the tree.' }] },
  },
);
