import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Every folder under src/features is a feature; the zones below are made for each. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The arrows of the architecture (README, "How the code is laid out"): app → features → lib → contract,
 * never back up; a feature never reaches into another one; browser and server share only contract.
 */
const zones = [
  {
    target: './src/lib',
    from: ['./src/features', './src/app', './src/main.tsx'],
    message: 'lib is what features share: it imports neither features nor app.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/features', './src/app', './src/main.tsx'],
    except: [`./${feature}`],
    message: 'A feature imports lib and contract, never app nor another feature.',
  })),
  {
    target: './src/contract',
    from: ['./src/features', './src/lib', './src/app', './src/server', './src/main.tsx'],
    message: 'contract is the one source of truth both sides import: it imports nothing of theirs.',
  },
  {
    target: ['./src/features', './src/lib', './src/app', './src/main.tsx'],
    from: './src/server',
    message: 'The browser shares only src/contract with the server.',
  },
  {
    target: './src/server',
    from: ['./src/features', './src/lib', './src/app', './src/main.tsx'],
    message: 'Server code shares only src/contract with the browser.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One naming rule: folders kebab-case; a file exporting a React component is PascalCase.tsx; every
    // other module (and a test, named after what it tests) is camelCase. main.tsx and router.tsx
    // render but export no component.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      'check-file/filename-naming-convention': [
        'error',
        {
          'src/**/!(main|router).tsx': 'PASCAL_CASE',
          'src/**/*.ts': 'CAMEL_CASE',
        },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['src/**/*.test.tsx', 'src/main.tsx', 'src/app/router.tsx'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.tsx': 'CAMEL_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
