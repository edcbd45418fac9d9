// Lint rules, including the layer rule: which folder may import what (see DESIGN.md). The compiler
// enforces part of it too (src-shared is type-checked with neither DOM nor Node types); import cycles
// are found by scripts/check-import-cycles.mjs.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Node's own modules under every name they answer to: `node:fs`, `fs`, `fs/promises`.
const NODE = ['node:*', ...builtinModules.flatMap((name) => [name, `${name}/*`])];
const NATIVE = ['better-sqlite3', 'chokidar', 'yauzl', 'yazl'];

const layer = (files, ...forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden,
            message: `Layer rule: ${files[0]} may not import this (see eslint.config.js and DESIGN.md).`,
          },
        ],
      },
    ],
  },
});

// core runs under every shell (CLI, serve, Electron) and knows none of them.
const CORE_FORBIDDEN = [
  'electron',
  '**/electron/**',
  '**/preload/**',
  '**/cli/**',
  '**/http-bridge/**',
  '**/src-renderer/**',
];

// process and Buffer exist only where Node runs.
const nodeGlobals = (files) => ({
  files,
  languageOptions: { globals: { process: 'readonly', Buffer: 'readonly' } },
});

/** The layer rule of core/db, for files whose way up to the rest of core is `up`. */
function dbLayer(files, up) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: CORE_FORBIDDEN,
              message:
                'Layer rule: src-main/core/** may not import this (see eslint.config.js and DESIGN.md).',
            },
            {
              regex: up,
              allowTypeImports: true,
              message: 'Layer rule: core/db may import only types from the rest of core.',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-tools/**',
      'dist-renderer/**',
      'test-results/**',
      'node_modules/**',
      'test/fixtures/real/**',
      'coverage/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // A promise nobody awaits loses its error; a promise where a callback's result is ignored too.
    files: ['src-shared/**/*.ts', 'src-main/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The window: hooks follow React's rules; its own tsconfig knows the DOM.
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', location: 'readonly', history: 'readonly' },
      parserOptions: { project: './tsconfig.renderer.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Speaks to the React Compiler, which this build does not use; virtualizers are such libraries.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  nodeGlobals(['src-main/**', 'bench/**', 'scripts/**', 'test/**', '*.js', '*.ts']),
  layer(['src-shared/**'], 'electron', ...NODE, ...NATIVE, 'react', '**/src-main/**', '**/src-renderer/**'),
  layer(['src-main/core/**'], ...CORE_FORBIDDEN),
  // Repositories are SQL over the archive: from the rest of core they may import types only, so that
  // the domain depends on the database and never the other way round. A migration is one folder deeper,
  // and may use what core/db itself has (how messages are packed, for one).
  dbLayer(['src-main/core/db/*'], '^\\.\\./[a-z]'),
  dbLayer(['src-main/core/db/migrations/**'], '^\\.\\./\\.\\./[a-z]'),
  layer(
    ['src-main/http-bridge/**'],
    'electron',
    '**/electron/**',
    '**/preload/**',
    '**/cli/**',
    '**/src-renderer/**',
  ),
  layer(['src-main/cli/**'], 'electron', '**/electron/**', '**/preload/**', '**/src-renderer/**'),
  layer(
    ['src-main/electron/**', 'src-main/main.ts'],
    '**/preload/**',
    '**/http-bridge/**',
    '**/cli/**',
    '**/src-renderer/**',
  ),
  layer(
    ['src-main/preload/**'],
    ...NODE,
    ...NATIVE,
    '**/core/**',
    '**/cli/**',
    '**/electron/**',
    '**/http-bridge/**',
    '**/src-renderer/**',
  ),
  layer(['src-renderer/**'], 'electron', ...NODE, ...NATIVE, '**/src-main/**'),
);
