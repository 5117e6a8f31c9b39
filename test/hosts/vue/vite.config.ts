import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [
    // recipe-start
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('django-') } } }),
    // recipe-end
  ],
});
