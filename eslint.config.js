import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.cache/', 'node_modules/', 'tests/.tmp/', 'demo-output/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      // Untrusted text reaches the page only through Preact, never as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render through Preact instead.' },
        { property: 'outerHTML', message: 'Render through Preact instead.' },
        { property: 'insertAdjacentHTML', message: 'Render through Preact instead.' },
      ],
    },
  },
);
