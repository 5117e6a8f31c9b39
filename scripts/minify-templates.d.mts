import type { Plugin } from 'vite';

export function minifyTemplates(
  code: string,
  options?: { lang?: 'js' | 'ts'; keepLines?: boolean },
): string | null;
export function minifyTemplatesPlugin(): Plugin;
