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

  fetch('/v3/directline/tokens/generate', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + linkToken },
    cache: 'no-store',
  })
    .then(function (response) {
      if (response.ok) return response.json();
      var error = new Error('token exchange failed');
      error.status = response.status;
      throw error;
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
