/**
 * `dist/scorm-launch.js` (`scorm.js` inside a package): the launch page of a SCORM package (`index.html`, written by
 * `npx django-quiz-elements scorm`). Runs after `django-quiz-elements.js`. It reads the package's
 * settings from `<script type="application/json" id="django-quiz-scorm">`, finds the LMS's API, puts
 * one widget on the page with the package's set (`questions.json`) and connects a `ScormAdapter` to
 * it. Without an LMS the page is a plain quiz that keeps progress in this browser, and says so.
 * No inline script or style: works under the page's own strict CSP.
 */
import { ScormAdapter } from './adapter.js';
import { connectRuntime, type ScormStandard } from './runtime.js';
import type { QuestionSet } from '../data/schema.js';

export interface LaunchConfig {
  standard: ScormStandard;
  element: 'quiz' | 'flashcard';
  /** Percentage needed to pass (the LMS's own mastery score wins when it gives one). */
  passMark: number;
  /** The set's file, next to index.html. */
  set: string;
  /** Widget attributes (`mode`, `shuffle`, …), set as given. */
  attributes?: Record<string, string>;
}

const PAGE_CSS = `
  html { background: #f4f7f5; }
  body { margin: 0; padding: 16px clamp(8px, 3vw, 32px) 32px; font: 15px/1.5 system-ui, sans-serif; color: #17221c; }
  main { max-width: 760px; margin: 0 auto; }
  .lms-header { margin: 0 0 14px; }
  h1 { margin: 0 0 4px; font-size: 1.35rem; line-height: 1.25; font-weight: 650; letter-spacing: -0.01em; }
  .lms-status { display: flex; gap: 8px; align-items: center; margin: 0; font-size: 14px; color: #4f5f56; }
  .lms-status::before { content: ''; flex: none; width: 8px; height: 8px; border-radius: 50%; background: #9aa7a0; }
  .lms-status[data-state="connected"]::before { background: #17733a; }
  .lms-status[data-state="problem"] { color: #b3261e; }
  .lms-status[data-state="problem"]::before { background: #b3261e; }
  @media (prefers-color-scheme: dark) {
    html { background: #0b110e; }
    body, .lms-status { color: #c9d6ce; }
    h1 { color: #e7efe9; }
    .lms-status[data-state="problem"] { color: #ff8a80; }
  }
`;

function readConfig(): LaunchConfig {
  const text = document.getElementById('django-quiz-scorm')?.textContent ?? '{}';
  const raw = JSON.parse(text) as Partial<LaunchConfig>;
  return {
    standard: raw.standard === '2004' ? '2004' : '1.2',
    element: raw.element === 'flashcard' ? 'flashcard' : 'quiz',
    passMark: typeof raw.passMark === 'number' ? raw.passMark : 70,
    set: typeof raw.set === 'string' ? raw.set : 'questions.json',
    attributes: raw.attributes ?? {},
  };
}

function status(el: HTMLElement, state: 'connected' | 'offline' | 'problem', text: string): void {
  el.dataset.state = state;
  el.textContent = text;
}

async function launch(): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const config = readConfig();
  const main = document.querySelector('main') ?? document.body;
  const line = document.createElement('p');
  line.className = 'lms-status';
  line.setAttribute('role', 'status');
  (main.querySelector('.lms-header') ?? main).append(line);

  const widget = document.createElement(
    config.element === 'flashcard' ? 'django-flashcard' : 'django-quiz',
  ) as HTMLElement & { storage?: Storage | null };
  for (const [name, value] of Object.entries(config.attributes ?? {})) {
    widget.setAttribute(name, value);
  }

  // The set goes in as inline JSON (no second request by the widget) and to the adapter, which
  // gives each interaction its correct answer and prompt.
  let set: QuestionSet | undefined;
  try {
    const response = await fetch(config.set);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    set = JSON.parse(text) as QuestionSet;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    widget.append(script);
  } catch {
    widget.setAttribute('src', config.set); // the widget shows the load error and a Retry button
  }

  const runtime = connectRuntime(window, config.standard);
  let adapter: ScormAdapter | undefined;
  if (runtime) {
    adapter = new ScormAdapter({
      runtime,
      set,
      onError: (message) => status(line, 'problem', message),
    });
    widget.storage = adapter.storage;
    const passMark = adapter.lmsPassMark ?? config.passMark;
    if (config.element === 'quiz') widget.setAttribute('pass-mark', String(passMark));
    status(
      line,
      'connected',
      config.element === 'quiz'
        ? `Connected to your course (SCORM ${runtime.standard}): your score goes to the gradebook, and you can leave and come back.`
        : `Connected to your course (SCORM ${runtime.standard}): finishing the cards marks this activity complete.`,
    );
  } else {
    if (config.element === 'quiz') widget.setAttribute('pass-mark', String(config.passMark));
    status(
      line,
      'offline',
      'Not opened from a course: this is a practice run. Your score is not sent anywhere; progress stays in this browser.',
    );
  }
  main.append(widget);
  adapter?.connect(widget);
}

void launch();
