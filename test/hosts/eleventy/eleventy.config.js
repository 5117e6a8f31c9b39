export default function (eleventyConfig) {
  // recipe-start
  eleventyConfig.addPassthroughCopy({
    'node_modules/django-quiz-elements/dist/django-quiz-elements.js': 'js/django-quiz-elements.js',
  });
  // recipe-end
  eleventyConfig.ignores.add('README.md');
}
