import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'samples/**', 'coverage/**', 'test/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The bench loads the compiled dist/ on purpose: it measures what the user runs.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      // The core is pure: no host, DOM or Node APIs.
      'no-restricted-imports': ['error', { patterns: ['fs', 'path', 'node:*', 'exceljs', 'react', 'react-dom', '@fluentui/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'Date'],
    },
  },
);
