// The Report view (?view=report): the landscape report of GET /reports/draft — the live draft for a topic and a
// date, in each of its forms (print-ready HTML, PDF, Markdown, JSON) — and the editions frozen for meetings, newest
// first, each in the same four forms. The documents themselves are rendered by the service; this view links them.
import { ApiError, apiUrl, getTopicTree } from './api.js';
import { byId, clear, h, formatInstant } from './dom.js';

const FORMS = [
  { format: 'html', label: 'Read (HTML)', hint: 'print-ready page' },
  { format: 'pdf', label: 'PDF', hint: 'for printing and circulating' },
  { format: 'md', label: 'Markdown', hint: 'for editing as a contribution' },
  { format: 'json', label: 'JSON', hint: 'for tools' },
];

async function getJson(path, params) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // not a problem document
    }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

function formLinks(path, params, className) {
  return h('ul', { className: `report-forms ${className}` }, FORMS.map((f) => h('li', {},
    h('a', { href: apiUrl(path, { ...params, format: f.format }), className: `report-form report-form--${f.format}`,
      dataset: { format: f.format }, attrs: { type: f.format === 'pdf' ? 'application/pdf' : null } }, f.label),
    h('span', { className: 'hint' }, ` ${f.hint}`))));
}

export function createReportView(app) {
  const root = byId('view-report');
  let state = null;
  let generation = 0;

  root.append(
    h('h1', { id: 'report-heading' }, 'Report'),
    h('p', { className: 'lede' }, 'The landscape report (roadmap Part 2): scope and sources, the landscape in numbers, what '
      + 'changed since the last meeting, overlap and possible duplication, gaps, trends and coordination, each with the '
      + 'coordinators\u2019 narrative. The draft is computed live; editions are frozen for each meeting and never change.'),
    h('form', { id: 'report-form', className: 'roadmap-form', on: { submit: (e) => e.preventDefault() } },
      h('div', {}, h('label', { htmlFor: 'report-topic' }, 'Topic'), h('select', { id: 'report-topic' })),
      h('div', {}, h('label', { htmlFor: 'report-since' }, 'Changes since'),
        h('input', { id: 'report-since', type: 'date', attrs: { 'aria-describedby': 'report-since-hint' } }),
        h('p', { id: 'report-since-hint', className: 'hint' }, 'Empty: since the last edition was frozen'))),
    h('section', { attrs: { 'aria-labelledby': 'report-draft-heading' } },
      h('h2', { id: 'report-draft-heading' }, 'Draft'),
      h('div', { id: 'report-draft' })),
    h('section', { attrs: { 'aria-labelledby': 'report-editions-heading' } },
      h('h2', { id: 'report-editions-heading' }, 'Editions'),
      h('div', { id: 'report-editions' })),
  );

  byId('report-topic').addEventListener('change', (e) => {
    app.navigate({ ...state, topic: e.target.value ? [e.target.value] : [] }, { replace: true });
  });
  byId('report-since').addEventListener('change', () => renderDraft());

  function renderDraft() {
    const since = byId('report-since').value;
    const params = { topic: state.topic[0] || '', since };
    const draft = clear(byId('report-draft'));
    draft.append(formLinks('/reports/draft', params, 'report-forms--draft'));
  }

  function renderTopics(tree) {
    const select = clear(byId('report-topic'));
    const walk = (topic, depth) => {
      select.append(h('option', { value: topic.slug }, `${'\u2003'.repeat(depth)}${topic.label}`));
      (topic.children || []).forEach((child) => walk(child, depth + 1));
    };
    tree.forEach((t) => walk(t, 0));
    select.value = state.topic[0] || (tree[0] ? tree[0].slug : '');
  }

  function renderEditions(page) {
    const box = clear(byId('report-editions'));
    if (!page.items.length) {
      box.append(h('p', { className: 'hint', id: 'report-no-editions' }, 'No edition has been frozen yet. An admin freezes one '
        + 'with POST /api/v1/reports {title, since, topic, meeting}.'));
      return;
    }
    const rows = page.items.map((e) => h('tr', { dataset: { edition: e.id } },
      h('th', { scope: 'row' }, e.title),
      h('td', {}, e.meeting || '\u2013'),
      h('td', {}, e.topic.label),
      h('td', {}, e.since),
      h('td', {}, formatInstant(e.createdAt)),
      h('td', {}, formLinks(`/reports/${encodeURIComponent(e.id)}`, {}, 'report-forms--edition'))));
    box.append(h('div', { className: 'table-wrap' }, h('table', { className: 'results-table', id: 'report-editions-table' },
      h('caption', { className: 'visually-hidden' }, 'Frozen editions, newest first'),
      h('thead', {}, h('tr', {}, ['Title', 'Meeting', 'Topic', 'Changes since', 'Frozen', 'Forms']
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, rows))));
  }

  async function show(next) {
    state = next;
    const mine = ++generation;
    document.title = 'Report — qitdb';
    root.setAttribute('aria-busy', 'true');
    try {
      const [tree, editions] = await Promise.all([getTopicTree(), getJson('/reports', { size: 100 })]);
      if (mine !== generation) return;
      renderTopics(tree);
      renderDraft();
      renderEditions(editions);
      app.clearError();
    } catch (error) {
      if (mine !== generation) return;
      app.showError(error);
    } finally {
      if (mine === generation) root.removeAttribute('aria-busy');
    }
  }

  return { show };
}
