// Browser tests of the landscape page's Coordination view (?view=coordination), against a running qitdb (QITDB_URL)
// with its admin token (QITDB_ADMIN_TOKEN), run by run.sh with Debian's Chromium. The walk on the page: a
// coordinator registers ETSI ISG QKD's agreement to inclusion with the representative it names, sees ETSI agreed,
// records ETSI's answer to the overlap question, lists who has not answered JCA-QKDN-LS1 and the deferred inputs of
// the first meeting. The agreed inclusion policy is checked on a second instance that this file starts itself
// (QITDB_JAR, default target/quarkus-app/quarkus-run.jar). Every write a test makes is removed again.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  ADMIN_TOKEN, BASE, ROOT, admin, api, call, closePage, consoleErrors, newPage, run, screenshot, test,
} from './support.mjs';

const JAR = process.env.QITDB_JAR || path.join(ROOT, 'target', 'quarkus-app', 'quarkus-run.jar');

function unique(prefix) {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** Waits until the view shows the answer to the URL's current state. */
async function settled(page) {
  await page.waitForFunction(() => {
    const view = document.getElementById('view-coordination');
    return !view.hidden && !view.hasAttribute('aria-busy') && document.querySelector('#coordination-participation tbody tr') !== null;
  });
}

async function participationRows(page) {
  return page.$$eval('#coordination-participation tbody tr[data-organization]', (trs) => trs.map((tr) => ({
    organization: tr.dataset.organization,
    inclusion: tr.dataset.inclusion,
    representatives: tr.querySelector('.participation__representatives').textContent,
    entries: tr.querySelector('.participation__entries').textContent.trim(),
    overdue: tr.querySelector('.participation__overdue').textContent,
  })));
}

async function editorToken(name, organizations) {
  return (await admin('POST', '/tokens', { name: `${name}-${randomBytes(3).toString('hex')}`, role: 'editor', organizations })).token;
}

async function questionNumbered(number) {
  return (await api('/coordination-questions?size=500')).items.find((q) => q.number === number);
}

// ---- the tests

test('the coordination view shows the seeded meetings, statement, questions and every organization', async () => {
  const [organizations, ls1] = await Promise.all([api('/organizations'),
    api('/liaison-statements?direction=outgoing&size=500').then((p) => p.items.find((s) => s.reference === 'JCA-QKDN-LS1'))]);
  const page = await newPage({ width: 1440, height: 1000 });
  await page.goto(`${BASE}/`);
  await page.click('#nav-coordination');
  await page.waitForURL(/view=coordination/);
  await settled(page);
  assert.equal(await page.getAttribute('#nav-coordination', 'aria-current'), 'page');
  assert.equal(await page.textContent('#coordination-heading'), 'Coordination');

  const first = '#coordination-meetings-list article[data-code="JCA-QKDN-1"]';
  assert.match(await page.textContent(`${first} .meeting__when`), /^2023-03-22 13:00–14:30 \(UTC\+01:00\) · Geneva, co-located with ITU-T SG13 meeting/);
  assert.match(await page.textContent(`${first} .meeting__when`), /report QKDN-018/);
  assert.deepEqual(await page.$$eval(`${first} tr[data-status="deferred"]`, (trs) => trs.map((tr) => tr.dataset.source)),
    ['IEC TC 86', 'ISO/IEC JTC 1/SC 27']);
  assert.equal(await page.$$eval(`${first} .meeting__documents tbody tr`, (trs) => trs.length), 8);
  assert.match(await page.textContent('#coordination-meetings-list article[data-code="JCA-QKDN-2"] .meeting__invited'), /^Invited \(16\): CEN-CENELEC FG QT/);

  const row = '#coordination-statements tr[data-reference="JCA-QKDN-LS1"]';
  assert.match(await page.textContent(`${row} .statement__to`), /SDOs and groups outside ITU-T/);
  assert.match(await page.textContent(`${row} .statement__awaiting summary`),
    new RegExp(`Awaiting a reply from ${ls1.awaitingReplyFrom.length} organizations`));
  assert.equal(await page.$$eval('#coordination-questions li.question', (lis) => lis.length), 13);
  assert.match(await page.textContent('#coordination-questions li[data-number="4"] .question__text'), /duplication or overlap/);

  const rows = await participationRows(page);
  assert.deepEqual(rows.map((r) => r.organization), organizations.map((o) => o.code).sort());
  assert.equal(await page.textContent('#coordination-participation-count'), `${organizations.length} organizations`);
  const itu = rows.find((r) => r.organization === 'ITU-T');
  assert.equal(itu.entries, String((await api('/standards?organization=ITU-T&size=1')).page.totalItems));
  // the coordinator's forms appear only with a token
  assert.equal(await page.isHidden('#coordinator-forms'), true);
  await screenshot(page, 'coordination');
  await closePage(page);
});

test('a coordinator registers ETSI ISG QKD\u2019s agreement and representative, records its answer and sees who has not answered', async () => {
  const reference = unique('ETSI-ISGQKD-LS');
  const token = await editorToken('etsi-page', ['ETSI']);
  const overlap = await questionNumbered(4);
  const page = await newPage({ width: 1440, height: 1000 });
  try {
    await page.goto(`${BASE}/?view=coordination`);
    await settled(page);
    assert.equal((await participationRows(page)).find((r) => r.organization === 'ETSI').inclusion, 'none');
    await page.click('#coordinator > summary');
    await page.fill('#coordinator-token', token);
    await page.click('#coordinator-token-form button[type="submit"]');
    await page.waitForSelector('#coordinator-forms:not([hidden])');
    await settled(page);

    await page.fill('#statement-reference', reference);
    await page.selectOption('#statement-organization', 'ETSI');
    await page.selectOption('#statement-group', 'ISG QKD');
    await page.fill('#statement-date', '2023-07-14');
    await page.fill('#statement-subject', 'Reply to JCA-QKDN-LS1: ETSI ISG QKD agrees to the inclusion of its work');
    await page.selectOption('#statement-purpose', 'information');
    await page.selectOption('#statement-reply-to', 'JCA-QKDN-LS1');
    await page.selectOption('#statement-inclusion', 'agreed');
    await page.fill('#statement-rep-name', 'Page Walk Contact');
    await page.fill('#statement-rep-role', 'Rapporteur');
    await page.fill('#statement-rep-email', 'page.walk@example.org');
    await page.click('#statement-form button[type="submit"]');
    await page.waitForSelector('#statement-result .form-result__ok');
    assert.match(await page.textContent('#statement-result'), new RegExp(`Registered ${reference} with its representative Page Walk Contact`));
    await settled(page);
    const etsi = (await participationRows(page)).find((r) => r.organization === 'ETSI');
    assert.equal(etsi.inclusion, 'agreed');
    assert.match(etsi.representatives, /Page Walk Contact \(ISG QKD\)/);
    assert.match(await page.textContent('#coordination-participation tr[data-organization="ETSI"] .participation__inclusion'), new RegExp(`by ${reference}`));
    const statement = (await api(`/liaison-statements?inReplyTo=JCA-QKDN-LS1&organization=ETSI`)).items.find((s) => s.reference === reference);
    assert.equal(statement.inclusion, 'agreed');
    assert.equal(statement.concerns.representatives.length, 1);

    await page.selectOption('#answer-question', overlap.id);
    await page.selectOption('#answer-organization', 'ETSI');
    await page.selectOption('#answer-group', 'ISG QKD');
    await page.fill('#answer-via', reference);
    await page.fill('#answer-date', '2023-07-14');
    await page.fill('#answer-summary', 'Overlap with ITU-T Y.38xx limited to key delivery interfaces');
    await page.click('#answer-form button[type="submit"]');
    await page.waitForSelector('#answer-result .form-result__ok');
    assert.equal(await page.textContent('#answer-result'), 'Recorded the answer of ETSI ISG QKD to question 4.');
    await settled(page);
    const q4 = '#coordination-questions li[data-number="4"]';
    assert.equal(await page.getAttribute(q4, 'data-answers'), String(overlap.answerCount + 1));
    await page.$eval(`${q4} details`, (d) => { d.open = true; });
    assert.match(await page.textContent(`${q4} .answers li[data-organization="ETSI"]`), new RegExp(`ETSI ISG QKD \\(2023-07-14\\) via ${reference}: Overlap`));

    await page.selectOption('#coordination-unanswered', 'JCA-QKDN-LS1');
    await page.waitForURL(/unanswered=JCA-QKDN-LS1/);
    await settled(page);
    const unanswered = (await participationRows(page)).map((r) => r.organization);
    const expected = (await api('/participation?unanswered=JCA-QKDN-LS1&size=500')).items.map((r) => r.organization);
    assert.deepEqual(unanswered, expected);
    assert.ok(!unanswered.includes('ETSI') && !unanswered.includes('ITU-T') && unanswered.includes('IEEE'));
    assert.deepEqual(await page.$$eval('article[data-code="JCA-QKDN-1"] tr[data-status="deferred"]', (trs) => trs.map((tr) => tr.dataset.source)),
      ['IEC TC 86', 'ISO/IEC JTC 1/SC 27']);
    const history = await api('/coordination-history?size=20');
    assert.ok(history.items.some((c) => c.label === reference && c.type === 'created' && c.actor.startsWith('etsi-page')), 'statement in the history');
    assert.ok(history.items.some((c) => c.label === 'Q4' && c.type === 'updated' && c.changes.answers), 'answer in the history');
    await screenshot(page, 'coordination-walk');
  } finally {
    await closePage(page);
    const q = await api(`/coordination-questions/${overlap.id}`);
    const answer = q.answers.find((a) => a.via === reference);
    if (answer) await admin('DELETE', `/coordination-questions/${overlap.id}/answers/${answer.id}`);
    const statement = (await api('/liaison-statements?organization=ETSI&size=500')).items.find((s) => s.reference === reference);
    if (statement) {
      await admin('DELETE', `/liaison-statements/${statement.id}`, undefined, { expect: 204 });
      for (const id of statement.concerns.representatives) await admin('DELETE', `/representatives/${id}`, undefined, { expect: 204 });
    }
  }
  assert.equal((await api('/participation?organization=ETSI')).items[0].inclusion.status, 'none');
});

test('overdue statements are marked, each list filters, and a refused registration says why', async () => {
  const reference = unique('JCA-OUT');
  const overdue = await admin('POST', '/liaison-statements', {
    reference, direction: 'outgoing', from: { organization: 'ITU-T', group: 'JCA-QKDN' }, to: [{ organization: 'TEC' }],
    date: '2023-12-01', deadline: '2024-01-31', subject: 'Page test: request for TEC input', purpose: 'action',
  }, { expect: 201 });
  const page = await newPage({ conflictsExpected: true });
  try {
    await page.goto(`${BASE}/?view=coordination`);
    await settled(page);
    const row = `#coordination-statements tr[data-reference="${reference}"]`;
    assert.equal(await page.getAttribute(row, 'data-overdue'), 'true');
    assert.match(await page.textContent(row), /overdue/);
    await page.check('#coordination-overdue');
    await page.waitForURL(/overdue=true/);
    await settled(page);
    const flags = await page.$$eval('#coordination-statements tbody tr', (trs) => trs.map((tr) => tr.dataset.overdue));
    assert.ok(flags.length >= 1 && flags.every((f) => f === 'true'), `only overdue statements (${flags})`);

    await page.check('#coordination-late');
    await page.waitForURL(/late=true/);
    await settled(page);
    const late = await participationRows(page);
    assert.ok(late.some((r) => r.organization === 'TEC' && r.overdue.includes(reference)));
    assert.ok(late.every((r) => r.overdue.includes('overdue')));
    await page.uncheck('#coordination-late');
    await page.selectOption('#coordination-inclusion', 'none');
    await page.waitForURL(/inclusion=none/);
    await settled(page);
    assert.ok((await participationRows(page)).every((r) => r.inclusion === 'none'));
    await page.check('#coordination-representative');
    await page.waitForURL(/representative=false/);
    await settled(page);
    const expected = (await api('/participation?inclusion=none&representative=false&size=500')).items.map((r) => r.organization);
    assert.deepEqual((await participationRows(page)).map((r) => r.organization), expected);
    await page.fill('#coordination-party', 'korea');
    await page.waitForURL(/party=korea/);
    await settled(page);
    assert.deepEqual((await participationRows(page)).map((r) => r.organization), ['TTA']);

    await page.selectOption('#coordination-question-status', 'closed');
    await page.waitForURL(/questionStatus=closed/);
    await page.waitForFunction(() => document.querySelector('#coordination-questions').textContent.includes('No question under these filters'));
    await page.selectOption('#coordination-meetings', 'upcoming');
    await page.waitForURL(/meetings=upcoming/);
    await settled(page);
    assert.equal(await page.$$eval('#coordination-meetings-list h3', (hs) => hs.map((x) => x.textContent).join()), 'Upcoming');

    // a duplicate reference is refused with the service's own words
    await page.click('#coordinator > summary');
    await page.fill('#coordinator-token', ADMIN_TOKEN);
    await page.click('#coordinator-token-form button[type="submit"]');
    await page.waitForSelector('#coordinator-forms:not([hidden])');
    await settled(page);
    await page.fill('#statement-reference', reference.toLowerCase());
    await page.selectOption('#statement-organization', 'TEC');
    await page.fill('#statement-subject', 'A second statement under the same reference');
    await page.click('#statement-form button[type="submit"]');
    await page.waitForSelector('#statement-result .form-result__error');
    assert.match(await page.textContent('#statement-result'), new RegExp(`the reference '${reference.toLowerCase()}' names liaison statement ${reference} already`));
    await page.click('#coordinator-forget');
    await page.waitForSelector('#coordinator-forms[hidden]', { state: 'attached' });
    await screenshot(page, 'coordination-filters');
  } finally {
    await closePage(page);
    await admin('DELETE', `/liaison-statements/${overdue.id}`, undefined, { expect: 204 });
  }
});

test('under the agreed inclusion policy the page shows the entries of the host and of organizations that agreed', async () => {
  const service = await startAgreedInstance();
  const page = await newPage();
  try {
    await page.goto(`${service.url}/`);
    await page.waitForFunction(() => !document.getElementById('results').hasAttribute('aria-busy')
      && document.querySelector('#results-body tr') !== null);
    const facet = () => page.$$eval('#facet-organization li > input', (inputs) => inputs.map((i) => i.value));
    assert.deepEqual(await facet(), ['ITU-T']);
    const itu = await api('/standards?size=1', { base: service.url });
    assert.equal(await page.textContent('#result-count'), `${itu.page.totalItems} entries`);
    await page.goto(`${service.url}/?view=roadmap`);
    await page.waitForFunction(() => !document.getElementById('view-roadmap').hasAttribute('aria-busy')
      && document.querySelector('#heatmap tbody tr') !== null);
    assert.deepEqual(await page.$$eval('#heatmap thead th .heatmap__org', (ths) => ths.map((th) => th.textContent.trim())), ['ITU-T']);
    await page.goto(`${service.url}/?view=coordination&party=etsi`);
    await settled(page);
    assert.equal((await participationRows(page))[0].entries, 'not public');

    await call('POST', '/liaison-statements', {
      base: service.url, token: service.token, expect: 201, body: {
        reference: 'ETSI-ISGQKD-LS-AGREED', direction: 'incoming', from: { organization: 'ETSI', group: 'ISG QKD' }, date: '2023-07-14',
        subject: 'Agreement to inclusion', inReplyTo: 'JCA-QKDN-LS1', inclusion: 'agreed',
      },
    });
    await page.goto(`${service.url}/`);
    await page.waitForFunction(() => [...document.querySelectorAll('#facet-organization li > input')].some((i) => i.value === 'ETSI'));
    assert.deepEqual((await facet()).sort(), ['ETSI', 'ITU-T']);
    await page.goto(`${service.url}/?view=coordination&party=etsi`);
    await settled(page);
    const etsi = (await participationRows(page))[0];
    assert.equal(etsi.inclusion, 'agreed');
    assert.equal(etsi.entries, String((await api('/standards?organization=ETSI&size=1', { base: service.url })).page.totalItems));
    await screenshot(page, 'coordination-agreed-policy');
  } finally {
    await closePage(page);
    await service.stop();
  }
});

test('no console errors on any page', async () => {
  assert.deepEqual(consoleErrors, []);
});

// ---- a second instance, under the agreed policy

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startAgreedInstance() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'qitdb-agreed-'));
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const child = spawn('java', ['-Xmx256m', '-jar', JAR], {
    cwd: work, stdio: 'ignore',
    env: { ...process.env, QUARKUS_HTTP_HOST: '127.0.0.1', QUARKUS_HTTP_PORT: String(port), QITDB_ADMIN_TOKEN: token, QITDB_INCLUSION_POLICY: 'agreed' },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(work, { recursive: true, force: true });
  };
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/q/health/ready`)).ok) return { url, token, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error('the agreed-policy instance did not start');
}

await run();
