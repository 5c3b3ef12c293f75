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
    // Routes and components reach content only through the view models (lib/pages),
    // which ask the repository; never contentlayer's output or the store.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['contentlayer/generated', '**/.contentlayer/**'], message: 'Use a view model in lib/pages instead.' },
            {
              group: ['**/lib/content/source', '**/lib/content/source-mapping'],
              message: 'Use a view model in lib/pages instead.',
            },
            { group: ['**/lib/content/store/*'], message: 'Only lib/content/repository.ts reads the store.' },
          ],
          paths: [
            {
              name: 'next/link',
              message: 'Use SiteLink (components/navigation/SiteLink): it prefetches on intent, not on sight.',
            },
            {
              name: 'next/image',
              message: 'Use SiteImage (components/media/SiteImage): the same markup without a client component.',
            },
          ],
        },
      ],
    },
  },
];

config.push({
  files: ['components/navigation/SiteLink.tsx', 'components/media/SiteImage.tsx'],
  rules: { 'no-restricted-imports': 'off' },
});

export default config;
