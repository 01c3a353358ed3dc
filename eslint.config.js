// @ts-check
// Lint for the whole project (`npm run lint`, run by `npm test`).
// typescript-eslint without type information: fast enough to run on every
// test run; `tsc --noEmit` does the type checking.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'out/', '.profiles/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two classic hook rules. The plugin's React Compiler rules assume
      // React's compiler, which Preact does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      // Handoff strips control characters from untrusted mail text on purpose.
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        // Page content is untrusted: Handoff renders text, never markup.
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML (page content is untrusted).' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never HTML (page content is untrusted).' },
        // Preact sets these props as DOM properties (or as the srcdoc attribute); the build drops them too (stripPreactHtmlSinks in wxt.config.ts).
        { selector: 'JSXAttribute[name.name=/^(innerHTML|outerHTML|srcdoc)$/i]', message: 'Render text, never HTML (page content is untrusted).' },
        { selector: 'Property[key.name=/^(innerHTML|outerHTML|srcdoc)$/i]', message: 'Render text, never HTML (page content is untrusted).' },
      ],
    },
  },
  {
    // Tests build host-page fixtures from markup on purpose, and use chai's
    // property assertions (`expect(x).to.be.true`).
    files: ['test/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
