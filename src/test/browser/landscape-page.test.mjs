// Browser tests of the landscape page at `/`, run against a running qitdb (QITDB_URL, e.g. http://127.0.0.1:8080)
// with Debian's Chromium through playwright-core (which never downloads a browser of its own).
// `run.sh` beside this file starts the packaged jar and runs this script. Screenshots go to target/screenshots/.
// QITDB_ADMIN_TOKEN (the running service's admin token) lets a test write the representatives it looks for.
// Prints one line per test and, last, "N passed, M failed"; exits non-zero when a test failed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import {
  ADMIN_TOKEN, BASE, ROOT, admin, api as read, closePage, consoleErrors, newPage, run, screenshot, test,
} from './support.mjs';

const PAGE_FILES = path.join(ROOT, 'src', 'main', 'resources', 'META-INF', 'resources');

const api = (pathAndQuery) => read(pathAndQuery, { expect: 200 });

/** A write as the admin; answers the parsed body (or null for 204). */
async function adminWrite(method, pathAndQuery, body) {
  assert.ok(ADMIN_TOKEN, 'QITDB_ADMIN_TOKEN is needed to write test data');
  return admin(method, pathAndQuery, body);
}

/** Deletes a standard as the admin, with the If-Match its current ETag makes. */
async function adminDeleteStandard(id) {
  const current = await fetch(`${BASE}/api/v1/standards/${id}`, { headers: { Accept: 'application/json' } });
  assert.equal(current.status, 200, `GET /api/v1/standards/${id} answered ${current.status}`);
  const response = await fetch(`${BASE}/api/v1/standards/${id}`, {
    method: 'DELETE', headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'If-Match': current.headers.get('ETag') },
  });
  assert.equal(response.status, 204, `DELETE /api/v1/standards/${id} answered ${response.status}`);
}

function facetMap(page, name) {
  return Object.fromEntries((page.facets?.[name] || []).map((f) => [f.value, f.count]));
}

/** Waits until the list shows the answer to the URL's current state (no request in flight). */
async function listSettled(page) {
  await page.waitForFunction(() => !document.getElementById('results').hasAttribute('aria-busy')
    && document.querySelector('#results-body tr') !== null);
}

async function rows(page) {
  return page.$$eval('#results-body tr', (trs) => trs.filter((tr) => tr.cells.length > 1).map((tr) => ({
    identifier: tr.cells[0].textContent.trim(),
    title: tr.cells[1].textContent.trim(),
    organization: tr.cells[2].textContent.trim(),
    status: tr.cells[4].textContent.trim(),
  })));
}

async function displayedFacet(page, name) {
  return page.$$eval(`#facet-${name} li`, (items) => Object.fromEntries(items
    .filter((li) => li.querySelector(':scope > input'))
    .map((li) => [li.querySelector(':scope > input').value, Number(li.querySelector(':scope > label .facet__count').textContent.replace(/,/g, ''))])));
}

async function roadmapSettled(page) {
  await page.waitForFunction(() => !document.getElementById('view-roadmap').hasAttribute('aria-busy')
    && document.querySelector('#heatmap tbody tr') !== null);
}

/** Checks the heat map of the page against GET /landscape with the same parameters, number by number. */
async function assertMatrixMatches(page, query) {
  const landscape = await api(`/landscape${query}`);
  const shown = await page.$$eval('#heatmap td[data-organization]', (tds) => tds.map((td) => ({
    topic: td.dataset.topic, organization: td.dataset.organization, total: Number(td.dataset.total), text: td.textContent.trim(),
  })));
  const expected = new Map(landscape.matrix.map((c) => [`${c.topic}|${c.organization}`, c.total]));
  assert.equal(shown.length, landscape.topics.length * landscape.organizations.length, 'one cell per topic and organization');
  for (const cell of shown) {
    const total = expected.get(`${cell.topic}|${cell.organization}`) || 0;
    assert.equal(cell.total, total, `cell ${cell.topic} × ${cell.organization}`);
    if (total) assert.equal(cell.text, total.toLocaleString('en'), `text of ${cell.topic} × ${cell.organization}`);
  }
  const headers = await page.$$eval('#heatmap thead th .heatmap__org', (ths) => ths.map((th) => th.textContent.trim()));
  assert.deepEqual(headers, landscape.organizations.map((o) => o.code));
  const rowTopics = await page.$$eval('#heatmap td.heatmap__all', (tds) => tds.map((td) => [td.dataset.topic, Number(td.dataset.total)]));
  assert.deepEqual(rowTopics, landscape.topics.map((t) => [t.slug, t.total]));
  const overlapRows = await page.$$eval('#heatmap tbody tr.is-overlap td.heatmap__all', (tds) => tds.map((td) => td.dataset.topic));
  assert.deepEqual(overlapRows, landscape.overlaps.map((o) => o.topic).filter((t) => landscape.topics.some((r) => r.slug === t)));
  const gapRows = await page.$$eval('#heatmap tbody tr.is-gap td.heatmap__all', (tds) => tds.map((td) => td.dataset.topic));
  assert.deepEqual(gapRows, landscape.gaps.map((g) => g.topic));
  const overlapCards = await page.$$eval('#overlaps details.overlap', (ds) => ds.map((d) => d.dataset.topic));
  assert.deepEqual(overlapCards, landscape.overlaps.map((o) => o.topic));
  const gapItems = await page.$$eval('#gaps li', (lis) => lis.map((li) => li.dataset.topic).sort());
  assert.deepEqual(gapItems, landscape.gaps.map((g) => g.topic).sort());
  const bars = await page.$$eval('#timeline g.chart__bar', (gs) => Object.fromEntries(gs.map((g) => [g.dataset.year, Number(g.dataset.total)])));
  for (const year of landscape.timeline) {
    assert.equal(bars[String(year.year)], year.total, `publications in ${year.year}`);
  }
  const barTotal = Object.values(bars).reduce((a, b) => a + b, 0);
  assert.equal(barTotal, landscape.timeline.reduce((a, y) => a + y.total, 0), 'every publication is drawn once');
  return landscape;
}

/** A tiny static server on another 127.0.0.1 port: another origin than the service's. */
async function startOtherOrigin() {
  const files = {
    '/probe.html': ['text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title><link rel="icon" href="favicon.svg">'
      + '<script type="module" src="probe.js"></script></head><body><h1>CORS probe</h1><pre id="result">…</pre></body></html>'],
    '/probe.js': ['text/javascript; charset=utf-8', `const out = document.getElementById('result');
try {
  const response = await fetch(${JSON.stringify(`${BASE}/api/v1/standards?size=3&facets=organization`)}, { headers: { Accept: 'application/json' } });
  const page = await response.json();
  out.textContent = JSON.stringify({ status: response.status, totalItems: page.page.totalItems, first: page.items[0].identifier });
} catch (e) {
  out.textContent = 'failed: ' + e.message;
}
out.dataset.done = 'true';`],
  };
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
  // a copy of the landscape page, served from this origin with a restrictive Content-Security-Policy:
  // it may only load its own files and talk to the service, so inline scripts, handlers or styles would be refused
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src ${BASE}; base-uri 'none'; form-action 'self'`;
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const known = files[url.pathname];
    if (known) {
      response.writeHead(200, { 'Content-Type': known[0], 'X-Content-Type-Options': 'nosniff' });
      response.end(known[1]);
      return;
    }
    const name = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = path.normalize(path.join(PAGE_FILES, name));
    if (!file.startsWith(PAGE_FILES + path.sep) || !types[path.extname(file)]) {
      response.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file, 'utf8');
      if (name === '/index.html') {
        body = body.replace('<meta name="qitdb-api" content="/api/v1">', `<meta name="qitdb-api" content="${BASE}/api/v1">`);
      }
      response.writeHead(200, { 'Content-Type': types[path.extname(file)], 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---- the tests

test('the page loads with the seeded data', async () => {
  const all = await api('/standards?size=1&facets=organization');
  assert.ok(all.page.totalItems >= 151, `the seeded sample is there (${all.page.totalItems})`);
  const page = await newPage();
  const response = await page.goto(`${BASE}/`);
  assert.equal(response.status(), 200);
  await listSettled(page);
  assert.equal(await page.textContent('#result-count'), `${all.page.totalItems} entries`);
  const shown = await rows(page);
  assert.equal(shown.length, 20);
  assert.deepEqual(await displayedFacet(page, 'organization'), facetMap(all, 'organization'));
  assert.match(await page.textContent('#page-info'), new RegExp(`Page 1 of ${Math.ceil(all.page.totalItems / 20)}`));
  // every form control has a name a screen reader can announce
  const unlabelled = await page.$$eval('input, select, button', (els) => els
    .filter((el) => el.type !== 'hidden' && !(el.labels?.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, []);
  await screenshot(page, 'search');
  await closePage(page);
});

test('filtering by ETSI shows only ETSI rows, and the facet counts agree with the API', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/`);
  await listSettled(page);
  await page.click('#f-organization-etsi');
  await page.waitForURL(/organization=ETSI/);
  await page.waitForFunction(() => [...document.querySelectorAll('#results-body tr')].every((tr) => tr.cells[2]?.textContent === 'ETSI'));
  await listSettled(page);
  const etsi = await api('/standards?organization=ETSI&size=1&facets=status,documentType,topic,group,year');
  const unfiltered = await api('/standards?size=1&facets=organization');
  assert.equal(await page.textContent('#result-count'), `${etsi.page.totalItems} entries`);
  const shown = await rows(page);
  assert.ok(shown.length > 0);
  assert.ok(shown.every((r) => r.organization === 'ETSI'), 'only ETSI rows');
  assert.deepEqual(await displayedFacet(page, 'status'), facetMap(etsi, 'status'));
  assert.deepEqual(await displayedFacet(page, 'documentType'), facetMap(etsi, 'documentType'));
  const topics = await displayedFacet(page, 'topic');
  for (const [slug, count] of Object.entries(facetMap(etsi, 'topic'))) assert.equal(topics[slug], count, `topic ${slug}`);
  // the organization facet keeps the other organizations (OR within a facet), with their counts
  assert.deepEqual(await displayedFacet(page, 'organization'), facetMap(unfiltered, 'organization'));
  assert.equal(await page.isChecked('#f-organization-etsi'), true);
  // the CSV link downloads exactly this view
  const href = await page.getAttribute('#csv-link', 'href');
  assert.equal(href, `${BASE}/api/v1/export?format=csv&organization=ETSI`);
  const csv = await (await fetch(href)).text();
  assert.equal(csv.trim().split('\n').length, etsi.page.totalItems + 1, 'a header and one line per entry');
  await screenshot(page, 'search-etsi');

  // a second filter narrows, removing the chip widens again
  await page.click('#f-status-in-development');
  await page.waitForURL(/status=in-development/);
  await listSettled(page);
  const developing = await api('/standards?organization=ETSI&status=in-development&size=1');
  assert.equal(await page.textContent('#result-count'), `${developing.page.totalItems} ${developing.page.totalItems === 1 ? 'entry' : 'entries'}`);
  await page.click('#active-filters button[aria-label="Remove filter Status: In development"]');
  await page.waitForURL((url) => !url.search.includes('status='));
  await listSettled(page);
  assert.equal(await page.textContent('#result-count'), `${etsi.page.totalItems} entries`);
  await closePage(page);
});

test('typing y3800 puts ITU-T Y.3800 first', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/`);
  await listSettled(page);
  await page.focus('#search-q');
  await page.keyboard.type('y3800', { delay: 40 });
  await page.waitForURL(/q=y3800/);
  await page.waitForFunction(() => document.querySelector('#results-body tr td')?.textContent === 'Y.3800');
  await listSettled(page);
  const [first] = await rows(page);
  assert.equal(first.identifier, 'Y.3800');
  assert.equal(first.organization, 'ITU-T');
  assert.equal(await page.inputValue('#sort'), 'relevance');
  await screenshot(page, 'search-y3800');
  await closePage(page);
});

test('a search marks its words in each hit: in the title, or in a passage of the summary; server text stays text', async () => {
  const stamp = Date.now().toString(36);
  const word = `snarfle${stamp.replace(/[0-9]/g, '')}`;
  const markup = '<img src="x" onerror="window.__injected = true">';
  const created = [];
  try {
    created.push(await adminWrite('POST', '/standards', {
      organization: 'TTA', identifier: `TTAK.KO-12.SNIP-${stamp}`, title: `Trusted ${word} relays`, documentType: 'national-standard',
      status: 'in-development', topics: ['qkdn-key-management'],
    }));
    created.push(await adminWrite('POST', '/standards', {
      organization: 'TTA', identifier: `TTAK.KO-12.SNIQ-${stamp}`, title: 'Key management for networks', documentType: 'national-standard',
      status: 'in-development', topics: ['qkdn-key-management'], summary: `${markup} The ${word}s between the nodes are relayed.`,
    }));
    const [inTitle, inSummary] = created;
    const page = await newPage();
    await page.goto(`${BASE}/?q=${word}`);
    await listSettled(page);
    assert.deepEqual((await rows(page)).map((r) => r.identifier).sort(), [inTitle.identifier, inSummary.identifier].sort());
    const marks = await page.$$eval('#results-body td.col-title', (tds) => tds.map((td) => ({
      marks: [...td.querySelectorAll('mark')].map((m) => m.textContent),
      snippet: td.querySelector('.snippet')?.textContent ?? null,
    })));
    const byTitle = marks.find((m) => m.snippet === null);
    const bySummary = marks.find((m) => m.snippet !== null);
    assert.deepEqual(byTitle.marks, [word]);
    assert.deepEqual(bySummary.marks, [`${word}s`]);
    assert.ok(bySummary.snippet.includes(`The ${word}s between the nodes are relayed.`), bySummary.snippet);
    assert.equal(await page.$$eval('#results-body img', (imgs) => imgs.length), 0, 'the markup is shown, not made into an element');
    assert.equal(await page.evaluate(() => window.__injected), undefined);
    await screenshot(page, 'search-snippets');
    await closePage(page);
  } finally {
    for (const entry of created) await adminDeleteStandard(entry.id);
  }
});

test('the roadmap view draws the matrix with the same numbers as /api/v1/landscape', async () => {
  const page = await newPage({ width: 1440, height: 1000 });
  await page.goto(`${BASE}/`);
  await listSettled(page);
  await page.click('#nav-roadmap');
  await page.waitForURL(/view=roadmap/);
  await roadmapSettled(page);
  const landscape = await assertMatrixMatches(page, '');
  assert.ok(landscape.overlaps.length > 0 && landscape.gaps.length > 0);
  const cell = landscape.matrix.find((c) => c.topic === 'qkdn-key-management' && c.organization === 'ITU-T');
  const keyManagement = await api('/standards?topic=qkdn-key-management&organization=ITU-T&size=1');
  assert.equal(cell.total, keyManagement.page.totalItems);
  assert.equal(await page.textContent('#heatmap td[data-topic="qkdn-key-management"][data-organization="ITU-T"]'), String(cell.total));
  await screenshot(page, 'roadmap');

  // narrowing the roadmap through its controls asks the API again, and still draws its numbers
  await page.selectOption('#roadmap-topic', 'qkdn');
  await page.waitForURL(/topic=qkdn/);
  await roadmapSettled(page);
  await page.waitForFunction(() => document.querySelector('#heatmap td.heatmap__all')?.dataset.topic === 'qkdn');
  await page.click('label[for="roadmap-org-etsi"]');
  await page.click('label[for="roadmap-org-itu-t"]');
  await page.waitForURL((url) => url.search.includes('organization=ETSI') && url.search.includes('organization=ITU-T'));
  await roadmapSettled(page);
  await page.waitForFunction(() => document.querySelectorAll('#heatmap thead .heatmap__org').length === 2);
  await assertMatrixMatches(page, '?topic=qkdn&organization=ETSI&organization=ITU-T');

  // a cell links to the list of its entries
  await page.click('#heatmap td[data-topic="qkdn-key-management"][data-organization="ETSI"] a');
  await page.waitForURL((url) => !url.search.includes('view=roadmap'));
  await listSettled(page);
  const etsiKeyManagement = await api('/standards?topic=qkdn-key-management&organization=ETSI&size=1');
  assert.equal(await page.textContent('#result-count'), `${etsiKeyManagement.page.totalItems} entries`);
  await closePage(page);
});

test('a deep link restores its filters, sort and page', async () => {
  const query = 'organization=ITU-T&topic=qkdn&status=published&sort=-publicationDate&size=10&page=2';
  const page = await newPage();
  await page.goto(`${BASE}/?${query}`);
  await listSettled(page);
  assert.equal(await page.isChecked('#f-organization-itu-t'), true);
  assert.equal(await page.isChecked('#f-topic-qkdn'), true);
  assert.equal(await page.isChecked('#f-status-published'), true);
  assert.equal(await page.isChecked('#f-status-in-development'), false);
  assert.equal(await page.inputValue('#sort'), '-publicationDate');
  assert.equal(await page.inputValue('#page-size'), '10');
  const expected = await api('/standards?organization=ITU-T&topic=qkdn&status=published&sort=-publicationDate&size=10&page=1');
  assert.equal(await page.textContent('#result-count'), `${expected.page.totalItems} entries`);
  assert.deepEqual((await rows(page)).map((r) => r.identifier), expected.items.map((i) => i.identifier));
  assert.equal(await page.textContent('#page-info'), `Page 2 of ${expected.page.totalPages}`);
  assert.equal(await page.getAttribute('#results-table th[data-sort="publicationDate"]', 'aria-sort'), 'descending');

  // paging is server-side, and the browser's back button returns to the previous state
  await page.click('#page-prev');
  await page.waitForURL((url) => !url.search.includes('page='));
  await listSettled(page);
  const first = await api('/standards?organization=ITU-T&topic=qkdn&status=published&sort=-publicationDate&size=10&page=0');
  assert.deepEqual((await rows(page)).map((r) => r.identifier), first.items.map((i) => i.identifier));
  await page.goBack();
  await page.waitForURL(/page=2/);
  await listSettled(page);
  assert.deepEqual((await rows(page)).map((r) => r.identifier), expected.items.map((i) => i.identifier));

  // the roadmap keeps the filters of the list in its deep link too
  await page.goto(`${BASE}/?view=roadmap&topic=qkd&organization=ETSI&status=published`);
  await roadmapSettled(page);
  assert.equal(await page.inputValue('#roadmap-topic'), 'qkd');
  assert.equal(await page.inputValue('#roadmap-status'), 'published');
  assert.equal(await page.isChecked('#roadmap-org-etsi'), true);
  await assertMatrixMatches(page, '?topic=qkd&organization=ETSI&status=published');
  await closePage(page);
});

test('an entry shows every field, clickable relations and its history', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/?q=y3800`);
  await listSettled(page);
  await page.click('#results-body tr:first-child td:first-child a');
  await page.waitForURL(/view=entry/);
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ITU-T Y.3800');
  const id = new URL(page.url()).searchParams.get('id');
  const entry = await api(`/standards/${id}`);
  assert.equal(await page.textContent('#entry-title'), entry.title);
  const fields = await page.$$eval('#entry-fields dt', (dts) => dts.map((dt) => dt.textContent));
  for (const name of ['Organization', 'Group', 'Identifier', 'Title', 'Document type', 'Status', 'Publication date', 'Topics', 'Official page', 'Revision']) {
    assert.ok(fields.includes(name), `field ${name}`);
  }
  const history = await api(`/standards/${id}/history`);
  await page.waitForSelector('#entry-history tbody tr');
  assert.equal(await page.$$eval('#entry-history tbody tr', (trs) => trs.length), history.revisions.length);
  // relations to entries in qitdb are links
  await page.waitForSelector('#entry-relations a');
  await screenshot(page, 'entry');
  const related = entry.relations.find((r) => r.target.identifier === 'Y.3801');
  assert.ok(related, 'Y.3800 is related to Y.3801');
  await page.click('#entry-relations a:text-is("ITU-T Y.3801")');
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ITU-T Y.3801');
  // back to the list it came from
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ITU-T Y.3800');
  await page.click('#entry-back');
  await page.waitForURL(/q=y3800/);
  await listSettled(page);
  assert.equal((await rows(page))[0].identifier, 'Y.3800');
  await closePage(page);
});

test('a medium-confidence seeded entry is marked as such in the list and shows its sources', async () => {
  const seeded = await api('/seed/entries');
  const medium = seeded.find((e) => e.organization === 'ITU-T' && e.identifier === 'Y.3800 Cor.1');
  assert.equal(medium.confidence, 'medium');
  const high = seeded.find((e) => e.organization === 'ITU-T' && e.identifier === 'Y.3800');
  assert.equal(high.confidence, 'high');
  const page = await newPage();
  await page.goto(`${BASE}/?q=${encodeURIComponent('Y.3800 Cor.1')}`);
  await listSettled(page);
  const row = page.locator('#results-body tr', { has: page.locator('td:first-child a:text-is("Y.3800 Cor.1")') });
  await row.locator('.badge--confidence').waitFor();
  assert.equal(await row.locator('.badge--confidence').textContent(), 'medium confidence');
  await page.goto(`${BASE}/?q=y3800`);
  await listSettled(page);
  const plain = page.locator('#results-body tr', { has: page.locator('td:first-child a:text-is("Y.3800")') });
  assert.equal(await plain.locator('.badge--confidence').count(), 0, 'a high-confidence entry carries no mark');
  await page.goto(`${BASE}/?view=entry&id=${medium.standardId}`);
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ITU-T Y.3800 Cor.1');
  await page.waitForSelector('#entry-fields .seed-sources li');
  assert.equal(await page.$$eval('#entry-fields .seed-sources li', (lis) => lis.length), medium.sources.length);
  assert.match(await page.textContent('#entry-fields'), /medium confidence/);
  await closePage(page);
});

test("an entry shows its group's active representatives, without personal data", async () => {
  const [entry] = (await api('/standards?q=y3800&size=1')).items;
  assert.equal(entry.identifier, 'Y.3800');
  assert.ok(entry.group, 'Y.3800 has a group');
  const stamp = Date.now();
  const active = await adminWrite('POST', '/representatives', {
    organization: entry.organization, group: entry.group, name: `Page Test Rapporteur ${stamp}`, role: 'Rapporteur Q16/13',
    affiliation: 'Example Telecom', email: `page-test-${stamp}@personal.example.org`, notes: `page test notes ${stamp}`,
    since: '2024-01-01', appointedBy: 'email',
  });
  const ended = await adminWrite('POST', '/representatives', {
    organization: entry.organization, group: entry.group, name: `Page Test Former ${stamp}`, role: 'Chair',
    since: '2019-01-01', until: '2020-12-31',
  });
  try {
    const page = await newPage();
    await page.goto(`${BASE}/?view=entry&id=${entry.id}`);
    await page.waitForSelector(`#entry-representatives li[data-id="${active.id}"]`);
    const item = await page.textContent(`#entry-representatives li[data-id="${active.id}"]`);
    assert.match(item, new RegExp(`Page Test Rapporteur ${stamp}`));
    assert.match(item, /Rapporteur Q16\/13/);
    assert.match(item, /Example Telecom/);
    assert.equal(await page.$(`#entry-representatives li[data-id="${ended.id}"]`), null, 'ended appointments are not shown');
    const text = await page.textContent('body');
    assert.ok(!text.includes('@personal.example.org') && !text.includes(`page test notes ${stamp}`), 'no personal data on the page');
    await screenshot(page, 'entry-representatives');

    // an entry without a group says so instead of asking for one
    const [ungrouped] = (await api('/standards?size=500')).items.filter((i) => !i.group);
    assert.ok(ungrouped, 'the sample has entries without a group');
    await page.goto(`${BASE}/?view=entry&id=${ungrouped.id}`);
    await page.waitForFunction(() => document.getElementById('entry-representatives').textContent.includes('No group recorded'));
    await closePage(page);
  } finally {
    await adminWrite('DELETE', `/representatives/${active.id}`);
    await adminWrite('DELETE', `/representatives/${ended.id}`);
  }
});

test('the page is keyboard-usable', async () => {
  const page = await newPage();
  await page.goto(`${BASE}/`);
  await listSettled(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.focus('#f-status-published');
  await page.keyboard.press('Space');
  await page.waitForURL(/status=published/);
  await listSettled(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-status-published', 'focus stays on the facet');
  const published = await api('/standards?status=published&size=1');
  assert.equal(await page.textContent('#result-count'), `${published.page.totalItems} entries`);
  await page.focus('#results-table th[data-sort="title"] button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/sort=title/);
  await listSettled(page);
  const byTitle = await api('/standards?status=published&sort=title&size=20');
  assert.deepEqual((await rows(page)).map((r) => r.identifier), byTitle.items.map((i) => i.identifier));
  await closePage(page);
});

test('the page is readable on a phone', async () => {
  const page = await newPage({ width: 390, height: 844, isMobile: true });
  await page.goto(`${BASE}/?organization=ETSI`);
  await listSettled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling of the page (${overflow}px too wide)`);
  assert.equal(await page.evaluate(() => document.getElementById('filters-panel').open), false, 'filters start folded');
  await screenshot(page, 'search-phone', { fullPage: false });
  await page.goto(`${BASE}/?view=roadmap&topic=qkdn`);
  await roadmapSettled(page);
  const roadmapOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(roadmapOverflow <= 1, `the matrix scrolls inside its box (${roadmapOverflow}px too wide)`);
  await screenshot(page, 'roadmap-phone', { fullPage: false });
  await closePage(page);
});

test('a page on another origin reads /api/v1/standards (CORS), and a copy of the page works there under a strict CSP', async () => {
  const { server, origin } = await startOtherOrigin();
  try {
    assert.notEqual(new URL(origin).origin, new URL(BASE).origin);
    const page = await newPage();
    await page.goto(`${origin}/probe.html`);
    await page.waitForSelector('#result[data-done="true"]');
    const result = JSON.parse(await page.textContent('#result'));
    assert.equal(result.status, 200);
    assert.ok(result.totalItems >= 151);

    await page.goto(`${origin}/?organization=ETSI`);
    await listSettled(page);
    const etsi = await api('/standards?organization=ETSI&size=1');
    assert.equal(await page.textContent('#result-count'), `${etsi.page.totalItems} entries`);
    await page.click('#nav-roadmap');
    await roadmapSettled(page);
    await assertMatrixMatches(page, '?organization=ETSI');
    await screenshot(page, 'other-origin-roadmap');
    await closePage(page);
  } finally {
    server.close();
  }
});

test('an overlap lists the first entries of each organization, with their count and a link to the rest', async () => {
  const stamp = Date.now().toString(36).toUpperCase();
  const created = [];
  try {
    for (let i = 0; i < 12; i++) {
      created.push(await adminWrite('POST', '/standards', {
        organization: 'TTA', identifier: `TTAK.KO-12.${stamp}-${String(i).padStart(2, '0')}`,
        title: `Page test key management entry ${i}`, documentType: 'national-standard', status: 'published',
        publicationDate: '2024-05', topics: ['qkdn-key-management'],
      }));
    }
    const landscape = await api('/landscape?topic=qkdn&organization=ITU-T&organization=TTA');
    const overlap = landscape.overlaps.find((o) => o.topic === 'qkdn-key-management');
    assert.ok(overlap, 'ITU-T and TTA both work on key management');
    assert.equal(overlap.byOrganization.TTA, 12);
    assert.deepEqual(overlap.documents.filter((d) => d.organization === 'TTA').map((d) => d.identifier),
      created.slice(0, 10).map((e) => e.identifier), 'the first 10 of TTA by identifier are listed');

    const page = await newPage({ width: 1440, height: 1000 });
    await page.goto(`${BASE}/?view=roadmap&topic=qkdn&organization=ITU-T&organization=TTA`);
    await roadmapSettled(page);
    const card = '#overlaps details.overlap[data-topic="qkdn-key-management"]';
    await page.$eval(card, (details) => { details.open = true; });
    const tta = `${card} .overlap__org[data-organization="TTA"]`;
    assert.match(await page.textContent(`${tta} h3`), /TTA\s*\(12\)/);
    assert.deepEqual(await page.$$eval(`${tta} li > a`, (as) => as.map((a) => a.textContent)),
      created.slice(0, 10).map((e) => `TTA ${e.identifier}`));
    const itu = `${card} .overlap__org[data-organization="ITU-T"]`;
    assert.match(await page.textContent(`${itu} h3`), new RegExp(`\\(${overlap.byOrganization['ITU-T']}\\)`));
    assert.equal(await page.textContent(`${tta} .overlap__more a`), '2 more of TTA in the list view');
    await page.$eval(card, (details) => details.scrollIntoView());
    await screenshot(page, 'roadmap-overlap', { fullPage: false });

    await page.click(`${tta} .overlap__more a`);
    await page.waitForURL((url) => !url.search.includes('view=roadmap'));
    await listSettled(page);
    const all = await api('/standards?topic=qkdn-key-management&organization=TTA&status=published&status=in-development&size=1');
    assert.equal(all.page.totalItems, 12);
    assert.equal(await page.textContent('#result-count'), '12 entries');
    await closePage(page);
  } finally {
    for (const entry of created) await adminDeleteStandard(entry.id);
  }
});

/** The suggestions the search box shows: each option's entry id and text, in order. */
async function shownSuggestions(page) {
  return page.$$eval('#search-suggestions [role="option"]', (options) => options.map((o) => ({
    id: o.dataset.id, text: o.textContent, selected: o.getAttribute('aria-selected') === 'true', elementId: o.id,
  })));
}

/** Waits until the search box offers exactly these suggestions, in this order. */
async function suggestionsShown(page, expected) {
  await page.waitForFunction((ids) => !document.getElementById('search-suggestions').hidden
    && JSON.stringify([...document.querySelectorAll('#search-suggestions [role="option"]')].map((o) => o.dataset.id)) === JSON.stringify(ids),
  expected.map((s) => s.id));
}

/** The q of every type-ahead request the page sends. */
function recordSuggestRequests(page) {
  const asked = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/api/v1/standards/suggest')) asked.push(url.searchParams.get('q'));
  });
  return asked;
}

test('typing an ETSI identifier offers suggestions; the arrow keys and Enter open the highlighted one, Escape closes them', async () => {
  const typed = 'GS QKD 01';
  const expected = await api(`/standards/suggest?q=${encodeURIComponent(typed)}`);
  const target = expected.find((s) => s.organization === 'ETSI' && s.identifier === 'GS QKD 014');
  assert.ok(target, `"${typed}" suggests ETSI GS QKD 014 (${expected.map((s) => s.identifier).join(', ')})`);
  const page = await newPage();
  const asked = recordSuggestRequests(page);
  await page.goto(`${BASE}/`);
  await listSettled(page);
  const box = '#search-q';
  assert.equal(await page.getAttribute(box, 'role'), 'combobox');
  assert.equal(await page.getAttribute(box, 'aria-expanded'), 'false');
  assert.equal(await page.getAttribute(box, 'aria-controls'), 'search-suggestions');
  assert.equal(await page.getAttribute('#search-suggestions', 'role'), 'listbox');
  assert.equal(await page.isVisible('#search-suggestions'), false);

  await page.focus(box);
  await page.keyboard.type(typed, { delay: 40 });
  await suggestionsShown(page, expected);
  assert.equal(await page.getAttribute(box, 'aria-expanded'), 'true');
  assert.equal(await page.getAttribute(box, 'aria-activedescendant'), null, 'nothing is highlighted before an arrow key');
  const shown = await shownSuggestions(page);
  shown.forEach((option, i) => {
    for (const part of [expected[i].identifier, expected[i].organization, expected[i].title]) {
      assert.ok(option.text.includes(part), `suggestion ${i + 1} shows "${part}": ${option.text}`);
    }
  });
  assert.ok(asked.length < typed.length, `the box waits for a pause in the typing (${asked.length} requests for ${typed.length} keys)`);
  assert.ok(asked.every((q) => q.trim() !== ''), 'no request for an empty box');
  await screenshot(page, 'search-suggestions', { fullPage: false });

  // the arrow keys move the highlight (wrapping at the ends); focus stays in the box
  await page.keyboard.press('ArrowDown');
  const activeId = () => page.getAttribute(box, 'aria-activedescendant');
  assert.equal(await activeId(), shown[0].elementId);
  assert.deepEqual((await shownSuggestions(page)).map((o) => o.selected), shown.map((_, i) => i === 0));
  await page.keyboard.press('ArrowUp');
  assert.equal(await activeId(), shown[shown.length - 1].elementId, 'ArrowUp from the first goes to the last');
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeId(), shown[0].elementId);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-q');

  // Escape closes the list and keeps what was typed
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#search-suggestions'), false);
  assert.equal(await page.getAttribute(box, 'aria-expanded'), 'false');
  assert.equal(await activeId(), null);
  assert.equal(await page.inputValue(box), typed);

  // ArrowDown opens it again
  await page.keyboard.press('ArrowDown');
  await suggestionsShown(page, expected);
  assert.equal(await activeId(), shown[0].elementId);

  // one more key, then a choice at once, while the list's own search still waits for the typing to pause (300 ms):
  // the answer for the longer text is held back, so the suggestions shown are still those of "GS QKD 01"
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/api\/v1\/standards\/suggest\?/, async (route) => {
    if (new URL(route.request().url()).searchParams.get('q') === `${typed}4`) await held;
    await route.continue().catch(() => {});
  });
  try {
    await page.keyboard.type('4');
    assert.equal(await activeId(), null, 'typing drops the highlight');
    const index = expected.indexOf(target);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await activeId(), shown[index].elementId);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('view') === 'entry' && url.searchParams.get('id') === target.id);
    await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ETSI GS QKD 014');
    // the list's search, due 300 ms after the last key, must not take the page back to the list
    await page.waitForTimeout(600);
    assert.equal(new URL(page.url()).searchParams.get('id'), target.id);
    assert.equal(await page.isVisible('#view-entry'), true);
  } finally {
    release();
  }
  await closePage(page);
});

test('Enter without a highlighted suggestion searches as before; a click on a suggestion opens its entry; stale answers and an empty box show nothing', async () => {
  const expected = await api('/standards/suggest?q=y38');
  const y3800 = expected.find((s) => s.organization === 'ITU-T' && s.identifier === 'Y.3800');
  assert.ok(y3800, 'y38 suggests ITU-T Y.3800');
  const page = await newPage();
  const asked = recordSuggestRequests(page);
  // the answer for "y3" comes late, after the one for "y38": it must not replace it
  let staleDone;
  const staleSettled = new Promise((resolve) => { staleDone = resolve; });
  await page.route(/\/api\/v1\/standards\/suggest\?/, async (route) => {
    if (new URL(route.request().url()).searchParams.get('q') !== 'y3') {
      await route.continue();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    try {
      await route.fulfill({
        status: 200, contentType: 'application/json',
        body: JSON.stringify([{ id: '00000000-0000-0000-0000-000000000000', organization: 'ITU-T', identifier: 'STALE', title: 'stale answer' }]),
      });
    } catch {
      // the page gave up on this request: what it should do
    } finally {
      staleDone();
    }
  });
  await page.goto(`${BASE}/`);
  await listSettled(page);
  await page.focus('#search-q');
  const firstAsked = page.waitForRequest((r) => new URL(r.url()).searchParams.get('q') === 'y3');
  await page.keyboard.type('y3');
  await firstAsked;
  await page.keyboard.type('8');
  await suggestionsShown(page, expected);
  await staleSettled;
  await page.waitForTimeout(200);
  assert.ok(!(await page.textContent('#search-suggestions')).includes('STALE'), 'the older answer was dropped');
  await suggestionsShown(page, expected);

  // Enter with nothing highlighted is the search it always was
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=y38/);
  await listSettled(page);
  assert.equal(await page.isVisible('#search-suggestions'), false);
  assert.equal((await rows(page))[0].identifier, 'Y.3800');

  // a click opens the entry
  await page.keyboard.press('ArrowDown');
  await suggestionsShown(page, expected);
  await page.click(`#search-suggestions [role="option"][data-id="${y3800.id}"]`);
  await page.waitForURL((url) => url.searchParams.get('id') === y3800.id);
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ITU-T Y.3800');
  await page.goBack();
  await listSettled(page);

  // a box emptied before the pause asks nothing and shows nothing
  await page.fill('#search-q', '');
  await page.focus('#search-q');
  const before = asked.length;
  await page.keyboard.type('q');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(500);
  assert.deepEqual(asked.slice(before), [], 'no request');
  assert.equal(await page.isVisible('#search-suggestions'), false);
  assert.ok(asked.every((q) => q.trim() !== ''), 'no request for an empty box');
  await closePage(page);
});

test('an entry lists the similar entries of other organizations with scores and shared terms, and a click opens one', async () => {
  const [entry] = await api(`/standards/suggest?q=${encodeURIComponent('GS QKD 014')}&limit=1`);
  assert.equal(`${entry.organization} ${entry.identifier}`, 'ETSI GS QKD 014');
  const similar = await api(`/standards/${entry.id}/similar`);
  assert.ok(similar.length > 1, 'the sample has similar entries of GS QKD 014');
  assert.ok(similar.every((s) => s.organization !== 'ETSI'), 'of other organizations only');
  const page = await newPage();
  await page.goto(`${BASE}/?view=entry&id=${entry.id}`);
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ETSI GS QKD 014');
  await page.waitForSelector('#entry-similar li');
  assert.equal(await page.textContent('#entry-similar-heading'), 'Similar entries of other organizations');
  const shown = await page.$$eval('#entry-similar li', (lis) => lis.map((li) => ({
    id: li.dataset.id,
    link: li.querySelector('a').textContent,
    href: li.querySelector('a').getAttribute('href'),
    organization: li.querySelector('.similar__organization').textContent,
    score: li.querySelector('.similar__score').textContent,
    terms: [...li.querySelectorAll('.similar__term')].map((t) => t.textContent),
  })));
  assert.deepEqual(shown.map((s) => s.id), similar.map((s) => s.id), 'every similar entry, in the order of the API');
  similar.forEach((s, i) => {
    assert.equal(shown[i].link, `${s.identifier} — ${s.title}`);
    assert.equal(shown[i].href, `./?view=entry&id=${s.id}`);
    assert.equal(shown[i].organization, s.organization);
    const score = /^score (\d+\.\d{2})$/.exec(shown[i].score);
    assert.ok(score && Math.abs(Number(score[1]) - s.score) <= 0.005 + 1e-9, `score ${s.score} with two decimals: ${shown[i].score}`);
    assert.deepEqual(shown[i].terms, s.sharedTerms);
  });
  assert.ok(shown.some((s) => s.terms.length), 'shared terms are shown');
  // the rest of the view is there too
  await page.waitForSelector('#entry-history tbody tr');
  await page.$eval('#entry-similar', (section) => section.scrollIntoView());
  await screenshot(page, 'entry-similar', { fullPage: false });

  const [first] = similar;
  await page.click(`#entry-similar li[data-id="${first.id}"] a`);
  await page.waitForURL((url) => url.searchParams.get('id') === first.id);
  await page.waitForFunction((heading) => document.getElementById('entry-heading').textContent === heading,
    `${first.organization} ${first.identifier}`);
  const theirs = await api(`/standards/${first.id}/similar`);
  await page.waitForFunction((ids) => JSON.stringify([...document.querySelectorAll('#entry-similar li')].map((li) => li.dataset.id))
    === JSON.stringify(ids), theirs.map((s) => s.id));
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('entry-heading').textContent === 'ETSI GS QKD 014');
  await closePage(page);
});

test('similar entries show server text as text; an entry without any says so; a failed request leaves the rest of the view', async () => {
  const stamp = Date.now().toString(36);
  // words of letters only: the identifiers hold the stamp, and a word an identifier shares would make entries similar
  const letters = stamp.replace(/[0-9]/g, '');
  const word = `plorgification${letters}`;
  const markup = '<img src="x" onerror="window.__injected = true">';
  const created = [];
  try {
    for (const [organization, identifier] of [['TTA', `TTAK.KO-12.SIM-${stamp}`], ['CCSA', `YD/T SIM-${stamp}`]]) {
      created.push(await adminWrite('POST', '/standards', {
        organization, identifier, title: `${markup} ${word} zarquon relays`, documentType: 'national-standard',
        status: 'in-development', topics: ['qkdn-key-management'],
      }));
    }
    created.push(await adminWrite('POST', '/standards', {
      organization: 'TTA', identifier: `TTAK.KO-12.LONE-${stamp}`, title: `Xylophrastic quozzle${letters}`, documentType: 'national-standard',
      status: 'in-development', topics: ['qkdn-key-management'],
    }));
    const [tta, ccsa, lone] = created;
    const similar = await api(`/standards/${tta.id}/similar`);
    assert.ok(similar.some((s) => s.id === ccsa.id && s.sharedTerms.includes(word)), `TTA's entry is like CCSA's: ${JSON.stringify(similar)}`);
    assert.deepEqual(await api(`/standards/${lone.id}/similar`), []);

    const page = await newPage();
    await page.goto(`${BASE}/?view=entry&id=${tta.id}`);
    const item = `#entry-similar li[data-id="${ccsa.id}"]`;
    await page.waitForSelector(item);
    assert.equal(await page.textContent(`${item} a`), `YD/T SIM-${stamp} — ${markup} ${word} zarquon relays`);
    assert.equal(await page.$$eval('#view-entry img', (imgs) => imgs.length), 0, 'the markup is shown, not made into an element');
    assert.equal(await page.evaluate(() => window.__injected), undefined);
    assert.ok((await page.$$eval(`${item} .similar__term`, (ts) => ts.map((t) => t.textContent))).includes(word));

    await page.goto(`${BASE}/?view=entry&id=${lone.id}`);
    await page.waitForFunction(() => document.getElementById('entry-similar').textContent.trim() !== '');
    assert.equal(await page.$$eval('#entry-similar > *', (els) => els.length), 1, 'one line');
    assert.match(await page.textContent('#entry-similar'), /^No entry of another organization shares distinctive words with this one\.$/);
    await closePage(page);

    const failing = await newPage({ failingRequests: /\/similar(\?|$)/ });
    await failing.route(/\/api\/v1\/standards\/[^/]+\/similar(\?|$)/, (route) => route.fulfill({
      status: 503, contentType: 'application/problem+json', headers: { 'Retry-After': '5' },
      body: JSON.stringify({ type: 'https://qitdb.org/problems/service-unavailable', title: 'Service unavailable', status: 503 }),
    }));
    const [y3800] = (await api('/standards?q=y3800&size=1')).items;
    await failing.goto(`${BASE}/?view=entry&id=${y3800.id}`);
    await failing.waitForFunction(() => document.getElementById('entry-similar').textContent.includes('could not be loaded'));
    assert.equal(await failing.textContent('#entry-heading'), 'ITU-T Y.3800');
    assert.equal(await failing.isVisible('#error-message'), false, 'the entry itself is not in error');
    await failing.waitForSelector('#entry-relations a');
    assert.ok(await failing.$$eval('#entry-history tbody tr', (trs) => trs.length) > 0, 'the history is shown');
    assert.ok(await failing.$$eval('#entry-fields dt', (dts) => dts.length) > 10, 'the fields are shown');
    await closePage(failing);
  } finally {
    for (const entry of created) await adminDeleteStandard(entry.id);
  }
});

test('no console errors on any page', async () => {
  assert.deepEqual(consoleErrors, []);
});

await run();
