export default function (eleventyConfig) {
  // recipe-start
  // The script-tag file and the files it fetches beside it (highlighter, progress tools).
  eleventyConfig.addPassthroughCopy({
    'node_modules/django-quiz-elements/dist/django-quiz-*.js': 'js',
  });
  // recipe-end
  eleventyConfig.ignores.add('README.md');
}
