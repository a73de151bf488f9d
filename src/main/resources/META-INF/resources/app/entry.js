// The entry view: every field of one standard, the active representatives of its group, its relations (linked when
// the target is in qitdb), the most similar entries of other organizations and its history.
import {
  getGroup, getHistory, getOrganizations, getSeedEntries, getSimilar, getStandard, getTopicTree, listStandards,
} from './api.js';
import { byId, clear, confidenceBadge, formatInstant, formatScore, h, humanize, statusBadge } from './dom.js';
import { topicLabels } from './search.js';

const RELATION_LABELS = {
  supersedes: 'Supersedes',
  'superseded-by': 'Superseded by',
  equivalent: 'Equivalent (common text)',
  references: 'References',
  related: 'Related',
};

/** A source as the seed gives it: a URL (linked) with an optional note, or a reference in words. */
function sourceNode(source) {
  const match = /^(https?:\/\/\S+)(.*)$/.exec(source);
  if (!match) return source;
  return [h('a', { href: match[1], target: '_blank', rel: 'noopener noreferrer' }, match[1]), match[2]];
}

export function createEntryView(app) {
  let generation = 0;

  async function show(state) {
    const mine = ++generation;
    const heading = byId('entry-heading');
    heading.textContent = 'Entry';
    byId('entry-title').textContent = 'Loading…';
    clear(byId('entry-fields'));
    clear(byId('entry-representatives'));
    clear(byId('entry-relations'));
    clear(byId('entry-similar'));
    clear(byId('entry-history'));
    byId('entry-back').href = app.lastListUrl();
    try {
      const [entry, history, topics, organizations, seeded] = await Promise.all([
        getStandard(state.id), getHistory(state.id), getTopicTree(), getOrganizations().catch(() => []), getSeedEntries(),
      ]);
      if (mine !== generation) return;
      document.title = `${entry.organization} ${entry.identifier} — qitdb`;
      heading.textContent = `${entry.organization} ${entry.identifier}`;
      byId('entry-title').textContent = entry.title;
      renderFields(entry, topicLabels(topics), new Map(organizations.map((o) => [o.code, o.name])), seeded.get(entry.id));
      renderHistory(history);
      app.clearError();
      const slug = organizations.find((o) => o.code === entry.organization)?.slug || entry.organization;
      const stillCurrent = () => mine === generation;
      await Promise.all([renderRepresentatives(entry, slug, stillCurrent), renderRelations(entry, stillCurrent),
        renderSimilar(entry, stillCurrent)]);
    } catch (error) {
      if (mine !== generation) return;
      heading.textContent = 'Entry not available';
      byId('entry-title').textContent = error.status === 404 ? 'No entry has this id (it may have been deleted).' : '';
      app.showError(error);
    }
  }

  function renderFields(e, topicLabel, organizationNames, seedEntry) {
    const list = clear(byId('entry-fields'));
    const row = (term, ...value) => {
      const values = value.flat().filter((v) => v !== null && v !== undefined && v !== '');
      list.append(h('div', { className: 'fields__row' }, h('dt', {}, term), h('dd', {}, values.length ? values : '—')));
    };
    const listLink = (text, filters) => h('a', { href: app.listUrl(filters), dataset: { internal: '' } }, text);
    row('Organization', listLink(e.organization, { organization: [e.organization] }),
      organizationNames.get(e.organization) ? ` — ${organizationNames.get(e.organization)}` : '');
    row('Group', e.group ? listLink(e.group, { organization: [e.organization], group: [e.group] }) : '');
    row('Identifier', h('code', {}, e.identifier));
    row('Aliases', joinNodes((e.aliases || []).map((a) => h('code', {}, a))));
    row('Title', e.title, confidenceBadge(seedEntry));
    row('Summary', e.summary || '');
    row('Document type', humanize(e.documentType));
    row('Status', statusBadge(e.status), e.sdoStatus ? ` (SDO: ${e.sdoStatus})` : '');
    row('Version', e.version || '');
    row('Publication date', e.publicationDate || '');
    row('Expected date', e.expectedDate || '');
    row('Topics', joinNodes((e.topics || []).map((t) => listLink(topicLabel.get(t) || t, { topic: [t] }))));
    row('Keywords', (e.keywords || []).join(', '));
    row('Official page', e.url ? h('a', { href: e.url, target: '_blank', rel: 'noopener noreferrer' }, e.url,
      h('span', { className: 'visually-hidden' }, ' (opens in a new tab)')) : '');
    row('Last written by', e.provenance || '');
    if (seedEntry) {
      row('Seed sources', h('span', { className: 'seed-confidence' }, `${seedEntry.confidence} confidence`),
        ` (${seedEntry.sourceFile}, edition ${seedEntry.edition})`,
        h('ul', { className: 'seed-sources' }, (seedEntry.sources || []).map((source) => h('li', {}, sourceNode(source)))));
    }
    row('Created', formatInstant(e.createdAt));
    row('Updated', formatInstant(e.updatedAt));
    row('Revision', String(e.revision));
    row('Id', h('code', {}, e.id));
  }

  /** The group's contact points for the coordination group, as the public group view lists them (no personal data). */
  async function renderRepresentatives(entry, organizationSlug, stillCurrent) {
    const container = clear(byId('entry-representatives'));
    if (!entry.group) {
      container.append(h('p', { className: 'hint' }, 'No group recorded, so no representative to show.'));
      return;
    }
    let group;
    try {
      group = await getGroup(organizationSlug, entry.group);
    } catch {
      if (stillCurrent()) container.append(h('p', { className: 'hint' }, 'The representatives could not be loaded.'));
      return;
    }
    if (!stillCurrent()) return;
    const who = `${entry.organization} ${entry.group}`;
    const representatives = group.representatives || [];
    if (!representatives.length) {
      container.append(h('p', { className: 'hint' }, `No active representative of ${who} is recorded.`));
      return;
    }
    container.append(
      h('p', { className: 'hint' }, `Contact points of ${who} for the coordination group:`),
      h('ul', { className: 'representatives' }, representatives.map((r) => h('li', { dataset: { id: r.id } },
        h('span', { className: 'representative__name' }, r.name),
        r.role ? [' — ', h('span', { className: 'representative__role' }, r.role)] : '',
        r.affiliation ? [', ', h('span', { className: 'representative__affiliation' }, r.affiliation)] : '',
        r.since ? h('span', { className: 'hint' }, ` (since ${r.since})`) : ''))));
  }

  async function renderRelations(entry, stillCurrent) {
    const container = clear(byId('entry-relations'));
    const relations = entry.relations || [];
    if (!relations.length) {
      container.append(h('p', { className: 'hint' }, 'No relations recorded.'));
      return;
    }
    const items = relations.map((r) => {
      const target = h('span', {}, `${r.target.organization} ${r.target.identifier}`);
      const item = h('li', {}, h('span', { className: 'relation__type' }, RELATION_LABELS[r.type] || humanize(r.type)), ' ', target);
      return { relation: r, item, target };
    });
    container.append(h('ul', { className: 'relations' }, items.map((i) => i.item)));
    await Promise.all(items.map(async ({ relation, item, target }) => {
      const found = await resolve(relation.target);
      if (!stillCurrent()) return;
      if (found) {
        target.replaceWith(h('a', { href: app.entryUrl(found.id), dataset: { internal: '' } },
          `${found.organization} ${found.identifier}`), ` — ${found.title}`);
      } else {
        item.append(h('span', { className: 'hint' }, ' (not in qitdb)'));
      }
    }));
  }

  /** Candidate overlaps for coordination; the rest of the view does not depend on them. */
  async function renderSimilar(entry, stillCurrent) {
    const container = clear(byId('entry-similar'));
    let similar;
    try {
      similar = await getSimilar(entry.id);
    } catch {
      if (stillCurrent()) container.append(h('p', { className: 'hint' }, 'The similar entries could not be loaded.'));
      return;
    }
    if (!stillCurrent()) return;
    if (!similar.length) {
      container.append(h('p', { className: 'hint' }, 'No entry of another organization shares distinctive words with this one.'));
      return;
    }
    container.append(
      h('p', { className: 'hint' }, 'Entries of other organizations that share the most distinctive words of this one, most '
        + 'similar first (a score compares the entries of this list only):'),
      h('ol', { className: 'similar' }, similar.map((s) => h('li', { dataset: { id: s.id } },
        h('a', { href: app.entryUrl(s.id), dataset: { internal: '' } },
          h('span', { className: 'similar__identifier' }, s.identifier), ` — ${s.title}`),
        ' · ', h('span', { className: 'similar__organization' }, s.organization),
        ' · ', h('span', { className: 'similar__score' }, `score ${formatScore(s.score)}`),
        s.sharedTerms?.length
          ? h('div', { className: 'similar__terms' }, 'Shared terms: ',
            joinNodes(s.sharedTerms.map((t) => h('span', { className: 'similar__term' }, t))))
          : ''))));
  }

  function renderHistory(history) {
    const container = clear(byId('entry-history'));
    const revisions = [...(history.revisions || [])].reverse();
    const table = h('table', { className: 'history' },
      h('caption', { className: 'visually-hidden' }, 'Revisions, newest first'),
      h('thead', {}, h('tr', {}, ['Revision', 'Change', 'When', 'By', 'Fields'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, revisions.map((r) => h('tr', {},
        h('td', { dataset: { label: 'Revision' } }, String(r.revision)),
        h('td', { dataset: { label: 'Change' } }, humanize(r.type)),
        h('td', { dataset: { label: 'When' } }, formatInstant(r.at)),
        h('td', { dataset: { label: 'By' } }, r.actor || ''),
        h('td', { dataset: { label: 'Fields' } }, changeList(r))))));
    container.append(h('div', { className: 'table-wrap' }, table));
  }

  return { show };
}

function changeList(revision) {
  const changes = Object.entries(revision.changes || {});
  if (!changes.length) return '—';
  return h('ul', { className: 'changes' }, changes.map(([field, change]) => h('li', {},
    h('strong', {}, field), ': ',
    revision.type === 'created' ? show(change?.to) : [show(change?.from), ' → ', show(change?.to)])));
}

function show(value) {
  if (value === null || value === undefined) return h('em', {}, 'none');
  let text;
  if (Array.isArray(value)) {
    text = value.map((v) => (v && typeof v === 'object' ? relationText(v) : String(v))).join(', ') || '[]';
  } else if (typeof value === 'object') {
    text = JSON.stringify(value);
  } else {
    text = String(value);
  }
  return h('span', { className: 'value' }, text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

function relationText(v) {
  return v.target ? `${v.type} ${v.target.organization} ${v.target.identifier}` : JSON.stringify(v);
}

function joinNodes(nodes) {
  return nodes.flatMap((n, i) => (i ? [', ', n] : [n]));
}

/**
 * Comparison key of an identifier, close to the service's normalization: case, spacing and punctuation do not
 * matter, nor do leading zeros of numbers ("GS QKD 014" = "gs-qkd-14").
 */
export function identifierKey(identifier) {
  const tokens = String(identifier).toLowerCase().match(/[a-z]+|[0-9]+/g) || [];
  let key = '';
  let previousDigits = false;
  for (const token of tokens) {
    const digits = /^[0-9]/.test(token);
    if (digits && previousDigits) key += '-';
    key += digits ? token.replace(/^0+(?=\d)/, '') : token;
    previousDigits = digits;
  }
  return key;
}

/** The entry a relation names, searched by identifier (a search never answers 404, unlike a lookup). */
async function resolve(target) {
  try {
    const page = await listStandards({ organization: target.organization, q: target.identifier, size: 10 });
    const key = identifierKey(target.identifier);
    return page.items.find((item) => item.organization === target.organization
      && [item.identifier, ...(item.aliases || [])].some((id) => identifierKey(id) === key)) || null;
  } catch {
    return null;
  }
}
