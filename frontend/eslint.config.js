// Lint for what the type checker cannot see: the SPA's import boundaries, cycles, and the rules of hooks.
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url));

/** `features` never import each other (the app composes them); `lib` and `components` import no feature and no app. */
const boundaries = [
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: `^@/features/(?!${feature}/)`, message: 'Features do not import each other: compose them in src/app.' },
          { regex: '^@/app(/|$)', message: 'Features do not import the app that composes them.' },
        ],
      }],
    },
  })),
  {
    files: ['src/lib/**', 'src/components/**', 'src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^@/(features|app)(/|$)', message: 'Shared code does not depend on features or the app.' }],
      }],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'e2e/results/**', 'src/lib/api/schema.ts'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      // Imported files are parsed as TypeScript too, or the cycle check would not see past the first file.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...boundaries,
);
