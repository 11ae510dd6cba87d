// The agent console, on the agent API: sign in (session cookie + CSRF token), poll the queue,
// accept, read and answer the person, see guardrail blocks, release with an outcome.
// Plain browser JavaScript, no build step; every text goes in through textContent.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('agent-config').textContent || '{}');
  var lang = /^en\b/i.test(new URLSearchParams(location.search).get('lang') || '') ? 'en' : 'zh';

  var STRINGS = {
    zh: {
      title: '人工坐席工作台',
      signIn: '坐席登录',
      name: '用户名',
      password: '密码',
      signInButton: '登录',
      logout: '退出登录',
      queue: '等待接入',
      queueEmpty: '暂无等待中的会话',
      mine: '我的会话',
      pick: '请从左侧选择一个会话',
      summary: '摘要',
      send: '发送',
      outcome: '处理结果',
      release: '结束人工服务，交回机器人',
      accept: '接入',
      open: '打开',
      replyPlaceholder: '输入回复内容……',
      blockedTitle: '这条消息未发送：未通过合规检查，请修改后重新发送。',
      loginFailed: '用户名或密码错误，或该账号不是坐席账号。',
      heldByOther: '该会话已被其他坐席接入。',
      notYours: '该会话不属于您。',
      notDelivered: '消息未能送达客户，请稍后重试。',
      notVerified:
        '这条消息未发送：客户当前未完成身份核验（或核验已过期），请先请客户重新核验身份，再告知账户信息。',
      released: '已结束人工服务，会话已交回机器人。',
      waiting: '已等待',
      signedInAs: '当前坐席：',
      person: '客户',
      bot: '系统消息',
      agent: '坐席',
      unverified: '系统暂时无法判断这条消息，请换一种说法。',
      reasons: {
        distress: '情绪困扰（优先）',
        requested: '客户要求人工',
        dispute: '对欠款有异议',
        verification_failed: '身份核验未通过',
        impasse: '还款协商未达成',
        guardrail_fallbacks: '自动回复多次受限',
        bereavement: '告知持卡人身故',
      },
      outcomes: {
        resolved: '问题已解决',
        plan_agreed: '已达成还款安排',
        callback_scheduled: '已约定回电',
        dispute_recorded: '已登记异议',
        unresolved: '未解决',
      },
      categories: {
        threat: '威胁恐吓',
        false_legal: '不实的法律后果',
        privacy: '泄露隐私',
        defamation: '侮辱诽谤',
        harassment: '骚扰',
        misrepresentation: '不实陈述',
        unauthorized_commitment: '未经授权的承诺',
        discrimination: '歧视',
        prompt_leak: '泄露内部信息',
      },
      callback: { offered: '已提供回电选项', requested: '客户要求回电', message_left: '客户已留言' },
    },
    en: {
      title: 'Agent console',
      signIn: 'Agent sign-in',
      name: 'Name',
      password: 'Password',
      signInButton: 'Sign in',
      logout: 'Sign out',
      queue: 'Waiting',
      queueEmpty: 'Nobody is waiting',
      mine: 'My conversations',
      pick: 'Pick a conversation on the left',
      summary: 'Summary',
      send: 'Send',
      outcome: 'Outcome',
      release: 'End handoff, return to the bot',
      accept: 'Accept',
      open: 'Open',
      replyPlaceholder: 'Type your reply…',
      blockedTitle: 'Not sent: this message failed the compliance check. Please rephrase it.',
      loginFailed: 'Wrong name or password, or not an agent account.',
      heldByOther: 'Another agent has accepted this conversation.',
      notYours: 'This conversation is not yours.',
      notDelivered: 'The message could not be delivered; please try again.',
      notVerified:
        'Not sent: the customer is not verified right now (or their verification expired). Ask them to verify again before sharing account details.',
      released: 'Handoff ended; the bot has the conversation again.',
      waiting: 'waiting',
      signedInAs: 'Signed in as ',
      person: 'Customer',
      bot: 'System',
      agent: 'Agent',
      unverified: 'The check cannot judge this text; please rephrase it.',
      reasons: {
        distress: 'Distress (urgent)',
        requested: 'Asked for a person',
        dispute: 'Disputes the debt',
        verification_failed: 'Failed verification',
        impasse: 'Negotiation impasse',
        guardrail_fallbacks: 'Repeated guardrail fallbacks',
        bereavement: 'Holder reported deceased',
      },
      outcomes: {
        resolved: 'Resolved',
        plan_agreed: 'Plan agreed',
        callback_scheduled: 'Callback scheduled',
        dispute_recorded: 'Dispute recorded',
        unresolved: 'Unresolved',
      },
      categories: {
        threat: 'threat',
        false_legal: 'false legal claim',
        privacy: 'privacy',
        defamation: 'insult or defamation',
        harassment: 'harassment',
        misrepresentation: 'misrepresentation',
        unauthorized_commitment: 'unauthorised promise',
        discrimination: 'discrimination',
        prompt_leak: 'internal information',
      },
      callback: {
        offered: 'callback offered',
        requested: 'callback requested',
        message_left: 'message left',
      },
    },
  };
  var t = STRINGS[lang];
  var $ = function (id) {
    return document.getElementById(id);
  };

  var state = { csrf: '', me: '', current: null, cursor: '', timers: [] };

  function applyStrings() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t.title;
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t[el.getAttribute('data-i18n')];
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.placeholder = t[el.getAttribute('data-i18n-placeholder')];
    });
    var select = $('outcome');
    (config.outcomes || []).forEach(function (code) {
      var option = document.createElement('option');
      option.value = code;
      option.textContent = t.outcomes[code] || code;
      select.appendChild(option);
    });
  }

  function api(method, path, body, extraHeaders) {
    var headers = { 'x-console': '1' };
    if (method !== 'GET') headers['x-csrf-token'] = state.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, extraHeaders || {});
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try {
          data = text ? JSON.parse(text) : null;
        } catch (e) {
          data = null;
        }
        if (res.status === 401) showLogin();
        return { status: res.status, data: data };
      });
    });
  }

  function showLogin() {
    stopPolling();
    $('login').hidden = false;
    $('desk').hidden = true;
    $('logout').hidden = true;
    $('who').textContent = '';
  }

  function showDesk(session) {
    state.csrf = session.csrfToken || '';
    state.me = session.name || '';
    $('login').hidden = true;
    $('desk').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = t.signedInAs + state.me;
    startPolling();
  }

  function utf8Base64(text) {
    return btoa(String.fromCharCode.apply(null, Array.from(new TextEncoder().encode(text))));
  }

  function login(event) {
    event.preventDefault();
    var basic = 'Basic ' + utf8Base64($('login-name').value + ':' + $('login-password').value);
    $('login-error').textContent = '';
    api('POST', '/api/agent/session', undefined, { authorization: basic }).then(function (r) {
      $('login-password').value = '';
      if (r.status === 200 && r.data) showDesk(r.data);
      else $('login-error').textContent = t.loginFailed;
    });
  }

  function logout() {
    api('DELETE', '/api/agent/session').then(function () {
      state.current = null;
      showLogin();
    });
  }

  function startPolling() {
    stopPolling();
    refreshLists();
    state.timers.push(setInterval(refreshLists, 2000));
    state.timers.push(setInterval(pollMessages, 1500));
  }

  function stopPolling() {
    state.timers.forEach(clearInterval);
    state.timers = [];
  }

  function minutes(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function item(entry, mine) {
    var li = document.createElement('li');
    li.className =
      'p' +
      Math.min(entry.priority, 2) +
      (state.current && state.current.conversationId === entry.conversationId ? ' active' : '');
    li.setAttribute('data-conversation', entry.conversationId);
    var meta = document.createElement('div');
    meta.className = 'meta';
    var reason = document.createElement('span');
    reason.className = 'tag';
    reason.textContent = t.reasons[entry.reason] || entry.reason;
    var wait = document.createElement('span');
    wait.textContent = mine ? '' : t.waiting + ' ' + minutes(entry.waitingSeconds);
    meta.append(reason, wait);
    var text = document.createElement('div');
    text.className = 'text';
    text.textContent =
      entry.summary +
      (entry.callback && entry.callback !== 'none'
        ? ' · ' + (t.callback[entry.callback] || entry.callback)
        : '');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = mine ? 'secondary' : '';
    button.textContent = mine ? t.open : t.accept;
    button.setAttribute('data-testid', mine ? 'open' : 'accept');
    button.addEventListener('click', function () {
      mine ? openConversation(entry) : accept(entry);
    });
    li.append(meta, text, button);
    return li;
  }

  function refreshLists() {
    api('GET', '/api/agent/queue').then(function (r) {
      if (r.status !== 200 || !r.data) return;
      $('queue').replaceChildren.apply(
        $('queue'),
        r.data.items.map(function (e) {
          return item(e, false);
        }),
      );
      $('queue-empty').hidden = r.data.items.length > 0;
    });
    api('GET', '/api/agent/conversations').then(function (r) {
      if (r.status !== 200 || !r.data) return;
      $('mine').replaceChildren.apply(
        $('mine'),
        r.data.items.map(function (e) {
          return item(e, true);
        }),
      );
    });
  }

  function accept(entry) {
    api('POST', '/api/agent/conversations/' + encodeURIComponent(entry.conversationId) + '/accept').then(
      function (r) {
        if (r.status === 200) openConversation(r.data);
        else if (r.status === 409) alert(t.heldByOther);
        refreshLists();
      },
    );
  }

  function openConversation(entry) {
    state.current = entry;
    state.cursor = '';
    $('conversation').setAttribute('data-conversation-id', entry.conversationId); // payments.js
    $('none').hidden = true;
    $('conversation').hidden = false;
    $('conv-reason').textContent = t.reasons[entry.reason] || entry.reason;
    $('conv-summary').textContent = entry.summary;
    $('messages').replaceChildren();
    hideBlocked();
    $('send-error').textContent = '';
    pollMessages();
  }

  function closeConversation(note) {
    state.current = null;
    $('conversation').hidden = true;
    $('none').hidden = false;
    $('none').textContent = note || t.pick;
    refreshLists();
  }

  function addMessage(m) {
    var li = document.createElement('li');
    li.className = m.from;
    li.setAttribute('data-from', m.from);
    var from = document.createElement('span');
    from.className = 'from';
    from.textContent =
      (m.from === 'agent' ? t.agent + (m.agent ? ' ' + m.agent : '') : t[m.from] || m.from) +
      ' · ' +
      new Date(m.timestamp).toLocaleTimeString();
    var text = document.createElement('span');
    text.className = 'body';
    text.textContent = m.text;
    li.append(from, text);
    $('messages').appendChild(li);
    $('messages').scrollTop = $('messages').scrollHeight;
  }

  function pollMessages() {
    var current = state.current;
    // Not while a release is on its way: the answer would be 404 and read as "not yours".
    if (!current || current.releasing) return;
    var path =
      '/api/agent/conversations/' +
      encodeURIComponent(current.conversationId) +
      '/messages' +
      (state.cursor ? '?after=' + encodeURIComponent(state.cursor) : '');
    api('GET', path).then(function (r) {
      if (state.current !== current) return;
      if (r.status === 200 && r.data) {
        if (r.data.cursor === state.cursor && r.data.messages.length === 0) return;
        r.data.messages.forEach(addMessage);
        state.cursor = r.data.cursor;
      } else if (r.status === 403 || r.status === 404) closeConversation(t.notYours);
    });
  }

  function hideBlocked() {
    $('blocked').hidden = true;
    $('violations').replaceChildren();
  }

  /** The code of an API error ({"error": {"code", "message"}}), if the answer is one. */
  function errorCode(data) {
    return data && data.error && typeof data.error === 'object' ? data.error.code : undefined;
  }

  function showBlocked(data) {
    var list = $('violations');
    list.replaceChildren();
    (data.violations || []).forEach(function (v) {
      var li = document.createElement('li');
      var category = t.categories[v.category] || v.category;
      var what = document.createElement('div');
      what.textContent =
        lang === 'en'
          ? category + ': "' + v.evidence + '" (' + v.rule + ')'
          : category + '：“' + v.evidence + '”（' + v.rule + '）';
      li.appendChild(what);
      var locale = lang === 'en' ? 'en' : 'zh-CN';
      if (v.reason && v.reason[locale]) {
        var why = document.createElement('div');
        why.className = 'why';
        why.textContent = (lang === 'en' ? 'Why: ' : '原因：') + v.reason[locale];
        li.appendChild(why);
      }
      if (v.hint && v.hint[locale]) {
        var hint = document.createElement('div');
        hint.className = 'hint';
        hint.textContent = (lang === 'en' ? 'Try instead: ' : '可以这样说：') + v.hint[locale];
        li.appendChild(hint);
      }
      list.appendChild(li);
    });
    if ((data.violations || []).length === 0) {
      var li = document.createElement('li');
      li.textContent = t.unverified;
      list.appendChild(li);
    }
    $('blocked').hidden = false;
  }

  function sendReply(event) {
    event.preventDefault();
    var current = state.current;
    var text = $('reply').value.trim();
    if (!current || !text) return;
    $('send-error').textContent = '';
    api('POST', '/api/agent/conversations/' + encodeURIComponent(current.conversationId) + '/messages', {
      text: text,
    }).then(function (r) {
      if (r.status === 201) {
        hideBlocked();
        $('reply').value = '';
        pollMessages();
      } else if (r.status === 409 && errorCode(r.data) === 'blocked') showBlocked(r.data.error);
      else if (r.status === 409 && errorCode(r.data) === 'not_verified')
        $('send-error').textContent = t.notVerified;
      else if (r.status === 403 || r.status === 404) closeConversation(t.notYours);
      else $('send-error').textContent = t.notDelivered;
    });
  }

  function release(event) {
    event.preventDefault();
    var current = state.current;
    if (!current) return;
    current.releasing = true;
    api('POST', '/api/agent/conversations/' + encodeURIComponent(current.conversationId) + '/release', {
      outcome: $('outcome').value,
    }).then(function (r) {
      current.releasing = false;
      if (r.status === 200) closeConversation(t.released);
      else if (r.status === 403 || r.status === 404) closeConversation(t.notYours);
    });
  }

  applyStrings();
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  $('reply-form').addEventListener('submit', sendReply);
  $('release-form').addEventListener('submit', release);
  api('GET', '/api/agent/session').then(function (r) {
    if (r.status === 200 && r.data && r.data.csrfToken) showDesk(r.data);
    else showLogin();
  });
})();
