/** The learner's progress as a file: export, import with preview and merge, and other tools' formats. */
export * from './schema.js';
export {
  collectProgress,
  progressFileText,
  progressFileName,
  PROGRESS_SCHEMA_URL,
} from './collect.js';
export type { Collected } from './collect.js';
export { parseProgressFile, sizeError, FUTURE_SKEW_MS } from './parse.js';
export type { ParseResult } from './parse.js';
export { planImport, applyImport, planTotals } from './merge.js';
export { PROGRESS_IMPORTED } from './cards.js';
export type { ImportPlan, SetPlan, ImportResult, Counts } from './merge.js';
export { reviewLogCsv, ankiDeckText, CSV_COLUMNS } from './formats.js';
