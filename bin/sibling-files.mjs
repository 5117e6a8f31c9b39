// The files a script-tag file (dist/django-quiz-elements*.js) fetches from its own folder, each only
// when it is wanted: the Markdown lexer (a set with Markdown in its text), the syntax highlighter (a
// code block on screen) and the progress tools (the "Your progress" panel, a quiz's mistakes-to-cards). Whoever copies a script-tag file somewhere
// (the SCORM packages, the WordPress plugin, a site's asset folder) copies these beside it; without
// them the widgets still work, with Markdown and code as plain text and the panel saying what is missing.
export const SIBLING_FILES = [
  'django-quiz-markdown.js',
  'django-quiz-highlight.js',
  'django-quiz-progress.js',
];
