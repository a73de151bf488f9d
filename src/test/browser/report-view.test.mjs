// Browser tests of the Report view (`./?view=report`) and of the report's print-ready HTML form, run against a
// running qitdb (QITDB_URL) with Debian's Chromium through playwright-core. `run.sh` beside this file starts the
// packaged jar and runs every *.test.mjs. QITDB_ADMIN_TOKEN lets a test freeze an edition.
// Prints one line per test and, last, "N passed, M failed"; exits non-zero when a test failed.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ADMIN_TOKEN, BASE, SCREENSHOTS, admin, consoleErrors, newPage as openPage, run, test } from './support.mjs';

const FORMS = ['html', 'pdf', 'md', 'json'];

async function freezeEdition(title) {
  assert.ok(ADMIN_TOKEN, 'QITDB_ADMIN_TOKEN is needed to freeze an edition');
  return admin('POST', '/reports', { title, since: '2023-06-08', topic: 'qkdn', meeting: 'JCA-QKDN-test' }, { expect: 201 });
}

async function newPage() {
  const page = await openPage({ width: 1280 });
  page.setDefaultTimeout(30_000);
  return page;
}

async function reportSettled(page) {
  await page.waitForFunction(() => !document.getElementById('view-report').hasAttribute('aria-busy')
    && document.querySelector('#report-draft a') !== null);
}

function formsOf(hrefs) {
  return hrefs.map((href) => new URL(href).searchParams.get('format'));
}

// ---- the tests

test('the Report view links the draft and every edition in their four forms', async () => {
  const title = `Browser test edition ${Date.now()}`;
  const edition = await freezeEdition(title);
  const page = await newPage();
  await page.goto(`${BASE}/?view=roadmap`);
  await page.click('#nav-report');
  await page.waitForURL((url) => url.search.includes('view=report'));
  await reportSettled(page);
  assert.equal(await page.textContent('#report-heading'), 'Report');
  assert.equal(await page.getAttribute('#nav-report', 'aria-current'), 'page');
  const draftLinks = await page.$$eval('#report-draft a', (as) => as.map((a) => a.href));
  assert.deepEqual(formsOf(draftLinks), FORMS);
  for (const href of draftLinks) assert.ok(new URL(href).pathname.endsWith('/api/v1/reports/draft'), href);

  const row = page.locator(`#report-editions-table tr[data-edition="${edition.id}"]`);
  assert.equal(await row.locator('th').textContent(), title);
  const editionLinks = await row.locator('a').evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(formsOf(editionLinks), FORMS);
  for (const href of editionLinks) assert.ok(new URL(href).pathname.endsWith(`/api/v1/reports/${edition.id}`), href);

  // the topic and date reach the draft's links
  await page.selectOption('#report-topic', 'qkdn');
  await page.waitForURL((url) => url.search.includes('topic=qkdn'));
  await reportSettled(page);
  await page.fill('#report-since', '2024-03-01');
  await page.dispatchEvent('#report-since', 'change');
  const pdf = new URL(await page.getAttribute('#report-draft a[data-format="pdf"]', 'href'), BASE);
  assert.equal(pdf.searchParams.get('topic'), 'qkdn');
  assert.equal(pdf.searchParams.get('since'), '2024-03-01');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'report-view.png'), fullPage: true });

  // the offered PDF is a PDF
  const response = await fetch(pdf);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  await page.context().close();
});

test('the draft in HTML is print-ready: contents, numbered sections on new pages, captioned figures', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/?view=report`);
  await reportSettled(page);
  await page.click('#report-draft a[data-format="html"]');
  await page.waitForURL((url) => url.pathname.endsWith('/api/v1/reports/draft'));
  await page.waitForSelector('nav.contents');
  const sections = await page.$$eval('nav.contents ol a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(sections.map((s) => s.split(' ')[0]), ['1', '2', '3', '4', '5', '6', '7']);
  assert.ok(sections[3].startsWith('4 Overlap and possible duplication'));
  for (const target of await page.$$eval('nav.contents a', (as) => as.map((a) => a.getAttribute('href')))) {
    assert.ok(await page.$(target), `the contents link ${target} has a target`);
  }
  // every figure is drawn (a visible SVG of real size) and captioned with its number
  const figures = await page.$$eval('figure', (fs) => fs.map((f) => {
    const box = f.querySelector('svg').getBoundingClientRect();
    return { caption: f.querySelector('figcaption').textContent, width: box.width, height: box.height, bars: f.querySelectorAll('svg rect').length };
  }));
  assert.equal(figures.length, 4);
  figures.forEach((f, i) => {
    assert.ok(f.caption.startsWith(`Figure ${i + 1}: `), f.caption);
    assert.ok(f.width > 300 && f.height > 100, `figure ${i + 1} is ${f.width}×${f.height}`);
    assert.ok(f.bars > 3, `figure ${i + 1} draws bars`);
  });
  // the overlap section lists a real cross-organization pair
  const overlap = await page.textContent('#s4 ~ table');
  assert.match(overlap, /GS QKD 015/);
  // printed, each numbered section starts a new page
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.$$eval('section.report-section', (ss) => ss.map((s) => getComputedStyle(s).breakBefore));
  assert.deepEqual(breaks, Array(7).fill('page'));
  const printed = await page.pdf({ format: 'A4' });
  assert.ok(printed.length > 10_000, 'Chromium prints the page');
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'report-draft-html.png'), fullPage: false });
  await page.context().close();
});

test('no console errors on any page', async () => {
  assert.deepEqual(consoleErrors, []);
});

await run();
