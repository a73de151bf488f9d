// Small DOM helpers: elements are built with properties and text nodes only (never from HTML strings).

/**
 * h('a', {href: '…', className: 'x', dataset: {id: 1}, attrs: {'aria-label': '…'}}, 'text', child, …)
 * Properties other than className/dataset/attrs/on are set as element properties.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  applyProps(element, props);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element: every prop is an attribute. */
export function svg(tag, attrs = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function applyProps(element, props) {
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'attrs') {
      for (const [attr, v] of Object.entries(value)) {
        if (v !== undefined && v !== null && v !== false) element.setAttribute(attr, v === true ? '' : String(v));
      }
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else {
      element[name] = value;
    }
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

export const byId = (id) => document.getElementById(id);

const STATUS_LABELS = {
  planned: 'Planned',
  'in-development': 'In development',
  published: 'Published',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};

export function statusLabel(status) {
  return STATUS_LABELS[status] || status;
}

export function statusBadge(status) {
  return h('span', { className: `badge badge--${status}` }, statusLabel(status));
}

/**
 * The mark of a seeded entry whose identifier and title only secondary sources confirm: "medium confidence" (or
 * "low confidence"); nothing for a high-confidence entry or one the seed did not bring.
 */
export function confidenceBadge(seedEntry) {
  if (!seedEntry || seedEntry.confidence === 'high') return '';
  return [' ', h('span', {
    className: `badge badge--confidence badge--confidence-${seedEntry.confidence}`,
    title: 'Only secondary sources confirm this entry (or one of its fields was inferred); see its sources',
  }, `${seedEntry.confidence} confidence`)];
}

/**
 * A text with some of its parts marked: `highlights` are [start, end) offsets into it (as a search snippet gives them);
 * the parts are text nodes and <mark> elements, never HTML.
 */
export function marked(text, highlights = []) {
  const parts = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** "group-specification" → "Group specification" */
export function humanize(value) {
  if (!value) return '';
  const text = String(value).replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const numberFormat = new Intl.NumberFormat('en');
export function formatNumber(n) {
  return numberFormat.format(n);
}

const scoreFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A relevance score with two decimals: 3.113 → "3.11" */
export function formatScore(n) {
  return scoreFormat.format(n);
}

export function formatInstant(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}

/** Plural: plural(3, 'entry', 'entries') → "3 entries" */
export function plural(n, one, many) {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
