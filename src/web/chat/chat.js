// The chat page's only script: exchange the link token for a Direct Line token and start the
// official Web Chat client against this service's Direct Line endpoint (WebSocket stream).
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var strings = config.strings;
  var host = document.getElementById('webchat');
  var statusLine = document.getElementById('chat-status');

  function showError(message) {
    statusLine.textContent = message;
    statusLine.className = 'chat-status chat-error';
  }

  var linkToken = new URLSearchParams(window.location.search).get('t') || '';

  // A reload of this tab keeps its session (its Direct Line token, refreshed); a new link, tab
  // or device exchanges the link again and is a new session that verifies again.
  var storeKey = 'collections.dl.' + linkToken.slice(-24);

  function exchange(path, bearer) {
    return fetch('/v3/directline/tokens/' + path, {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + bearer },
      cache: 'no-store',
    }).then(function (response) {
      if (response.ok) return response.json();
      var error = new Error('token exchange failed');
      error.status = response.status;
      throw error;
    });
  }

  function savedToken() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storeKey) || 'null');
      return saved && typeof saved.token === 'string' ? saved.token : '';
    } catch (e) {
      return '';
    }
  }

  var previous = savedToken();
  (previous
    ? exchange('refresh', previous).catch(function () {
        return exchange('generate', linkToken);
      })
    : exchange('generate', linkToken)
  )
    .then(function (session) {
      try {
        window.sessionStorage.setItem(storeKey, JSON.stringify({ token: session.token }));
      } catch (e) {
        // Private mode without storage: a reload is then a new session.
      }
      return session;
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain: window.location.origin + '/v3/directline',
        webSocket: true,
      });
      var zh = config.locale === 'zh-CN';
      statusLine.remove();
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          userID: config.userId,
          locale: config.locale,
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: strings.placeholder },
          styleOptions: {
            hideUploadButton: true,
            botAvatarInitials: zh ? '助' : 'AI',
            userAvatarInitials: zh ? '我' : 'Me',
            bubbleBorderRadius: 12,
            bubbleFromUserBorderRadius: 12,
            bubbleFromUserBackground: '#e8f1fb',
            suggestedActionLayout: 'flow',
            suggestedActionBorderRadius: 16,
            sendBoxHeight: 48,
            primaryFont: zh
              ? "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"
              : "system-ui, 'Segoe UI', Roboto, sans-serif",
          },
        },
        host,
      );
      host.querySelector('[data-id="webchat-sendbox-input"]')?.focus?.();
    })
    .catch(function (error) {
      if (error && error.status === 403) showError(strings.linkExpired);
      else if (error && error.status === 401) showError(strings.linkInvalid);
      else showError(strings.failed);
    });
})();
