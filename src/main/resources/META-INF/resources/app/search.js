// The list view: search box, facet filters with counts, results table with server-side paging and sorting.
import { ApiError, exportUrl, getOrganizations, getSeedEntries, getTopicTree, listStandards } from './api.js';
import { apiFilters, activeFilterCount, LIST_FILTERS, PAGE_SIZES } from './state.js';
import { byId, clear, confidenceBadge, formatNumber, h, humanize, marked, plural, statusBadge, statusLabel, svg } from './dom.js';
import { createSuggestions } from './suggest.js';

const STATUS_ORDER = ['planned', 'in-development', 'published', 'superseded', 'withdrawn'];
const FACET_TITLES = {
  organization: 'Organization', group: 'Group', topic: 'Topic', status: 'Status', documentType: 'Document type',
};
const SEARCH_DELAY_MS = 300;

export function createSearchView(app) {
  const form = byId('search-form');
  const input = byId('search-q');
  const sort = byId('sort');
  const pageSize = byId('page-size');
  let state = null;
  let generation = 0;
  let typingTimer = 0;

  if (window.matchMedia('(max-width: 60rem)').matches) {
    byId('filters-panel').open = false;
  }
  pageSize.replaceChildren(...PAGE_SIZES.map((n) => h('option', { value: String(n) }, String(n))));

  const update = (change, options) => app.navigate({ ...state, ...change }, options);
  const suggestions = createSuggestions(input, byId('search-suggestions'), {
    onChoose: (suggestion) => {
      // the search still waiting for the typing to pause would take the page back to the list
      clearTimeout(typingTimer);
      update({ view: 'entry', id: suggestion.id });
    },
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    suggestions.dismiss();
    update({ q: input.value.trim(), page: 1, sort: '' });
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const q = input.value.trim();
      if (q !== state.q) {
        // typing refines one search: it replaces the history entry rather than adding one per key
        update({ q, page: 1, sort: '' }, { replace: true });
      }
    }, SEARCH_DELAY_MS);
  });
  sort.addEventListener('change', () => update({ sort: sort.value, page: 1 }));
  pageSize.addEventListener('change', () => update({ size: Number(pageSize.value), page: 1 }));
  byId('page-first').addEventListener('click', () => update({ page: 1 }));
  byId('page-prev').addEventListener('click', () => update({ page: Math.max(1, state.page - 1) }));
  byId('page-next').addEventListener('click', () => update({ page: state.page + 1 }));
  byId('page-last').addEventListener('click', () => update({ page: Number(byId('page-last').dataset.page || 1) }));
  for (const th of document.querySelectorAll('#results-table th[data-sort]')) {
    th.querySelector('button').addEventListener('click', () => {
      const field = th.dataset.sort;
      const current = effectiveSort(state);
      const next = current === field ? `-${field}` : field;
      update({ sort: next, page: 1 });
    });
  }
  byId('year-from').addEventListener('change', (e) => update({ publishedFrom: e.target.value, page: 1 }));
  byId('year-to').addEventListener('change', (e) => update({ publishedTo: e.target.value, page: 1 }));

  async function show(next) {
    state = next;
    const mine = ++generation;
    syncControls(next);
    document.title = next.q ? `“${next.q}” — qitdb` : 'qitdb — QIT standards landscape';
    byId('results').setAttribute('aria-busy', 'true');
    try {
      const [result, facets, topics, organizations] = await Promise.all([
        listStandards({
          ...apiFilters(next), sort: effectiveSort(next), page: next.page - 1, size: next.size,
          facets: facetsOfMainRequest(next).join(','), snippets: next.q ? 'true' : undefined,
        }),
        disjunctiveFacets(next),
        getTopicTree(),
        getOrganizations().catch(() => []),
        getSeedEntries().then((entries) => { seeded = entries; }),
      ]);
      if (mine !== generation) return;
      const allFacets = { ...result.facets, ...facets };
      const focusedId = document.activeElement?.id;
      renderFacets(next, allFacets, topics, organizations);
      renderChips(next, topics);
      renderResults(next, result);
      restoreFocus(focusedId);
      app.clearError();
    } catch (error) {
      if (mine !== generation) return;
      app.showError(error);
      clear(byId('results-body'));
      byId('result-count').textContent = error instanceof ApiError ? 'The service rejected this search.' : 'The service could not be reached.';
    } finally {
      if (mine === generation) byId('results').removeAttribute('aria-busy');
    }
  }

  function syncControls(s) {
    if (document.activeElement !== input || input.value.trim() === s.q) {
      input.value = s.q;
    }
    const relevance = sort.querySelector('option[value="relevance"]');
    relevance.disabled = !s.q;
    const wanted = effectiveSort(s);
    if (![...sort.options].some((o) => o.value === wanted)) {
      sort.append(h('option', { value: wanted }, describeSort(wanted)));
    }
    sort.value = wanted;
    pageSize.value = String(s.size);
  }

  /** Seeded entries by id, for the confidence marks (empty until loaded, or when it cannot be). */
  let seeded = new Map();

  function renderResults(s, result) {
    const { items, page } = result;
    const snippets = result.snippets || {};
    const body = clear(byId('results-body'));
    for (const item of items) {
      const snippet = snippets[item.id];
      const title = snippet?.field === 'title' ? marked(snippet.text, snippet.highlights) : [item.title];
      const passage = snippet?.field === 'summary'
        ? h('p', { className: 'snippet', attrs: { 'aria-label': 'Where the summary matches' } }, ...marked(snippet.text, snippet.highlights))
        : null;
      const date = item.publicationDate || (item.expectedDate ? `expected ${item.expectedDate}` : '');
      body.append(h('tr', {},
        h('td', { className: item.identifier.length <= 18 ? 'col-identifier nowrap' : 'col-identifier', dataset: { label: 'Identifier' } },
          h('a', { href: app.entryUrl(item.id), dataset: { internal: '' } }, item.identifier)),
        h('td', { className: 'col-title', dataset: { label: 'Title' } }, ...title, confidenceBadge(seeded.get(item.id)), passage),
        h('td', { dataset: { label: 'Organization' } }, item.organization),
        h('td', { className: 'col-group', dataset: { label: 'Group' } }, item.group || '—'),
        h('td', { dataset: { label: 'Status' } }, statusBadge(item.status)),
        h('td', { className: 'col-date', dataset: { label: 'Date' } }, date || '—'),
        h('td', { className: 'col-link', dataset: { label: 'Link' } }, item.url
          ? h('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, 'Official page',
            h('span', { className: 'visually-hidden' }, ` of ${item.organization} ${item.identifier} (opens in a new tab)`))
          : '—'),
      ));
    }
    if (!items.length) {
      body.append(h('tr', {}, h('td', { colSpan: 7, className: 'empty' },
        page.totalItems ? 'No entries on this page.' : 'No entries match these filters.')));
    }
    const total = page.totalItems;
    byId('result-count').textContent = `${plural(total, 'entry', 'entries')}${s.q ? ` matching “${s.q}”` : ''}`;
    const pages = Math.max(1, page.totalPages);
    byId('page-info').textContent = `Page ${formatNumber(s.page)} of ${formatNumber(pages)}`;
    byId('page-first').disabled = s.page <= 1;
    byId('page-prev').disabled = s.page <= 1;
    byId('page-next').disabled = s.page >= pages;
    byId('page-last').disabled = s.page >= pages;
    byId('page-last').dataset.page = String(pages);
    byId('pager').hidden = total <= s.size && s.page === 1;
    byId('csv-link').href = exportUrl(apiFilters(s));
    const current = effectiveSort(s);
    for (const th of document.querySelectorAll('#results-table th[data-sort]')) {
      const field = th.dataset.sort;
      if (current === field) th.setAttribute('aria-sort', 'ascending');
      else if (current === `-${field}`) th.setAttribute('aria-sort', 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  function renderFacets(s, facets, topics, organizations) {
    const names = new Map(organizations.map((o) => [o.code, o.name]));
    renderCheckboxFacet('organization', s, facets.organization, (v) => v, (v) => names.get(v));
    renderCheckboxFacet('status', s, sortStatuses(facets.status), statusLabel);
    renderCheckboxFacet('documentType', s, facets.documentType, humanize);
    renderCheckboxFacet('group', s, groupsByCode(facets.group), (v, entry) => entry.organizations
      ? `${v} (${entry.organizations.join(', ')})` : v);
    renderTopicFacet(s, facets.topic || [], topics);
    renderYears(s, facets.year || []);
    const active = activeFilterCount(s);
    byId('filters-active').textContent = active ? `(${active} active)` : '';
  }

  function renderCheckboxFacet(name, s, entries = [], label, title) {
    const list = clear(document.querySelector(`#facet-${name} .facet__list`));
    const shown = [...entries];
    for (const value of s[name]) {
      if (!shown.some((e) => e.value === value)) shown.push({ value, count: 0 });
    }
    if (!shown.length) {
      list.append(h('li', { className: 'facet__none' }, 'none'));
      return;
    }
    for (const entry of shown) {
      list.append(facetItem(name, entry.value, label(entry.value, entry), entry.count, s[name].includes(entry.value),
        title?.(entry.value)));
    }
  }

  function facetItem(name, value, text, count, checked, title) {
    const id = `f-${name}-${slugify(value)}`;
    const box = h('input', {
      type: 'checkbox', id, value, checked, dataset: { facet: name },
      on: { change: () => toggle(name, value) },
    });
    return h('li', { className: count ? '' : 'is-empty' }, box,
      h('label', { htmlFor: id, title: title || '' }, h('span', { className: 'facet__label' }, text),
        h('span', { className: 'facet__count' }, formatNumber(count))));
  }

  function renderTopicFacet(s, counts, tree) {
    const byTopic = new Map(counts.map((c) => [c.value, c.count]));
    const list = clear(document.querySelector('#facet-topic .facet__list'));
    const add = (topic, into) => {
      const item = facetItem('topic', topic.slug, topic.label, byTopic.get(topic.slug) || 0, s.topic.includes(topic.slug), topic.slug);
      if (topic.children?.length) {
        const children = h('ul', {});
        topic.children.forEach((child) => add(child, children));
        item.append(children);
      }
      into.append(item);
    };
    tree.forEach((root) => add(root, list));
  }

  function renderYears(s, years) {
    const sorted = [...years].sort((a, b) => Number(a.value) - Number(b.value));
    for (const [id, selected] of [['year-from', s.publishedFrom], ['year-to', s.publishedTo]]) {
      const select = byId(id);
      const values = sorted.map((y) => y.value);
      if (selected && !values.includes(selected)) values.push(selected);
      values.sort();
      const counts = new Map(sorted.map((y) => [y.value, y.count]));
      select.replaceChildren(h('option', { value: '' }, 'any'),
        ...values.map((v) => h('option', { value: v }, `${v} (${formatNumber(counts.get(v) || 0)})`)));
      select.value = selected || '';
    }
    const bars = clear(byId('year-bars'));
    if (!sorted.length) return;
    const max = Math.max(...sorted.map((y) => y.count));
    const width = 100 / sorted.length;
    const chart = svg('svg', { viewBox: '0 0 100 24', preserveAspectRatio: 'none', focusable: 'false' });
    sorted.forEach((y, i) => {
      const height = Math.max(1, (22 * y.count) / max);
      const inRange = (!s.publishedFrom || y.value >= s.publishedFrom) && (!s.publishedTo || y.value <= s.publishedTo);
      chart.append(svg('rect', {
        x: (i * width + width * 0.1).toFixed(2), y: (24 - height).toFixed(2), width: (width * 0.8).toFixed(2),
        height: height.toFixed(2), class: inRange ? 'year-bar' : 'year-bar year-bar--out',
      }));
    });
    bars.append(chart);
  }

  function renderChips(s, topics) {
    const labels = topicLabels(topics);
    const chips = clear(byId('active-filters'));
    const chip = (text, change) => h('button', {
      type: 'button', className: 'chip', attrs: { 'aria-label': `Remove filter ${text}` },
      on: { click: () => update({ ...change, page: 1 }) },
    }, text, h('span', { attrs: { 'aria-hidden': 'true' } }, ' ×'));
    for (const name of LIST_FILTERS) {
      for (const value of s[name]) {
        const shown = name === 'topic' ? labels.get(value) || value : name === 'status' ? statusLabel(value)
          : name === 'documentType' ? humanize(value) : value;
        chips.append(chip(`${FACET_TITLES[name]}: ${shown}`, { [name]: s[name].filter((v) => v !== value) }));
      }
    }
    if (s.publishedFrom) chips.append(chip(`From ${s.publishedFrom}`, { publishedFrom: '' }));
    if (s.publishedTo) chips.append(chip(`To ${s.publishedTo}`, { publishedTo: '' }));
    if (s.q) chips.append(chip(`Search: ${s.q}`, { q: '' }));
    if (chips.childElementCount > 1) {
      chips.append(h('button', {
        type: 'button', className: 'chip chip--clear',
        on: { click: () => update({ organization: [], group: [], topic: [], status: [], documentType: [], publishedFrom: '', publishedTo: '', q: '', page: 1 }) },
      }, 'Clear all'));
    }
  }

  function toggle(name, value) {
    const values = state[name].includes(value) ? state[name].filter((v) => v !== value) : [...state[name], value];
    update({ [name]: values, page: 1 });
  }

  return { show };
}

/** The sort the API is asked for: relevance needs a query; without one, identifier order. */
export function effectiveSort(s) {
  if (!s.sort) return s.q ? 'relevance' : 'identifier';
  if (s.sort === 'relevance' && !s.q) return 'identifier';
  return s.sort;
}

function describeSort(sort) {
  const descending = sort.startsWith('-');
  const field = humanize(sort.replace(/^[-+]/, '').replace(/([A-Z])/g, '-$1').toLowerCase());
  return `${field} (${descending ? 'descending' : 'ascending'})`;
}

/** Facets counted by the main request: those whose filter is not set, plus the year when no year range is set. */
function facetsOfMainRequest(s) {
  const facets = LIST_FILTERS.filter((name) => !s[name].length);
  if (!s.publishedFrom && !s.publishedTo) facets.push('year');
  return facets;
}

/**
 * Counts of a facet whose filter is set come from the same request without that filter, so that the other values
 * of the facet show how many entries choosing them too would add (OR within a facet, AND across facets).
 */
async function disjunctiveFacets(s) {
  const requests = [];
  for (const name of LIST_FILTERS) {
    if (s[name].length) requests.push([name, name]);
  }
  if (s.publishedFrom || s.publishedTo) requests.push(['year', 'year']);
  const answers = await Promise.all(requests.map(([facet, without]) =>
    listStandards({ ...apiFilters(s, { without: [without] }), size: 1, facets: facet })));
  const facets = {};
  requests.forEach(([facet], i) => {
    facets[facet] = answers[i].facets?.[facet] || [];
  });
  return facets;
}

function sortStatuses(entries = []) {
  return [...entries].sort((a, b) => STATUS_ORDER.indexOf(a.value) - STATUS_ORDER.indexOf(b.value));
}

/** The API filters groups by code: groups of several organizations with one code are one choice. */
function groupsByCode(entries = []) {
  const byCode = new Map();
  for (const e of entries) {
    const known = byCode.get(e.value);
    if (known) {
      known.count += e.count;
      if (e.organization && !known.organizations.includes(e.organization)) known.organizations.push(e.organization);
    } else {
      byCode.set(e.value, { value: e.value, count: e.count, organizations: e.organization ? [e.organization] : [] });
    }
  }
  return [...byCode.values()];
}

export function topicLabels(tree) {
  const labels = new Map();
  const walk = (t) => {
    labels.set(t.slug, t.label);
    (t.children || []).forEach(walk);
  };
  (tree || []).forEach(walk);
  return labels;
}

function slugify(value) {
  return String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function restoreFocus(id) {
  if (!id) return;
  const active = document.activeElement;
  if (active && active !== document.body && active.id === id) return;
  const element = document.getElementById(id);
  if (element && (!active || active === document.body || !document.contains(active))) {
    element.focus();
  }
}
