// Payments and promises in the review console (issue 17): cases by promise state, and one
// account's plans, promises, payments and state changes. Plain DOM; text through textContent only.
const WORDS = {
  'zh-CN': {
    heading: '还款与承诺',
    state: '承诺状态',
    account: '账户',
    show: '查看',
    none: '没有符合条件的记录。',
    balance: '余额',
    minimum: '最低还款',
    dpd: '逾期天数',
    plans: '还款计划',
    promises: '还款承诺',
    payments: '还款记录',
    events: '状态变化',
    failed: '读取失败',
    s_active: '进行中',
    s_kept: '已履行',
    s_partly_kept: '部分履行',
    s_broken: '未履行',
    s_superseded: '已被取代',
    s_completed: '已还清',
  },
  en: {
    heading: 'Payments and promises',
    state: 'Promise state',
    account: 'Account',
    show: 'Show',
    none: 'Nothing matches.',
    balance: 'Balance',
    minimum: 'Minimum due',
    dpd: 'Days past due',
    plans: 'Plans',
    promises: 'Promises',
    payments: 'Payments',
    events: 'State changes',
    failed: 'Could not load',
    s_active: 'active',
    s_kept: 'kept',
    s_partly_kept: 'partly kept',
    s_broken: 'broken',
    s_superseded: 'superseded',
    s_completed: 'completed',
  },
};
const STATES = ['broken', 'partly_kept', 'active', 'kept', 'superseded'];

const lang = () => (document.getElementById('lang')?.value === 'en' ? 'en' : 'zh-CN');
const w = (key) => WORDS[lang()][key] ?? key;
const status = (s) => WORDS[lang()][`s_${s}`] ?? s;
const money = (cents) => (cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function table(headers, rows) {
  const t = el('table', undefined, 'card');
  const head = t.createTHead().insertRow();
  for (const h of headers) head.appendChild(el('th', h));
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const cell of r) tr.appendChild(el('td', cell));
  }
  return t;
}

async function get(url) {
  const res = await fetch(url, {
    headers: { 'x-console': '1', accept: 'application/json' },
    credentials: 'same-origin',
  });
  return { status: res.status, data: await res.json().catch(() => null) };
}

async function byState(out, state) {
  const { status: code, data } = await get(
    `/api/review/commitments?promiseState=${encodeURIComponent(state)}`,
  );
  out.replaceChildren();
  if (code !== 200) return out.appendChild(el('p', `${w('failed')} (${code})`, 'error'));
  if (data.items.length === 0) return out.appendChild(el('p', w('none')));
  const t = table(
    [w('account'), w('promises'), w('state')],
    data.items.map((i) => [
      i.accountId,
      `${i.dueDate} ${money(i.amountCents)} ${i.currency} (${money(i.paidCents)})`,
      status(i.status),
    ]),
  );
  for (const row of t.tBodies[0].rows) {
    row.style.cursor = 'pointer';
    row.addEventListener('click', () => void account(out, row.cells[0].textContent));
  }
  out.appendChild(t);
}

async function account(out, id) {
  const { status: code, data } = await get(`/api/review/accounts/${encodeURIComponent(id)}/commitments`);
  out.replaceChildren();
  if (code !== 200) return out.appendChild(el('p', `${w('failed')} (${code})`, 'error'));
  out.appendChild(
    el(
      'p',
      `${data.accountId} · ${w('balance')} ${money(data.balanceCents)} ${data.currency} · ${w('minimum')} ${money(data.minimumDueCents)} · ${w('dpd')} ${data.daysPastDue}`,
    ),
  );
  out.appendChild(el('h3', w('plans')));
  for (const p of data.plans) {
    out.appendChild(el('p', `${p.planId} · ${status(p.status)} · ${money(p.totalCents)}`));
    out.appendChild(
      table(
        ['#', 'date', 'amount', 'paid', ''],
        p.instalments.map((i) => [
          i.seq,
          i.dueDate,
          money(i.amountCents),
          money(i.paidCents),
          i.missed ? '✗' : '',
        ]),
      ),
    );
  }
  out.appendChild(el('h3', w('promises')));
  out.appendChild(
    table(
      ['date', 'amount', 'paid', w('state'), 'words'],
      data.promises.map((p) => [
        p.dueDate,
        money(p.amountCents),
        money(p.paidCents),
        status(p.status),
        p.words,
      ]),
    ),
  );
  out.appendChild(el('h3', w('payments')));
  out.appendChild(
    table(
      ['id', 'paid at', 'amount', 'channel', 'allocation'],
      data.payments.map((p) => [
        p.paymentId,
        p.paidAt,
        money(p.amountCents),
        p.channel,
        p.allocations
          .map((a) => `${a.planId ? `#${a.seq}` : (a.promiseId ?? '—')} ${money(a.amountCents)}`)
          .join(', '),
      ]),
    ),
  );
  out.appendChild(el('h3', w('events')));
  out.appendChild(
    table(
      ['at', 'subject', 'from', 'to', 'cause'],
      data.events.map((e) => [
        e.at,
        `${e.subjectKind} ${e.subjectId}`,
        e.fromStatus ?? '',
        status(e.toStatus),
        e.cause,
      ]),
    ),
  );
}

function mount() {
  const list = document.getElementById('list-view');
  if (!list) return;
  const card = el('section', undefined, 'card payments');
  card.id = 'payments-panel';
  const heading = el('h2', w('heading'));
  const form = el('form', undefined, 'filters');
  const select = el('select');
  select.name = 'promiseState';
  select.setAttribute('aria-label', w('state'));
  for (const s of STATES) {
    const o = el('option', status(s));
    o.value = s;
    select.appendChild(o);
  }
  const input = el('input');
  input.name = 'account';
  input.size = 12;
  input.placeholder = w('account');
  const button = el('button', w('show'));
  button.type = 'submit';
  form.append(select, input, button);
  const out = el('div');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (input.value.trim() ? account(out, input.value.trim()) : byState(out, select.value));
  });
  card.append(heading, form, out);
  list.appendChild(card);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
