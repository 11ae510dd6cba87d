// The insights dashboard: sign in (reviewer session, shared with /review), pick a range and
// filters, see six charts with their tables, CSV downloads and links into the review console.
// Plain DOM, no build step; text from the API goes in through textContent only.
import { chartConfig } from './charts.js';
import { getLocale, setLocale, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const state = { csrf: '', data: null, charts: new Map(), renders: 0 };

/** Cards in order: table id, chart kind, review-console filters for "open these conversations". */
const CARDS = [
  { id: 'funnel', kind: 'funnel', links: [{ label: 'openReview', params: {} }] },
  {
    id: 'commitments',
    kind: 'stacked',
    payments: true,
    links: [{ label: 'openReview', params: { outcome: 'plan_agreed' } }],
  },
  {
    id: 'care',
    kind: 'lines',
    links: [
      { label: 'disputes', params: { disputed: 'true' } },
      { label: 'optOuts', params: { optedOut: 'true' } },
    ],
  },
  { id: 'escalations', kind: 'escalations', links: [{ label: 'openReview', params: { escalated: 'true' } }] },
  {
    id: 'guardrailCategories',
    kind: 'stacked',
    links: [{ label: 'openReview', params: { blocked: 'true' } }],
  },
  { id: 'guardrailSources', kind: 'stacked', links: [{ label: 'openReview', params: { blocked: 'true' } }] },
];

async function api(method, url, basic) {
  const headers = { 'x-console': '1', accept: 'application/json' };
  if (basic) headers.authorization = `Basic ${basic}`;
  if (method !== 'GET' && state.csrf) headers['x-csrf-token'] = state.csrf;
  const res = await fetch(url, { method, headers, credentials: 'same-origin' });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  return { status: res.status, data };
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function show(view) {
  for (const id of ['login-view', 'dashboard-view']) $(id).hidden = id !== view;
}

function filterParams() {
  const form = new FormData($('filters'));
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'channel', 'locale', 'portfolio'])
    if (form.get(key)) params.set(key, String(form.get(key)));
  return params;
}

/** The review console's list for the dashboard's scope (or one bucket of it), with extra filters. */
function reviewUrl(extra, bucket) {
  const scope = state.data.scope;
  const params = new URLSearchParams();
  if (bucket && bucket.length === 10) {
    params.set('from', bucket);
    params.set('to', bucket);
  } else if (bucket) {
    const [y, m] = bucket.split('-').map(Number);
    params.set('from', `${bucket}-01`);
    params.set('to', new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
  } else {
    params.set('from', scope.from.slice(0, 10));
    params.set('to', new Date(Date.parse(scope.to) - 1).toISOString().slice(0, 10));
  }
  if (scope.channel) params.set('channel', scope.channel);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `/review?${params}`;
}

function tableView(table) {
  const details = el('details');
  details.append(el('summary', '', t('showTable')));
  const tableEl = el('table');
  const head = el('tr');
  for (const c of table.columns) head.append(el('th', '', t(c)));
  tableEl.createTHead().append(head);
  const body = tableEl.createTBody();
  for (const row of table.rows) {
    const tr = el('tr');
    row.forEach((cell, i) =>
      tr.append(el('td', '', i === 0 && table.columns[0] === 'step' ? t(cell) : (cell ?? '–'))),
    );
    body.append(tr);
  }
  details.append(tableEl);
  return details;
}

function card(def, data) {
  const table = data.tables[def.id];
  const section = el('section', 'card chart-card');
  section.id = `card-${def.id}`;
  section.append(el('h2', '', t(`c_${def.id}`)));
  const box = el('div', 'chart-box');
  const canvas = el('canvas');
  canvas.id = `chart-${def.id}`;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', t(`c_${def.id}`));
  box.append(canvas);
  if (def.payments && !data.paymentsFeed) section.append(el('p', 'notice no-payments', t('noPayments')));
  else if (table.rows.length === 0) section.append(el('p', 'hint', t('noData')));
  section.append(box);
  const actions = el('div', 'actions');
  for (const link of def.links) {
    const a = el(
      'a',
      'review-link',
      def.links.length > 1 ? `${t(link.label)} · ${t('openReview')}` : t(link.label),
    );
    a.href = reviewUrl(link.params);
    actions.append(a);
  }
  const csv = el('a', 'csv-link', t('csv'));
  csv.href = `/api/insights/csv/${def.id}?${filterParams()}`;
  csv.setAttribute('download', '');
  actions.append(csv);
  section.append(actions, tableView(table));
  const link = def.links[0];
  const onBucket = (bucket) => window.open(reviewUrl(link.params, bucket), '_blank', 'noopener');
  state.charts.set(def.id, new window.Chart(canvas, chartConfig(def.kind, table, onBucket)));
  return section;
}

function fillOptions(select, values) {
  const current = select.value;
  for (const opt of [...select.options]) if (opt.dataset.dynamic) opt.remove();
  for (const v of values) {
    const opt = el('option', '', v);
    opt.value = v;
    opt.dataset.dynamic = '1';
    select.append(opt);
  }
  select.value = current;
}

function render() {
  const data = state.data;
  for (const chart of state.charts.values()) chart.destroy();
  state.charts.clear();
  window.Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  $('granularity').textContent = t(data.scope.bucket === 'month' ? 'perMonth' : 'perDay');
  $('cards').replaceChildren(...CARDS.map((def) => card(def, data)));
  state.renders++;
  document.body.dataset.renders = String(state.renders);
}

async function load() {
  $('status').textContent = t('loading');
  const { status, data } = await api('GET', `/api/insights?${filterParams()}`);
  if (status === 401) return show('login-view');
  if (status !== 200) {
    $('status').textContent = data?.error?.message ?? t('failed');
    return;
  }
  $('status').textContent = '';
  state.data = data;
  const form = $('filters');
  fillOptions(form.elements.channel, data.options.channels);
  fillOptions(form.elements.portfolio, data.options.portfolios);
  if (!form.elements.from.value) form.elements.from.value = data.scope.from.slice(0, 10);
  if (!form.elements.to.value)
    form.elements.to.value = new Date(Date.parse(data.scope.to) - 1).toISOString().slice(0, 10);
  render();
}

function signedIn(data) {
  state.csrf = data.csrfToken ?? '';
  $('whoami').textContent = data.name ?? '';
  $('whoami').hidden = false;
  $('logout').hidden = false;
  show('dashboard-view');
  void load();
}

async function login(event) {
  event.preventDefault();
  const basic = btoa(
    String.fromCharCode(...new TextEncoder().encode(`${$('login-name').value}:${$('login-password').value}`)),
  );
  const { status, data } = await api('POST', '/api/review/session', basic);
  $('login-password').value = '';
  if (status === 200) return signedIn(data);
  $('login-error').textContent = t(status === 403 ? 'notReviewer' : 'badLogin');
  $('login-error').hidden = false;
}

async function logout() {
  await api('DELETE', '/api/review/session');
  state.csrf = '';
  $('whoami').hidden = true;
  $('logout').hidden = true;
  show('login-view');
}

function init() {
  const lang =
    localStorage.getItem('insights.lang') ?? (navigator.language.startsWith('en') ? 'en' : 'zh-CN');
  $('lang').value = lang;
  setLocale(lang);
  $('lang').addEventListener('change', () => {
    localStorage.setItem('insights.lang', $('lang').value);
    setLocale($('lang').value);
    if (state.data && getLocale()) render();
  });
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', () => void logout());
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  void api('GET', '/api/review/session').then(({ status, data }) =>
    status === 200 ? signedIn(data) : show('login-view'),
  );
}

init();
