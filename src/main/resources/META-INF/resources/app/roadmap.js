// The roadmap view: the topic × organization matrix of GET /landscape as a heat map, with overlaps and gaps
// marked, the lists of overlaps and gaps, and publications per year as a hand-drawn SVG chart.
import { getLandscape, getOrganizations, getTopicTree } from './api.js';
import { stackedBars } from './chart.js';
import { byId, clear, formatNumber, h, plural, statusBadge, statusLabel } from './dom.js';

const HEAT_LEVELS = 5;
const STATUSES = ['planned', 'in-development', 'published', 'superseded', 'withdrawn'];
/** The statuses that make a topic's entries count as work in the overlaps of GET /landscape. */
const WORK_STATUSES = ['in-development', 'published'];

export function createRoadmapView(app) {
  let state = null;
  let generation = 0;

  byId('roadmap-form').addEventListener('submit', (e) => e.preventDefault());
  byId('roadmap-topic').addEventListener('change', (e) => {
    app.navigate({ ...state, topic: e.target.value ? [e.target.value] : [] });
  });

  async function show(next) {
    state = next;
    const mine = ++generation;
    document.title = 'Roadmap — qitdb';
    const params = {
      topic: next.topic[0] || '', organization: next.organization, group: next.group, status: next.status,
      documentType: next.documentType, publishedFrom: next.publishedFrom, publishedTo: next.publishedTo,
    };
    byId('view-roadmap').setAttribute('aria-busy', 'true');
    try {
      const [landscape, tree, organizations] = await Promise.all([
        getLandscape(params), getTopicTree(), getOrganizations().catch(() => []),
      ]);
      if (mine !== generation) return;
      const focusedId = document.activeElement?.id;
      renderControls(next, landscape, tree, organizations);
      renderMatrix(next, landscape);
      renderOverlaps(next, landscape);
      renderGaps(next, landscape);
      renderTimeline(landscape);
      renderEquivalents(landscape);
      restoreFocus(focusedId);
      app.clearError();
    } catch (error) {
      if (mine !== generation) return;
      app.showError(error);
      clear(byId('heatmap'));
    } finally {
      if (mine === generation) byId('view-roadmap').removeAttribute('aria-busy');
    }
  }

  function renderControls(s, landscape, tree, organizations) {
    const select = byId('roadmap-topic');
    const options = [];
    const walk = (topic, depth) => {
      options.push(h('option', { value: topic.slug }, `${'\u2003'.repeat(depth)}${topic.label}`));
      (topic.children || []).forEach((child) => walk(child, depth + 1));
    };
    tree.forEach((root) => walk(root, 0));
    select.replaceChildren(...options);
    select.value = landscape.topic.slug;

    const status = byId('roadmap-status');
    status.replaceChildren(h('option', { value: '' }, 'all statuses'),
      ...STATUSES.map((st) => h('option', { value: st }, statusLabel(st))));
    if (s.status.length > 1) {
      status.append(h('option', { value: '*' }, s.status.map(statusLabel).join(' or ')));
      status.value = '*';
    } else {
      status.value = s.status[0] || '';
    }
    status.onchange = () => {
      if (status.value !== '*') app.navigate({ ...state, status: status.value ? [status.value] : [] });
    };

    const list = clear(document.querySelector('#roadmap-orgs .roadmap-orgs__list'));
    const codes = new Set(organizations.map((o) => o.code));
    s.organization.forEach((code) => codes.add(code));
    const names = new Map(organizations.map((o) => [o.code, o.name]));
    for (const code of [...codes].sort()) {
      const id = `roadmap-org-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      list.append(h('span', { className: 'toggle' },
        h('input', {
          type: 'checkbox', id, value: code, checked: s.organization.includes(code),
          on: {
            change: () => {
              const chosen = state.organization.includes(code)
                ? state.organization.filter((c) => c !== code) : [...state.organization, code];
              app.navigate({ ...state, organization: chosen });
            },
          },
        }),
        h('label', { htmlFor: id, title: names.get(code) || code }, code)));
    }
  }

  function renderMatrix(s, landscape) {
    const table = clear(byId('heatmap'));
    const columns = landscape.organizations;
    const cells = new Map(landscape.matrix.map((c) => [`${c.topic}\u0000${c.organization}`, c]));
    const inner = landscape.matrix.filter((c) => c.topic !== landscape.topic.slug);
    const max = Math.max(1, ...(inner.length ? inner : landscape.matrix).map((c) => c.total));
    const level = (n) => (n ? Math.min(HEAT_LEVELS, Math.max(1, Math.ceil(HEAT_LEVELS * Math.sqrt(n / max)))) : 0);

    const note = `Entries on “${landscape.topic.label}” and its sub-topics, by organization${filterSummary(s)}. `
      + 'A topic counts the entries of its sub-topics; select a number to list them.';
    table.append(h('caption', { className: 'visually-hidden' }, note));
    byId('matrix-note').textContent = note;
    table.append(h('thead', {}, h('tr', {},
      h('th', { scope: 'col', className: 'heatmap__topic' }, 'Topic'),
      columns.map((o) => h('th', { scope: 'col', title: o.name },
        h('span', { className: 'heatmap__org' }, o.code))),
      h('th', { scope: 'col', className: 'heatmap__all' }, 'All'))));
    const body = h('tbody', {});
    for (const row of landscape.topics) {
      const classes = [];
      if (row.overlap) classes.push('is-overlap');
      if (row.gap) classes.push(`is-gap is-gap--${row.gap}`);
      const header = h('th', { scope: 'row', className: `heatmap__topic depth-${Math.min(row.depth, 6)}` },
        h('a', { href: app.listUrl({ ...filtersOf(s), topic: [row.slug] }), dataset: { internal: '' }, title: row.slug }, row.label),
        row.overlap ? h('span', { className: 'tag tag--overlap' }, 'overlap') : '',
        row.gap === 'no-work' ? h('span', { className: 'tag tag--gap' }, 'gap') : '',
        row.gap === 'in-development-only' ? h('span', { className: 'tag tag--developing' }, 'gap: in development only') : '');
      const tds = columns.map((o) => {
        const cell = cells.get(`${row.slug}\u0000${o.code}`);
        const total = cell ? cell.total : 0;
        const td = h('td', {
          className: row.depth === 0 ? 'heat heat-root' : `heat heat-${level(total)}`,
          dataset: { topic: row.slug, organization: o.code, total: String(total) },
        });
        if (total) {
          td.append(h('a', {
            href: app.listUrl({ ...filtersOf(s), topic: [row.slug], organization: [o.code] }),
            dataset: { internal: '' },
            attrs: { 'aria-label': `${o.code}, ${row.label}: ${plural(total, 'entry', 'entries')} (${breakdown(cell.byStatus)})` },
            title: `${o.code} · ${row.label}\n${breakdown(cell.byStatus)}`,
          }, formatNumber(total)));
        } else {
          td.append(h('span', { className: 'visually-hidden' }, `${o.code}, ${row.label}: none`));
        }
        return td;
      });
      body.append(h('tr', { className: classes.join(' ') }, header, tds,
        h('td', { className: 'heatmap__all', dataset: { topic: row.slug, total: String(row.total) } }, formatNumber(row.total))));
    }
    table.append(body);

    const legend = clear(byId('matrix-legend'));
    const swatches = [h('span', { className: 'legend__swatch heat heat-0' }, '0')];
    for (let i = 1; i <= HEAT_LEVELS; i += 1) {
      // the whole numbers n with level(n) = i
      const lower = Math.floor(max * ((i - 1) / HEAT_LEVELS) ** 2) + 1;
      const upper = i === HEAT_LEVELS ? max : Math.floor(max * (i / HEAT_LEVELS) ** 2);
      if (lower <= upper) {
        swatches.push(h('span', { className: `legend__swatch heat heat-${i}` }, lower === upper ? String(upper) : `${lower}–${upper}`));
      }
    }
    const scale = h('span', { className: 'legend__scale', attrs: { 'aria-label': 'Colour scale of the entries per cell' } }, 'Entries: ', swatches);
    legend.append(scale,
      h('span', { className: 'legend__item' }, h('span', { className: 'tag tag--overlap' }, 'overlap'), ' several organizations work on the topic'),
      h('span', { className: 'legend__item' }, h('span', { className: 'tag tag--gap' }, 'gap'), ' nothing published or in development'),
      h('span', { className: 'legend__item' }, h('span', { className: 'tag tag--developing' }, 'gap: in development only'), ' nothing published yet'));
  }

  function renderOverlaps(s, landscape) {
    const container = clear(byId('overlaps'));
    if (!landscape.overlaps.length) {
      container.append(h('p', { className: 'hint' }, 'No topic has work of several organizations under these filters.'));
      return;
    }
    // the API lists the first entries of each organization; the counts cover them all, the list view shows the rest
    const working = s.status.length ? s.status.filter((st) => WORK_STATUSES.includes(st)) : WORK_STATUSES;
    landscape.overlaps.forEach((overlap, index) => {
      const listed = new Map(overlap.organizations.map((o) => [o, []]));
      for (const doc of overlap.documents) listed.get(doc.organization)?.push(doc);
      // entries shown in the listed pairs, each once (one entry can be in several pairs)
      const paired = new Map();
      for (const p of overlap.equivalentPairs) {
        for (const doc of [p.first, p.second]) {
          if (!paired.has(doc.organization)) paired.set(doc.organization, new Set());
          paired.get(doc.organization).add(doc.id);
        }
      }
      const details = h('details', { className: 'overlap', open: index === 0, dataset: { topic: overlap.topic } },
        h('summary', {}, h('strong', {}, overlap.label), ' — ', overlap.organizations.join(', '),
          h('span', { className: 'overlap__count' }, ` · ${plural(overlap.documentCount, 'document', 'documents')}`)),
        h('div', { className: 'overlap__body' },
          [...listed].map(([organization, docs]) => {
            const total = overlap.byOrganization[organization] || 0;
            const shown = docs.length + (paired.get(organization)?.size || 0);
            return h('div', { className: 'overlap__org', dataset: { organization } },
              h('h3', {}, `${organization} `, h('span', { className: 'overlap__count' }, `(${total})`)),
              docs.length ? h('ul', { className: 'doc-list' }, docs.map((d) => docItem(d))) : '',
              total > shown ? h('p', { className: 'overlap__more' }, h('a', {
                href: app.listUrl({ ...filtersOf(s), topic: [overlap.topic], organization: [organization], status: working }),
                dataset: { internal: '' },
              }, `${formatNumber(total - shown)} more of ${organization} in the list view`)) : '');
          }),
          overlap.equivalentPairs.length ? h('div', { className: 'overlap__org' },
            h('h3', {}, 'Common texts (counted once)'),
            h('ul', { className: 'doc-list' }, overlap.equivalentPairs.map((p) => h('li', {},
              docLink(p.first), ' ≡ ', docLink(p.second)))),
            overlap.unlistedEquivalentPairs ? h('p', { className: 'overlap__more' },
              `and ${plural(overlap.unlistedEquivalentPairs, 'more pair', 'more pairs')}`) : '') : ''));
      container.append(details);
    });
  }

  function renderGaps(s, landscape) {
    const container = clear(byId('gaps'));
    const developing = landscape.gaps.filter((g) => g.kind === 'in-development-only');
    const empty = landscape.gaps.filter((g) => g.kind === 'no-work');
    if (!landscape.gaps.length) {
      container.append(h('p', { className: 'hint' }, 'Every topic has published work under these filters.'));
      return;
    }
    const topicLink = (g) => h('a', { href: app.listUrl({ ...filtersOf(s), topic: [g.topic] }), dataset: { internal: '' } }, g.label);
    if (developing.length) {
      container.append(h('h3', {}, h('span', { className: 'tag tag--developing' }, 'in development only'), ' work under way, nothing published'),
        h('ul', { className: 'gap-list', id: 'gaps-developing' }, developing.map((g) => h('li', { dataset: { topic: g.topic } },
          topicLink(g), h('span', { className: 'hint' }, ` — ${g.inDevelopment} in development${g.planned ? `, ${g.planned} planned` : ''}`)))));
    }
    if (empty.length) {
      container.append(h('h3', {}, h('span', { className: 'tag tag--gap' }, 'gap'), ' no document at all'),
        h('ul', { className: 'gap-list', id: 'gaps-empty' }, empty.map((g) => h('li', { dataset: { topic: g.topic } }, topicLink(g)))));
    }
  }

  function renderTimeline(landscape) {
    const figure = clear(byId('timeline'));
    if (!landscape.timeline.length) {
      figure.append(h('p', { className: 'hint' }, 'No publication dates under these filters.'));
      return;
    }
    const first = landscape.timeline[0].year;
    const last = landscape.timeline[landscape.timeline.length - 1].year;
    const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const byYear = new Map(landscape.timeline.map((y) => [y.year, y.byOrganization]));
    const totals = new Map();
    for (const y of landscape.timeline) {
      for (const [code, n] of Object.entries(y.byOrganization)) totals.set(code, (totals.get(code) || 0) + n);
    }
    const series = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([code]) => ({ key: code, label: code }));
    figure.append(...stackedBars({
      years, series, title: `Publications per year and organization, ${landscape.topic.label}`,
      value: (year, code) => byYear.get(year)?.[code] || 0,
    }), h('figcaption', { className: 'hint' }, 'Entries by year of publication (any status), stacked by organization.'));
  }

  function renderEquivalents(landscape) {
    const section = byId('equivalents-section');
    const container = clear(byId('equivalents'));
    section.hidden = !landscape.equivalents.length;
    if (landscape.equivalents.length) {
      container.append(h('ul', { className: 'doc-list' }, landscape.equivalents.map((p) => h('li', {},
        docLink(p.first), ' ≡ ', docLink(p.second), h('span', { className: 'hint' }, ` — ${p.first.title}`)))));
      if (landscape.unlistedEquivalents) {
        container.append(h('p', { className: 'hint' }, `and ${plural(landscape.unlistedEquivalents, 'more pair', 'more pairs')}`));
      }
    }
  }

  function docLink(doc) {
    return h('a', { href: app.entryUrl(doc.id), dataset: { internal: '' } }, `${doc.organization} ${doc.identifier}`);
  }

  function docItem(doc) {
    return h('li', {}, docLink(doc), ' ', statusBadge(doc.status), h('span', { className: 'doc-list__title' }, ` ${doc.title}`));
  }

  return { show };
}

function filtersOf(s) {
  return {
    organization: s.organization, group: s.group, status: s.status, documentType: s.documentType,
    publishedFrom: s.publishedFrom, publishedTo: s.publishedTo,
  };
}

function filterSummary(s) {
  const parts = [];
  if (s.organization.length) parts.push(s.organization.join(' or '));
  if (s.group.length) parts.push(`group ${s.group.join(' or ')}`);
  if (s.status.length) parts.push(s.status.map(statusLabel).join(' or ').toLowerCase());
  if (s.documentType.length) parts.push(s.documentType.join(' or '));
  if (s.publishedFrom) parts.push(`from ${s.publishedFrom}`);
  if (s.publishedTo) parts.push(`to ${s.publishedTo}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function breakdown(byStatus) {
  return Object.entries(byStatus).filter(([, n]) => n).map(([st, n]) => `${n} ${statusLabel(st).toLowerCase()}`).join(', ');
}

function restoreFocus(id) {
  if (!id) return;
  const active = document.activeElement;
  if (active && active !== document.body && document.contains(active)) return;
  document.getElementById(id)?.focus();
}
