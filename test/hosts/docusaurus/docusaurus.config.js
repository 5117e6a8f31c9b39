// @ts-check
/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'Django notes on Docusaurus',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // recipe-start
  clientModules: ['./src/django-quiz-elements.js'],
  // recipe-end
  // The fixture's own listener (what the test reads), kept out of the recipe above.
  plugins: [
    () => ({
      name: 'host-log',
      getClientModules: () => [new URL('./src/host-log.js', import.meta.url).pathname],
    }),
  ],
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/' },
        blog: false,
      },
    ],
  ],
};
