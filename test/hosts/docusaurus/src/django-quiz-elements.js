// Registers the tags in the browser before React renders the page (Docusaurus also loads client
// modules while it renders pages in Node, where there is no `customElements`).
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) {
  await import('django-quiz-elements/define.js');
}
