// Lint rules, including the layer rule: which folder may import what (see DESIGN.md). The compiler
// enforces part of it too (src-shared is type-checked with neither DOM nor Node types).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, ...forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: `Layer rule: ${files[0]} may not import ${group} (see eslint.config.js and DESIGN.md).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/real/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  layer(
    ['src-shared/**'],
    'electron',
    'node:*',
    'better-sqlite3',
    'chokidar',
    'yauzl',
    'react',
    '**/src-main/**',
    '**/src-renderer/**',
  ),
  layer(
    ['src-main/core/**', 'src-main/http-bridge/**', 'src-main/cli/**'],
    'electron',
    '**/electron/**',
    '**/preload/**',
    '**/src-renderer/**',
  ),
  layer(
    ['src-main/electron/**', 'src-main/main.ts'],
    '**/preload/**',
    '**/http-bridge/**',
    '**/src-renderer/**',
  ),
  layer(
    ['src-main/preload/**'],
    'node:*',
    'better-sqlite3',
    'chokidar',
    'yauzl',
    '**/core/**',
    '**/electron/**',
    '**/http-bridge/**',
    '**/src-renderer/**',
  ),
  layer(['src-renderer/**'], 'electron', 'node:*', 'better-sqlite3', 'chokidar', 'yauzl', '**/src-main/**'),
);
