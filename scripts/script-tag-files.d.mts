export interface ScriptTagFile {
  /** The built file, e.g. `dist/django-quiz-elements-quiz.no-set.js`. */
  file: string;
  /** Its entry module. */
  entry: string;
  /** The tags it defines. */
  elements: string[];
  /** Whether it carries the bundled Django set. */
  set: boolean;
}
export const SCRIPT_TAG_FILES: ScriptTagFile[];
export const DEFAULT_SET_MODULE: RegExp;
export function withoutSetPlugin(): {
  name: string;
  enforce: 'pre';
  load(id: string): string | null;
};
