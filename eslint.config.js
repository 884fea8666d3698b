// One lint configuration for the whole workspace (each package runs `eslint .` from its folder).
// TypeScript is linted with type information (typescript-eslint's `recommendedTypeChecked`): each file is checked
// against the tsconfig.json that includes it, so a package's workspace dependencies must be built first (turbo's
// `lint` task depends on `^build`). The portals' and @navette/ui's components add the React hooks rules and jsx-a11y.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', '**/public/**', '**/*.config.*', '**/.navette/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Every TypeScript file belongs to a tsconfig.json (benchmarks and scripts have their own, in their folder).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A `switch` over a union must name every member (or have a `default`), so a new member is a lint error.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, allowDefaultCaseForExhaustiveSwitch: true },
      ],
      'no-console': 'off',
    },
  },
  {
    // Tests read the GraphQL responses of the running product as untyped JSON (`await response.json()`); typing every
    // response in every test would only restate the schema, so the `no-unsafe-*` family is off there — every other
    // type-aware rule (floating promises, misused promises, …) stays on.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Plain JavaScript (browser scripts of the developer documentation, Node scripts) has no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Node scripts (`.mjs`): the globals they use.
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
);
