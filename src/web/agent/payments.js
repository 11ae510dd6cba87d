// Payments and promises beside the conversation an agent holds (issue 17). Reads
// /api/agent/conversations/{id}/commitments when agent.js opens a conversation (it sets
// data-conversation-id on #conversation). Text goes in through textContent only.
(function () {
  var zh = (document.documentElement.lang || 'zh-CN').indexOf('zh') === 0;
  var W = zh
    ? {
        head: '还款与承诺',
        balance: '余额',
        dpd: '逾期天数',
        plan: '计划',
        promise: '承诺',
        payment: '还款',
        none: '暂无',
        missed: '未按期',
      }
    : {
        head: 'Payments and promises',
        balance: 'Balance',
        dpd: 'Days past due',
        plan: 'Plan',
        promise: 'Promise',
        payment: 'Payment',
        none: 'none',
        missed: 'missed',
      };
  var STATUS = zh
    ? {
        active: '进行中',
        kept: '已履行',
        partly_kept: '部分履行',
        broken: '未履行',
        superseded: '已被取代',
        completed: '已还清',
      }
    : {};
  function money(c) {
    return (c / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  function line(list, text) {
    var li = document.createElement('li');
    li.textContent = text;
    list.appendChild(li);
  }
  function render(box, d) {
    box.replaceChildren();
    var h = document.createElement('strong');
    h.textContent = W.head;
    var p = document.createElement('p');
    p.textContent =
      W.balance + ' ' + money(d.balanceCents) + ' ' + d.currency + ' · ' + W.dpd + ' ' + d.daysPastDue;
    var ul = document.createElement('ul');
    d.plans.forEach(function (plan) {
      line(
        ul,
        W.plan +
          ' ' +
          plan.planId +
          ' · ' +
          (STATUS[plan.status] || plan.status) +
          ' · ' +
          plan.instalments
            .map(function (i) {
              return (
                '#' +
                i.seq +
                ' ' +
                i.dueDate +
                ' ' +
                money(i.paidCents) +
                '/' +
                money(i.amountCents) +
                (i.missed ? ' ' + W.missed : '')
              );
            })
            .join(', '),
      );
    });
    d.promises.forEach(function (pr) {
      line(
        ul,
        W.promise +
          ' ' +
          pr.dueDate +
          ' ' +
          money(pr.amountCents) +
          ' · ' +
          (STATUS[pr.status] || pr.status) +
          ' (' +
          money(pr.paidCents) +
          ')',
      );
    });
    d.payments.slice(-5).forEach(function (pm) {
      line(
        ul,
        W.payment +
          ' ' +
          pm.paidAt.slice(0, 10) +
          ' ' +
          money(pm.amountCents) +
          ' ' +
          pm.currency +
          ' · ' +
          pm.channel,
      );
    });
    if (!ul.children.length) line(ul, W.none);
    box.append(h, p, ul);
  }
  function load(conv, box) {
    var id = conv.getAttribute('data-conversation-id');
    box.replaceChildren();
    if (!id) return;
    fetch('/api/agent/conversations/' + encodeURIComponent(id) + '/commitments', {
      headers: { 'x-console': '1', accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (d) {
        if (d && d.accountId && conv.getAttribute('data-conversation-id') === id) render(box, d);
      })
      .catch(function () {
        box.replaceChildren();
      });
  }
  function mount() {
    var conv = document.getElementById('conversation');
    var summary = document.getElementById('conv-summary');
    if (!conv || !summary) return;
    var box = document.createElement('div');
    box.id = 'conv-payments';
    box.setAttribute('data-testid', 'payments');
    summary.insertAdjacentElement('afterend', box);
    new MutationObserver(function () {
      load(conv, box);
    }).observe(conv, { attributes: true, attributeFilter: ['data-conversation-id'] });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
