// Builds a SCORM 1.2 or 2004 (4th edition) package of one quiz or flashcard deck: imsmanifest.xml,
// the launch page (index.html + scorm.js), the script-tag file with its Markdown lexer and the set, as
// a zip (fflate).
// Used by `npx django-quiz-elements scorm` (bin/django-quiz-elements.mjs) and by the build.
import { readFile } from 'node:fs/promises';
import { zipSync, strToU8 } from 'fflate';

const ROOT = new URL('../', import.meta.url);

/** Files every package carries, besides the manifest: name → where it comes from. */
export const PACKAGE_FILES = [
  'index.html',
  'django-quiz-elements.js',
  'django-quiz-markdown.js',
  'scorm.js',
  'questions.json',
];

/** The largest cmi.suspend_data each standard guarantees (same numbers as src/scorm/cmi.ts). */
export const SUSPEND_LIMIT = { 1.2: 4096, 2004: 64000 };

export class PackageError extends Error {}

const xml = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** An xs:ID / NCName: starts with a letter or `_`, then letters, digits, `.`, `-`, `_`. */
export function xmlId(text) {
  const id = String(text).replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/**
 * imsmanifest.xml for one SCO. It names no xsi:schemaLocation: the CAM requires every control file the
 * manifest references to sit at the package root, and an LMS reads the namespaces, not the XSDs (the
 * tests validate against the standards' XSDs all the same). 1.2: IMS CP 1.1.2 + ADL CP 1.2 (`adlcp:scormtype="sco"`, a
 * `masteryscore` for a quiz). 2004 4th edition: IMS CP 1.1.4 + ADL CP/Seq/Nav 1.3, a primary
 * objective satisfied by measure at the pass mark (the LMS gives it as cmi.scaled_passing_score), and
 * delivery controls saying the SCO sets completion and success itself.
 */
export function manifest({ standard, identifier, title, element, passMark, files }) {
  const id = xmlId(identifier);
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  const t = xml(title);
  if (standard === '1.2') {
    const mastery =
      element === 'quiz' ? `\n        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>` : '';
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${t}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${t}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  const objectives =
    element === 'quiz'
      ? `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`
      : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${t}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${t}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** The launch page: no inline script or style; the settings travel as JSON data. */
export function launchPage({ title, lang, config }) {
  // `</` inside JSON must not end the script element.
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${xml(lang || 'en')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
    />
    <title>${xml(title)}</title>
  </head>
  <body>
    <main>
      <header class="lms-header">
        <h1>${xml(title)}</h1>
      </header>
      <noscript>This activity needs JavaScript.</noscript>
    </main>
    <script type="application/json" id="django-quiz-scorm">
${json}
    </script>
    <script src="django-quiz-elements.js"></script>
    <script src="scorm.js"></script>
  </body>
</html>
`;
}

/**
 * The worst case of what the quiz keeps in cmi.suspend_data for this set: every question answered with
 * every choice picked, in the widget's storage format (src/components/quiz/quiz.ts) inside
 * SuspendDataStorage's envelope (src/scorm/suspend-storage.ts). An estimate with margin, for a warning.
 */
export function suspendEstimate(set) {
  const ids = set.questions.map((q) => q.id);
  const answers = Object.fromEntries(
    set.questions.map((q) => [
      q.id,
      { questionId: q.id, selected: q.choices.map((c) => c.id), correct: false },
    ]),
  );
  const state = {
    order: ids,
    index: ids.length - 1,
    selected: [],
    answers,
    phase: 'done',
    startedAt: 1e13,
    finishedAt: 1e13,
  };
  const key = `django-quiz-elements:quiz:v1:${set.id}:${set.version}:*|*|*|o:shuffle:practice`;
  return JSON.stringify({ v: 1, d: { [key]: { v: 1, state, seed: 'x'.repeat(16) } } }).length;
}

/**
 * Everything the package holds, as name → bytes, and the zip of it.
 * `set` is already validated and narrowed; options as the command's.
 */
export async function buildPackage({
  set,
  standard,
  element = 'quiz',
  passMark = 70,
  title,
  mode,
  shuffle = false,
  count = 0,
  lang,
}) {
  if (standard !== '1.2' && standard !== '2004') {
    throw new PackageError(`--standard must be 1.2 or 2004, not "${standard}"`);
  }
  if (element !== 'quiz' && element !== 'flashcard') {
    throw new PackageError(`--element must be quiz or flashcard, not "${element}"`);
  }
  if (!Number.isFinite(passMark) || passMark < 0 || passMark > 100) {
    throw new PackageError(`--pass-mark must be a number from 0 to 100, not "${passMark}"`);
  }
  if (!set.questions.length)
    throw new PackageError('No questions are left after --topics/--difficulty.');
  const name = title || set.title;
  const attributes = {};
  if (element === 'quiz' && mode) attributes.mode = mode;
  if (shuffle) attributes.shuffle = '';
  if (count > 0) attributes.count = String(count);
  const config = { standard, element, passMark, set: 'questions.json', attributes };
  const dist = new URL('dist/', ROOT);
  const files = {
    'imsmanifest.xml': strToU8(
      manifest({
        standard,
        identifier: `django-quiz-elements.${set.id}.${element}.scorm${standard}`,
        title: name,
        element,
        passMark,
        files: PACKAGE_FILES,
      }),
    ),
    'index.html': strToU8(launchPage({ title: name, lang, config })),
    'django-quiz-elements.js': await readFile(new URL('django-quiz-elements.js', dist)),
    // The Markdown lexer, which the script-tag file imports from beside itself.
    'django-quiz-markdown.js': await readFile(new URL('django-quiz-markdown.js', dist)),
    'scorm.js': await readFile(new URL('scorm-launch.js', dist)),
    'questions.json': strToU8(JSON.stringify(set)),
  };
  // A fixed time: the same input gives the same bytes.
  const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const warnings = [];
  if (element === 'quiz') {
    const need = suspendEstimate(set);
    if (need > SUSPEND_LIMIT[standard]) {
      warnings.push(
        `With ${set.questions.length} questions a learner's saved progress can reach ${need} characters; ` +
          `SCORM ${standard} guarantees ${SUSPEND_LIMIT[standard]}, so resume may not work in every LMS. ` +
          `Use --count to keep it smaller${standard === '1.2' ? ', or --standard 2004 (64 000)' : ''}.`,
      );
    }
  }
  return { files, zip, warnings };
}
