// The public JSON API of qitdb, and nothing else: the page reads it as any page on another origin would.
// The base comes from <meta name="qitdb-api">, so a copy of the page elsewhere only has to point it at the service.

const meta = document.querySelector('meta[name="qitdb-api"]');
export const API_BASE = new URL(meta?.content || '/api/v1', document.baseURI).href.replace(/\/$/, '');

/** A failed API call, carrying the RFC 9457 problem document when the service sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The query string of a parameter object: arrays repeat the parameter, empty values are left out. */
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') {
        search.append(name, String(v));
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function apiUrl(path, params = {}) {
  return `${API_BASE}${path}${queryString(params)}`;
}

export async function getJson(path, params, { signal } = {}) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal });
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

export const FACETS = ['organization', 'status', 'topic', 'documentType', 'group', 'year'];

export function listStandards(params, options) {
  return getJson('/standards', params, options);
}

export function getStandard(id, options) {
  return getJson(`/standards/${encodeURIComponent(id)}`, {}, options);
}

export function getHistory(id, options) {
  return getJson(`/standards/${encodeURIComponent(id)}/history`, {}, options);
}

/** Type-ahead suggestions for what was typed in the search box (at most 10, identifiers first). */
export function suggestStandards(q, options) {
  return getJson('/standards/suggest', { q }, options);
}

/** The entries of other organizations most like this one, most similar first, with the terms they share. */
export function getSimilar(id, options) {
  return getJson(`/standards/${encodeURIComponent(id)}/similar`, {}, options);
}

/**
 * A group with its active representatives (public view). A group code may hold slashes (`JTC 1/SC 27`): each part is
 * encoded on its own, as the service reads the rest of the path as the code.
 */
export function getGroup(organizationSlug, code, options) {
  const codePath = String(code).split('/').map(encodeURIComponent).join('/');
  return getJson(`/groups/${encodeURIComponent(organizationSlug)}/${codePath}`, {}, options);
}

export function getLandscape(params, options) {
  return getJson('/landscape', params, options);
}

let topicTree;
export function getTopicTree() {
  topicTree ??= getJson('/topics', {}).catch((e) => {
    topicTree = undefined;
    throw e;
  });
  return topicTree;
}

let organizations;
export function getOrganizations() {
  organizations ??= getJson('/organizations', {}).catch((e) => {
    organizations = undefined;
    throw e;
  });
  return organizations;
}

let seedEntries;
/**
 * Where each seeded entry came from, by standard id: `{confidence, sources, origin, sourceFile, edition}`. Loaded
 * once; a page that cannot load it shows no confidence marks rather than failing.
 */
export function getSeedEntries() {
  seedEntries ??= getJson('/seed/entries', {}).then((list) => new Map(list.filter((e) => e.standardId).map((e) => [e.standardId, e])))
    .catch(() => {
      seedEntries = undefined;
      return new Map();
    });
  return seedEntries;
}

/** The URL of a CSV export of the entries matching the filters. */
export function exportUrl(filters) {
  return apiUrl('/export', { format: 'csv', ...filters });
}
