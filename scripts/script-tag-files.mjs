// The script-tag files `npm run build` makes (scripts/build-script-tags.mjs), one self-contained IIFE
// each: Lit and our code inside, no import/export, safe to load twice. Per need: every element or one
// widget, each with the bundled Django set or without it (for pages that bring their own with `src`
// or inline JSON). The size budget test, the bundle tests and `npm run bench` read this list.
const PROVIDER = 'django-question-set';
const BUNDLES = [
  ['django-quiz-elements', 'src/define.ts', ['django-quiz', 'django-flashcard', PROVIDER]],
  ['django-quiz-elements-quiz', 'src/define-quiz.ts', ['django-quiz', PROVIDER]],
  ['django-quiz-elements-flashcard', 'src/define-flashcard.ts', ['django-flashcard', PROVIDER]],
];

/** `dist/<name>.js` has the bundled set, `dist/<name>.no-set.js` does not. */
export const SCRIPT_TAG_FILES = BUNDLES.flatMap(([name, entry, elements]) =>
  [true, false].map((set) => ({
    file: `dist/${name}${set ? '' : '.no-set'}.js`,
    entry,
    elements,
    set,
  })),
);

/** The module that holds the bundled set; files without the set get `export default undefined` (and no prelexed tokens) instead. */
export const DEFAULT_SET_MODULE = /[\\/]src[\\/]data[\\/]default-set\.ts$/;

/** A Vite/rolldown plugin that leaves the bundled set out (the loader then says so in the widget). */
export function withoutSetPlugin() {
  return {
    name: 'django-without-set',
    enforce: 'pre',
    load(id) {
      return DEFAULT_SET_MODULE.test(id)
        ? 'export default undefined; export const prelexed = undefined, decodePrelexed = undefined;'
        : null;
    },
  };
}
