/**
 * The languages a fenced code block may name, and how each is called. Kept apart from the
 * highlighter so that naming a language costs nothing until a code block is on screen.
 */

/** A fence's info word (lower-cased) → the highlighter's grammar. */
const GRAMMARS: Record<string, Grammar> = {
  python: 'python',
  py: 'python',
  pycon: 'python',
  django: 'django',
  jinja: 'django',
  jinja2: 'django',
  'html+django': 'django',
  htmldjango: 'django',
  html: 'markup',
  xml: 'markup',
  svg: 'markup',
  sql: 'sql',
  sh: 'bash',
  shell: 'bash',
  bash: 'bash',
  zsh: 'bash',
  console: 'bash',
};

export type Grammar = 'python' | 'django' | 'markup' | 'sql' | 'bash';

/** How a language is named to the reader (the code block's label). */
const LABELS: Record<string, string> = {
  python: 'Python',
  py: 'Python',
  pycon: 'Python',
  django: 'Django template',
  jinja: 'Jinja template',
  jinja2: 'Jinja template',
  'html+django': 'Django template',
  htmldjango: 'Django template',
  html: 'HTML',
  xml: 'XML',
  svg: 'SVG',
  sql: 'SQL',
  sh: 'Shell',
  shell: 'Shell',
  bash: 'Bash',
  zsh: 'Shell',
  console: 'Shell',
  js: 'JavaScript',
  javascript: 'JavaScript',
  json: 'JSON',
  css: 'CSS',
  yaml: 'YAML',
  toml: 'TOML',
  text: 'Text',
};

/** The fence's first word, lower-cased: "Python {.x}" → "python". */
export function languageOf(info: string | undefined): string {
  return (info ?? '').trim().split(/\s+/)[0].toLowerCase();
}

/** The grammar for a language, or undefined when it is shown as plain text. */
export function grammarOf(lang: string): Grammar | undefined {
  return Object.hasOwn(GRAMMARS, lang) ? GRAMMARS[lang] : undefined;
}

/** A readable name: "Python", "Django template"; an unknown word as written (at most 30 characters). */
export function languageLabel(lang: string): string {
  if (Object.hasOwn(LABELS, lang)) return LABELS[lang];
  return lang.slice(0, 30);
}
