import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.cache/', 'node_modules/', 'tests/.tmp/', 'demo-output/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly',
      },
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
