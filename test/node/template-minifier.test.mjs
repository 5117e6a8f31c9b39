// Rules of the template minifier (scripts/template-minifier.mjs, scripts/minify-templates.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml } from '../../scripts/template-minifier.mjs';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const css = (s) => minifyCss([s])[0];

test('css: drops comments and the spaces CSS does not need', () => {
  assert.equal(
    css(`
  /* a comment */
  .a > .b,
  .c {
    color: red;
    margin: 0 auto !important;
  }
`),
    '.a>.b,.c{color:red;margin:0 auto!important}',
  );
});

test('css: keeps the space that is a descendant combinator, and the one before a ( after a word', () => {
  assert.equal(css('.a :hover { x: y }'), '.a :hover{x:y}');
  assert.equal(
    css('@media screen and (min-width: 30em) { .a { b: c } }'),
    '@media screen and (min-width:30em){.a{b:c}}',
  );
  assert.equal(css('.a { width: calc(1px + 2%) }'), '.a{width:calc(1px + 2%)}');
});

test('css: leaves strings alone', () => {
  assert.equal(css(`.a::before { content: ' , :  ; ' }`), `.a::before{content:' , :  ; '}`);
});

test('css: keeps a space next to an interpolation', () => {
  assert.deepEqual(minifyCss(['\n  .a {\n    ', '\n  }\n  .b ', ' { c: d }\n']), [
    '.a{',
    '}.b ',
    '{c:d}',
  ]);
});

test('css and html: keepLines keeps every newline', () => {
  const src = '\n  .a {\n    color: red;\n  }\n';
  assert.equal(minifyCss([src], true)[0].split('\n').length, src.split('\n').length);
  const html = '<div\n  class="x"\n>\n  <p>hi</p>\n</div>';
  assert.equal(minifyHtml([html], true)[0], '<div\nclass="x"\n>\n<p>hi</p>\n</div>');
});

test('html: collapses whitespace, keeps quoted values, comments and <pre>', () => {
  assert.equal(
    minifyHtml(['<p   title="a   b">\n    x   y\n  </p><!--  c  --><pre>  a\n   b</pre>'])[0],
    '<p title="a   b">\nx y\n</p><!--  c  --><pre>  a\n   b</pre>',
  );
});

test('minifyTemplates rewrites css`` and html`` in TypeScript and JavaScript, nothing else', () => {
  const ts =
    "const s: string = `keep   this`;\nconst c = css`\n  .a {\n    b: c;\n  }\n`;\nconst h = html`<p>\n  ${'x'}\n</p>`;\n";
  assert.equal(
    minifyTemplates(ts, { lang: 'ts' }),
    "const s: string = `keep   this`;\nconst c = css`.a{b:c}`;\nconst h = html`<p>\n${'x'}\n</p>`;\n",
  );
  const js = 'const c = css `\n  .a { b: c; }\n`;\n';
  assert.equal(minifyTemplates(js, { keepLines: true }), 'const c = css `\n.a{b:c}\n`;\n');
  assert.equal(minifyTemplates('const x = 1;'), null);
});
