// The qitdb landscape page: a small single-page app over the public JSON API (ES modules, no build step).
// Views: the searchable list (default), one entry (?view=entry&id=…), the roadmap (?view=roadmap), the report
// (?view=report) and the coordination register (?view=coordination).
import { API_BASE, ApiError } from './app/api.js';
import { createCoordinationView } from './app/coordination.js';
import { createEntryView } from './app/entry.js';
import { createReportView } from './app/report.js';
import { createRoadmapView } from './app/roadmap.js';
import { createSearchView } from './app/search.js';
import { emptyState, readState, stateUrl } from './app/state.js';
import { byId } from './app/dom.js';

let current = null;
let lastList = './';

const app = {
  /** Shows a new state and records it in the history (replace: without a new history entry). */
  navigate(state, { replace = false } = {}) {
    const url = stateUrl(state);
    if (replace) {
      window.history.replaceState(null, '', url);
    } else {
      window.history.pushState(null, '', url);
    }
    show(readState());
  },
  entryUrl(id) {
    return stateUrl({ ...emptyState(), view: 'entry', id });
  },
  listUrl(filters) {
    return stateUrl({ ...emptyState(), ...filters, view: 'search' });
  },
  lastListUrl() {
    return lastList;
  },
  showError(error) {
    const box = byId('error-message');
    box.hidden = false;
    if (error instanceof ApiError) {
      box.textContent = error.status === 404 ? `Not found: ${error.message}` : `The service rejected the request: ${error.message}`;
    } else {
      box.textContent = 'The qitdb service could not be reached. Please try again later.';
    }
  },
  clearError() {
    const box = byId('error-message');
    box.hidden = true;
    box.textContent = '';
  },
};

const views = {
  search: createSearchView(app),
  entry: createEntryView(app),
  roadmap: createRoadmapView(app),
  report: createReportView(app),
  coordination: createCoordinationView(app),
};

function show(state) {
  const previous = current;
  current = state;
  if (state.view === 'search') {
    lastList = stateUrl(state);
  }
  for (const name of Object.keys(views)) {
    byId(`view-${name}`).hidden = name !== state.view;
  }
  updateNavigation(state);
  views[state.view].show(state);
  if (previous && previous.view !== state.view) {
    window.scrollTo(0, 0);
    const heading = byId(`view-${state.view}`).querySelector('h1');
    if (heading && !heading.classList.contains('visually-hidden')) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    } else {
      byId('main').focus({ preventScroll: true });
    }
  }
}

function updateNavigation(state) {
  const list = { ...state, view: 'search', page: 1 };
  const roadmap = { ...state, view: 'roadmap', topic: state.topic.slice(0, 1) };
  const report = { ...emptyState(), view: 'report', topic: state.topic.slice(0, 1) };
  const links = {
    search: state.view === 'entry' ? lastList : stateUrl(list),
    roadmap: stateUrl(roadmap),
    report: stateUrl(report),
    coordination: stateUrl({ ...emptyState(), view: 'coordination' }),
  };
  for (const link of document.querySelectorAll('a[data-nav]')) {
    const view = link.dataset.nav;
    link.href = links[view];
    link.dataset.internal = '';
    if (link.closest('.views')) {
      if (view === state.view || (view === 'search' && state.view === 'entry')) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    }
  }
}

// Links inside the page change the view without reloading it; modified clicks (new tab …) keep their meaning.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-internal]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  window.history.pushState(null, '', link.getAttribute('href'));
  show(readState());
});

window.addEventListener('popstate', () => show(readState()));

// The footer points at the service the page reads, wherever the page itself is served from.
const serviceOrigin = new URL(API_BASE).origin;
for (const link of document.querySelectorAll('.site-footer a')) {
  const url = new URL(link.getAttribute('href'), serviceOrigin);
  link.href = url.href;
}

show(readState());
