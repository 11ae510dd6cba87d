// The review console: sign in, filter conversations, open one, replay it step by step or with
// its original timing, and see beside each bot message its act, verdicts and blocked drafts.
// Plain DOM, no build step; all transcript text goes in through textContent only.
import { setLocale, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const state = { csrf: '', transcript: null, shown: 0, timer: null, playing: false, lastFilter: '', next: '' };

async function api(method, url, { basic, body } = {}) {
  const headers = { 'x-console': '1', accept: 'application/json' };
  if (basic) headers.authorization = `Basic ${basic}`;
  if (method !== 'GET' && state.csrf) headers['x-csrf-token'] = state.csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  return { status: res.status, data };
}

function show(view) {
  for (const id of ['login-view', 'list-view', 'detail-view']) $(id).hidden = id !== view;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const when = (iso) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '');

function signedIn(data) {
  state.csrf = data.csrfToken ?? '';
  $('whoami').textContent = data.name ?? '';
  $('whoami').hidden = false;
  $('logout').hidden = false;
  show('list-view');
  void loadList(false);
}

async function login(event) {
  event.preventDefault();
  const basic = btoa(
    String.fromCharCode(...new TextEncoder().encode(`${$('login-name').value}:${$('login-password').value}`)),
  );
  const { status, data } = await api('POST', '/api/review/session', { basic });
  $('login-password').value = '';
  if (status === 200) return signedIn(data);
  $('login-error').textContent = t(status === 403 ? 'notReviewer' : 'badLogin');
  $('login-error').hidden = false;
}

function filterQuery() {
  const form = new FormData($('filters'));
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'account', 'channel', 'outcome'])
    if (form.get(key)) params.set(key, String(form.get(key)));
  for (const key of ['blocked', 'escalated', 'disputed', 'optedOut'])
    if (form.get(key)) params.set(key, 'true');
  return params;
}

async function loadList(more) {
  const params = more ? new URLSearchParams(state.lastFilter) : filterQuery();
  if (more && state.next) params.set('continuationToken', state.next);
  const { status, data } = await api('GET', `/api/review/conversations?${params}`);
  if (status === 401) return show('login-view');
  const body = $('conversations').tBodies[0];
  if (!more) body.replaceChildren();
  state.lastFilter = filterQuery().toString();
  state.next = data?.continuationToken ?? '';
  for (const item of data?.items ?? []) body.append(listRow(item));
  $('list-empty').hidden = body.rows.length > 0;
  $('more').hidden = !state.next;
}

function listRow(item) {
  const tr = el('tr');
  tr.dataset.conversationId = item.conversationId;
  tr.tabIndex = 0;
  const flags = el('td');
  for (const f of item.flags) flags.append(el('span', `badge flag-${f}`, t(`f_${f}`)));
  tr.append(
    el('td', '', when(item.startedAt)),
    el('td', 'mono', item.conversationId),
    el('td', 'mono', item.account ?? ''),
    el('td', '', item.channel),
    el('td', '', t(`o_${item.outcome}`)),
    flags,
  );
  tr.addEventListener('click', () => void openConversation(item.conversationId));
  tr.addEventListener('keydown', (e) => e.key === 'Enter' && void openConversation(item.conversationId));
  return tr;
}

async function openConversation(id) {
  const { status, data } = await api('GET', `/api/review/conversations/${encodeURIComponent(id)}`);
  if (status === 401) return show('login-view');
  if (status !== 200) return;
  renderTranscript(data);
  show('detail-view');
}

function renderTranscript(data, keepPosition = false) {
  stop();
  state.transcript = data;
  state.shown = keepPosition ? Math.min(state.shown, data.steps.length) : 0;
  $('detail-title').textContent = data.conversationId;
  $('detail-meta').textContent = [
    when(data.startedAt),
    data.channel,
    data.account ?? '',
    t(`o_${data.outcome}`),
    t('records', { n: data.records }),
  ]
    .filter(Boolean)
    .join(' · ');
  const ok = data.integrity.ok;
  $('integrity').textContent = ok
    ? t('chainOk', { n: data.integrity.records })
    : t('chainBroken', data.integrity);
  $('integrity').className = ok ? 'ok' : 'error';
  $('mask-state').textContent = t(data.masked ? 'masked' : 'unmasked');
  $('mask-state').className = data.masked ? 'muted' : 'warning';
  $('reveal-list').replaceChildren(
    ...data.reveals.map((r) =>
      el(
        'li',
        '',
        `${t('revealedBy', { who: r.reviewer, at: when(r.revealedAt) })}${r.reason ? ` — ${r.reason}` : ''}`,
      ),
    ),
  );
  $('steps').replaceChildren(...data.steps.map(stepItem));
  renderPosition();
}

function stepItem(step) {
  const li = el('li', `step step-${step.role}`);
  li.dataset.seq = String(step.seq);
  li.hidden = true;
  const bubble = el('div', 'bubble');
  bubble.append(el('div', 'meta', `${step.from ?? t(`r_${step.role}`)} · ${when(step.timestamp)}`));
  const body =
    step.text ??
    (step.name ? `${step.name}${step.value ? ` ${JSON.stringify(step.value)}` : ''}` : step.type);
  bubble.append(el('div', 'text', body));
  li.append(bubble);
  if (step.trace) li.append(traceAside(step.trace));
  return li;
}

function verdictLine(v) {
  const rules = v.violations
    .map((x) => x.rule)
    .filter(Boolean)
    .join(', ');
  return `${v.source ?? ''} ${t(v.allowed ? 'allowed' : 'blocked')}${rules ? ` [${rules}]` : ''}`.trim();
}

function traceAside(trace) {
  const aside = el('aside', 'trace');
  const row = (label, value, className = '') => {
    const div = el('div', `trace-row ${className}`);
    div.append(el('span', 'label', `${t(label)}${t('colon')}`), el('span', 'value', value));
    aside.append(div);
  };
  row('act', trace.act?.kind ?? t('none'), 'act');
  if (trace.sent) row('wording', trace.sent);
  if (trace.model)
    row(
      'model',
      typeof trace.model === 'string'
        ? trace.model
        : `${trace.model.model ?? ''} ${trace.model.promptId ?? ''} v${trace.model.promptVersion ?? ''}`,
    );
  if (trace.template?.id) row('template', `${trace.template.id} v${trace.template.version ?? ''}`);
  row('verdicts', trace.verdicts.map(verdictLine).join('；') || t('none'), 'verdicts');
  for (const draft of trace.blockedDrafts) {
    const rules = draft.violations
      .map((x) => x.rule)
      .filter(Boolean)
      .join(', ');
    row('blockedDraft', `${draft.text}${rules ? ` [${rules}]` : ''}`, 'blocked-draft');
  }
  return aside;
}

function renderPosition() {
  const items = $('steps').children;
  for (let i = 0; i < items.length; i++) items[i].hidden = i >= state.shown;
  $('position').textContent = t('position', { i: state.shown, n: items.length });
  $('prev').disabled = state.shown === 0;
  $('next').disabled = state.shown >= items.length;
  items[state.shown - 1]?.scrollIntoView?.({ block: 'nearest' });
}

function step(delta) {
  const n = state.transcript?.steps.length ?? 0;
  state.shown = Math.min(Math.max(state.shown + delta, 0), n);
  renderPosition();
}

function stop() {
  clearTimeout(state.timer);
  state.playing = false;
  $('play').textContent = t('play');
}

// Original timing: each step waits the real gap since the one before, divided by the speed.
function playNext() {
  const steps = state.transcript?.steps ?? [];
  if (state.shown >= steps.length) return stop();
  const prev = steps[state.shown - 1];
  const gap = prev ? Date.parse(steps[state.shown].timestamp) - Date.parse(prev.timestamp) : 0;
  state.timer = setTimeout(
    () => {
      step(1);
      playNext();
    },
    Math.max(gap, 0) / Number($('speed').value),
  );
}

function togglePlay() {
  if (state.playing) return stop();
  if (state.shown >= (state.transcript?.steps.length ?? 0)) state.shown = 0;
  state.playing = true;
  $('play').textContent = t('pause');
  renderPosition();
  playNext();
}

async function reveal(event) {
  event.preventDefault();
  const id = state.transcript?.conversationId;
  if (!id) return;
  const reason = $('reveal-reason').value.trim();
  const { status, data } = await api('POST', `/api/review/conversations/${encodeURIComponent(id)}/reveal`, {
    body: reason ? { reason } : {},
  });
  if (status === 401) return show('login-view');
  if (status !== 200) return;
  renderTranscript(data, true);
}

async function logout() {
  await api('DELETE', '/api/review/session');
  state.csrf = '';
  $('whoami').hidden = true;
  $('logout').hidden = true;
  show('login-view');
}

/** Filters given in the page's address (links from /insights) fill the form before the first list. */
function prefillFilters() {
  const given = new URLSearchParams(location.search);
  const form = $('filters');
  for (const key of ['from', 'to', 'account', 'channel', 'outcome'])
    if (given.get(key) && form.elements[key]) form.elements[key].value = given.get(key);
  for (const key of ['blocked', 'escalated', 'disputed', 'optedOut'])
    if (given.get(key) === 'true' && form.elements[key]) form.elements[key].checked = true;
}

function init() {
  prefillFilters();
  const lang = localStorage.getItem('review.lang') ?? (navigator.language.startsWith('en') ? 'en' : 'zh-CN');
  $('lang').value = lang;
  setLocale(lang);
  $('lang').addEventListener('change', () => {
    localStorage.setItem('review.lang', $('lang').value);
    setLocale($('lang').value);
    if (state.transcript) renderTranscript(state.transcript, true);
  });
  $('login-form').addEventListener('submit', login);
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    void loadList(false);
  });
  $('more').addEventListener('click', () => void loadList(true));
  $('back').addEventListener('click', () => {
    stop();
    show('list-view');
  });
  $('prev').addEventListener('click', () => {
    stop();
    step(-1);
  });
  $('next').addEventListener('click', () => {
    stop();
    step(1);
  });
  $('all').addEventListener('click', () => {
    stop();
    step(Infinity);
  });
  $('play').addEventListener('click', togglePlay);
  $('reveal-form').addEventListener('submit', reveal);
  $('logout').addEventListener('click', () => void logout());
  void api('GET', '/api/review/session').then(({ status, data }) =>
    status === 200 ? signedIn(data) : show('login-view'),
  );
}

init();
