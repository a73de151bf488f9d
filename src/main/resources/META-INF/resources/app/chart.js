// A stacked bar chart drawn by hand as SVG: one bar per year, one segment per series. Colours come from the
// style sheet (classes series-0 … series-9), so the chart needs no inline style.
import { formatNumber, h, svg } from './dom.js';

export const PALETTE_SIZE = 10;

/**
 * @param {object} data {years: [2019, …], series: [{key, label}], value(year, key) → number}
 * @returns {HTMLElement} a figure body: the SVG, its legend and the same numbers as a table
 */
export function stackedBars({ years, series, value, title }) {
  const width = 760;
  const height = 300;
  const margin = { top: 16, right: 12, bottom: 40, left: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = years.map((y) => series.reduce((sum, s) => sum + value(y, s.key), 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const scale = (n) => (n / top) * plotHeight;
  const band = plotWidth / Math.max(1, years.length);
  const barWidth = Math.min(48, band * 0.72);

  const titleId = `chart-title-${Math.random().toString(36).slice(2, 8)}`;
  const descId = `${titleId}-desc`;
  const busiest = years.length ? years[totals.indexOf(Math.max(...totals))] : null;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'chart__svg', role: 'img',
    'aria-labelledby': `${titleId} ${descId}`, focusable: 'false',
  },
  svg('title', { id: titleId }, title),
  svg('desc', { id: descId }, years.length
    ? `${formatNumber(totals.reduce((a, b) => a + b, 0))} publications from ${years[0]} to ${years[years.length - 1]}; `
      + `most in ${busiest} (${formatNumber(Math.max(...totals))}).`
    : 'No publications.'));

  const grid = svg('g', { class: 'chart__grid' });
  for (let tick = 0; tick <= top; tick += step) {
    const y = margin.top + plotHeight - scale(tick);
    grid.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y, y2: y }),
      svg('text', { x: margin.left - 8, y: y + 4, 'text-anchor': 'end' }, formatNumber(tick)));
  }
  chart.append(grid);

  const labelEvery = Math.ceil(years.length / 16);
  const bars = svg('g', { class: 'chart__bars' });
  years.forEach((year, i) => {
    const x = margin.left + i * band + (band - barWidth) / 2;
    let y = margin.top + plotHeight;
    const group = svg('g', { class: 'chart__bar', 'data-year': year, 'data-total': totals[i] });
    series.forEach((s, index) => {
      const n = value(year, s.key);
      if (!n) return;
      const segment = scale(n);
      y -= segment;
      group.append(svg('rect', {
        x: x.toFixed(1), y: y.toFixed(1), width: barWidth.toFixed(1), height: Math.max(0.5, segment).toFixed(1),
        class: `series-${index % PALETTE_SIZE}`, 'data-series': s.key, 'data-count': n,
      }, svg('title', {}, `${year} · ${s.label}: ${formatNumber(n)}`)));
    });
    if (totals[i]) {
      group.append(svg('text', { class: 'chart__total', x: (x + barWidth / 2).toFixed(1), y: (y - 4).toFixed(1), 'text-anchor': 'middle' },
        formatNumber(totals[i])));
    }
    if (i % labelEvery === 0) {
      group.append(svg('text', { class: 'chart__label', x: (x + barWidth / 2).toFixed(1), y: height - margin.bottom + 18, 'text-anchor': 'middle' },
        String(year)));
    }
    bars.append(group);
  });
  chart.append(bars,
    svg('line', { class: 'chart__axis', x1: margin.left, x2: width - margin.right, y1: margin.top + plotHeight, y2: margin.top + plotHeight }));

  const legend = h('ul', { className: 'chart__legend', attrs: { 'aria-label': 'Legend' } },
    series.map((s, index) => h('li', {},
      svgSwatch(index), h('span', {}, s.label))));

  const table = h('details', { className: 'chart__data' },
    h('summary', {}, 'The numbers as a table'),
    h('div', { className: 'table-wrap' }, h('table', { className: 'data-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), series.map((s) => h('th', { scope: 'col' }, s.label)),
        h('th', { scope: 'col' }, 'Total'))),
      h('tbody', {}, years.map((year, i) => h('tr', {},
        h('th', { scope: 'row' }, String(year)),
        series.map((s) => h('td', {}, formatNumber(value(year, s.key)))),
        h('td', {}, formatNumber(totals[i]))))))));

  return [chart, legend, table];
}

function svgSwatch(index) {
  return svg('svg', { class: 'swatch', viewBox: '0 0 12 12', width: 12, height: 12, 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { width: 12, height: 12, rx: 2, class: `series-${index % PALETTE_SIZE}` }));
}

function niceStep(max) {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return Math.max(1, nice * power);
}
