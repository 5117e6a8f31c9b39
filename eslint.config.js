import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'custom-elements.json',
      'src/data/default-set.ts',
      'bench/.sets/**',
      'bench/.out/**',
      'test/hosts/.cache/**',
      'wordpress/django-quiz-elements/assets/**',
      'test/hosts/*/{dist,build,public,site,_site,resources,.docusaurus}/**',
      'test/hosts/*/static/js/**',
      'test/hosts/*/docs/js/django-quiz-*.js',
    ],
  },
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**', 'stories/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
