import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { NAMESPACE, clearMemoryFallback } from '../src/internal/storage.js';
import { publicManifest } from '../stories/manifest-args.js';

// The docs pages and the controls read the element API from custom-elements.json (generated from
// the classes' JSDoc). Private and static members are left out so the tables show the public API.
setCustomElementsManifest(publicManifest());

/** Forget our saved progress, so each story starts where it says it does. */
function clearProgress(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(NAMESPACE)) localStorage.removeItem(key);
  }
  clearMemoryFallback();
}

const preview: Preview = {
  decorators: [
    (story) => {
      clearProgress();
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    backgrounds: {
      options: {
        light: { name: 'Light page', value: '#f6f8f7' },
        dark: { name: 'Dark page', value: '#0b110e' },
      },
    },
  },
};

export default preview;
