export { renderText, plainText, hasMarkdown, type TextOptions } from './render.js';
export { loadHighlighter, highlighterLoaded } from './code-block.js';
export { loadLexer, lexerLoaded } from './lexer-loader.js';
