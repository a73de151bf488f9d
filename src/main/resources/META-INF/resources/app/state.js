// The page's state lives in the URL, so that every view is a shareable deep link:
//   ./?organization=ETSI&status=published&q=key+relay&sort=-publicationDate&page=2
//   ./?view=entry&id=<uuid>
//   ./?view=roadmap&topic=qkdn&organization=ITU-T
//   ./?view=report&topic=qkdn
//   ./?view=coordination&inclusion=none&unanswered=JCA-QKDN-LS1
// Filter names are those of the API; `page` counts from 1 here (the API counts from 0).

export const LIST_FILTERS = ['organization', 'group', 'topic', 'status', 'documentType'];
export const VIEWS = ['search', 'entry', 'roadmap', 'report', 'coordination'];
/** The coordination view's own filters (see coordination.js), kept in the URL as single values. */
export const COORDINATION_FILTERS = ['meetings', 'direction', 'statementStatus', 'overdue', 'questionStatus', 'inclusion',
  'representative', 'late', 'unanswered', 'party'];
export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_SIZE = 20;

export function emptyState() {
  return {
    view: 'search', id: '', q: '', sort: '', page: 1, size: DEFAULT_SIZE, publishedFrom: '', publishedTo: '',
    organization: [], group: [], topic: [], status: [], documentType: [], coordination: {},
  };
}

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const view = params.get('view');
  state.view = VIEWS.includes(view) ? view : 'search';
  state.id = params.get('id') || '';
  state.q = (params.get('q') || '').slice(0, 200);
  state.sort = params.get('sort') || '';
  const page = Number.parseInt(params.get('page') || '1', 10);
  state.page = Number.isFinite(page) && page >= 1 ? page : 1;
  const size = Number.parseInt(params.get('size') || String(DEFAULT_SIZE), 10);
  state.size = PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE;
  state.publishedFrom = year(params.get('publishedFrom'));
  state.publishedTo = year(params.get('publishedTo'));
  for (const name of LIST_FILTERS) {
    state[name] = [...new Set(params.getAll(name).filter((v) => v.trim() !== ''))];
  }
  for (const name of COORDINATION_FILTERS) {
    const value = (params.get(name) || '').trim();
    if (value) state.coordination[name] = value.slice(0, 200);
  }
  if (state.view === 'entry' && !state.id) {
    state.view = 'search';
  }
  return state;
}

function year(value) {
  return value && /^\d{4}$/.test(value) ? value : '';
}

/** The page URL of a state: defaults are left out, so that links stay short. */
export function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.view && state.view !== 'search') {
    params.set('view', state.view);
  }
  if (state.view === 'entry') {
    params.set('id', state.id);
    return `./?${params}`;
  }
  if (state.view === 'coordination') {
    for (const name of COORDINATION_FILTERS) {
      if (state.coordination?.[name]) params.set(name, state.coordination[name]);
    }
    return `./?${params}`;
  }
  for (const name of LIST_FILTERS) {
    for (const value of state[name] || []) {
      params.append(name, value);
    }
  }
  if (state.publishedFrom) params.set('publishedFrom', state.publishedFrom);
  if (state.publishedTo) params.set('publishedTo', state.publishedTo);
  if (state.view === 'search') {
    if (state.q) params.set('q', state.q);
    if (state.sort) params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
    if (state.size !== DEFAULT_SIZE) params.set('size', String(state.size));
  }
  const text = params.toString();
  return text ? `./?${text}` : './';
}

/** The API filters of a state (those of GET /standards and GET /export). */
export function apiFilters(state, { without = [] } = {}) {
  const filters = {};
  for (const name of LIST_FILTERS) {
    if (!without.includes(name) && state[name].length) {
      filters[name] = state[name];
    }
  }
  if (!without.includes('year')) {
    if (state.publishedFrom) filters.publishedFrom = state.publishedFrom;
    if (state.publishedTo) filters.publishedTo = state.publishedTo;
  }
  if (state.q && !without.includes('q')) {
    filters.q = state.q;
  }
  return filters;
}

export function activeFilterCount(state) {
  return LIST_FILTERS.reduce((n, name) => n + state[name].length, 0)
    + (state.publishedFrom ? 1 : 0) + (state.publishedTo ? 1 : 0);
}
