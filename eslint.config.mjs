import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [
      '.next/**',
      '.contentlayer/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.tmp/**',
      'bench/results/**',
      'next-env.d.ts',
    ],
  },
  {
    // Routes and components reach content only through lib/content/repository.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['contentlayer/generated', '**/.contentlayer/**'], message: 'Use lib/content/repository instead.' },
            { group: ['**/lib/content/source'], message: 'Use lib/content/repository instead.' },
          ],
        },
      ],
    },
  },
];

export default config;
