// Lint rules that guard the design, not just style: the core stays pure, the sidebar never
// builds HTML from strings, and nothing reaches the network.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptServices = [
  'SpreadsheetApp',
  'LockService',
  'HtmlService',
  'PropertiesService',
  'CacheService',
  'Utilities',
  'Session',
  'UrlFetchApp',
  'DriveApp',
  'GmailApp',
];

const networkGlobals = [
  { name: 'UrlFetchApp', message: 'Nothing leaves the sheet.' },
  { name: 'DriveApp', message: 'Least privilege: the add-on sees only this spreadsheet.' },
  { name: 'GmailApp', message: 'Nothing leaves the sheet.' },
  { name: 'fetch', message: 'Nothing leaves the sheet.' },
  { name: 'XMLHttpRequest', message: 'Nothing leaves the sheet.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test-output/', '.preview/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: [
      'src/core/**/*.ts',
      'src/contract/**/*.ts',
      'src/server/**/*.ts',
      'src/sidebar/**/*.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', ...networkGlobals],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'User text is text: use textContent.' },
        { property: 'outerHTML', message: 'User text is text: use textContent.' },
        { property: 'insertAdjacentHTML', message: 'User text is text: use textContent.' },
      ],
    },
  },
  // After the block above, so that for the core both lists apply.
  {
    files: ['src/core/**/*.ts', 'src/contract/**/*.ts', 'src/server/views.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...networkGlobals,
        ...appsScriptServices.map((name) => ({
          name,
          message: 'src/core is pure: Apps Script services belong in src/server/adapter.',
        })),
      ],
    },
  },
  // A spread argument puts every element on the stack: about 125,000 of them overflow it (in
  // Apps Script, Node and browsers alike), so a column of 130,000 cells would fail. Use a loop,
  // or concat; a spread that is bounded by construction may keep an inline disable saying why.
  {
    files: ['src/**/*.ts', 'packages/emulator/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['CallExpression', 'NewExpression'].map((call) => ({
          selector: `${call} > SpreadElement`,
          message:
            'A spread argument puts every element on the stack, and about 125,000 overflow it: ' +
            'loop (or concat) instead, or disable this line saying why the array is small.',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
  },
);
