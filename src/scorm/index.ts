// The SCORM adapter, for hosts that build their own SCO page: find the LMS's API, connect a widget.
// `npx django-quiz-elements scorm` makes a whole package with it (see README, "Grades in your LMS").
export { ScormAdapter, type ScormAdapterOptions } from './adapter.js';
export { SuspendDataStorage, type SuspendDataBackend } from './suspend-storage.js';
export {
  connectRuntime,
  findApi,
  wrapApi,
  type ScormRuntime,
  type ScormStandard,
  type Scorm12Api,
  type Scorm2004Api,
} from './runtime.js';
export { SUSPEND_LIMIT } from './cmi.js';
