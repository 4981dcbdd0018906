/* global window, document, navigator, Office, OLD_WEBVIEW_TEXT */
// The old-webview guard: ES5 only, inlined by webpack (src/i18n/old-webview.json in place of
// OLD_WEBVIEW_TEXT) in taskpane.html right after <div id="root"> and in the ribbon's function file
// commands.html, so it runs before their bundles. Office 2016 and 2019 with a volume licence show
// add-ins in Internet Explorer 11, some retail builds in the old Edge (EdgeHTML): neither runs the
// ES2020 bundles or Fluent UI, so the pane would stay blank and the buttons do nothing. Where the
// page is such a webview (by its user agent, or because it cannot run the bundles' syntax and
// built-ins), or Office.js did not load (no access to Microsoft's CDN):
// - in the pane, it takes #root away, so the bundle mounts nothing, and says in Chinese, then
//   English, what to use instead: selfeval.html, the offline page, or the selfeval command line;
// - in the function file (an old webview only: without Office.js no button can run), each ribbon
//   button opens the pane's page in a dialog, where the same notice shows.
(function (text) {
  'use strict';

  /** The bundle's syntax (classes, arrows, ?. and ??) and the built-ins it uses. */
  function runsTheBundle() {
    try {
      new Function('class A {} var o = {}; return (() => o?.a ?? 1)();');
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (e) {
      return false;
    }
    return (
      typeof Promise === 'function' &&
      typeof Symbol === 'function' &&
      typeof window.fetch === 'function' &&
      typeof Object.fromEntries === 'function'
    );
  }

  var ua = navigator.userAgent || '';
  // Trident (IE11) says Trident/ or MSIE; EdgeHTML says Edge/ (the new Edge says Edg/).
  var oldWebview = /Trident\/|MSIE |\bEdge\/\d/.test(ua) || !runsTheBundle();
  var noOffice = typeof Office === 'undefined';
  if (!oldWebview && !noOffice) return;
  window.selfevalGuard = oldWebview ? 'oldWebview' : 'noOffice';

  function paragraph(parent, tag, content, style) {
    var element = document.createElement(tag);
    element.textContent = content;
    element.style.cssText = style;
    parent.appendChild(element);
  }

  function section(parent, m, lang, small) {
    var box = document.createElement('div');
    box.lang = lang;
    box.style.cssText = small ? 'color:#555;font-size:13px;margin-top:20px' : 'font-size:14px';
    paragraph(box, small ? 'h2' : 'h1', oldWebview ? m.titleOldWebview : m.titleNoOffice,
      'font-size:' + (small ? '15px' : '18px') + ';margin:0 0 10px');
    paragraph(box, 'p', oldWebview ? m.oldWebview : m.noOffice, 'margin:0 0 8px');
    paragraph(box, 'p', m.instead, 'margin:0 0 8px;font-weight:bold');
    paragraph(box, 'p', m.cli, 'margin:0 0 8px');
    paragraph(box, 'p', m.ask, 'margin:0 0 8px');
    parent.appendChild(box);
  }

  /** A ribbon button: the notice in a dialog; the event completes when the dialog is closed. */
  function answer(event) {
    var pane = window.location.href.replace(/[^/]*([?#].*)?$/, 'taskpane.html');
    try {
      Office.context.ui.displayDialogAsync(pane, { height: 60, width: 40 }, function (result) {
        if (result.status !== 'succeeded') return event.completed();
        result.value.addEventHandler(Office.EventType.DialogEventReceived, function () {
          event.completed();
        });
      });
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (e) {
      event.completed();
    }
  }

  var root = document.getElementById('root');
  if (!root) {
    // The function file: Office 2019 looks the buttons' FunctionName up as globals.
    if (oldWebview && !noOffice) window.recalculate = window.validate = window.insertTemplate = answer;
    return;
  }
  root.parentNode.removeChild(root);
  var notice = document.createElement('div');
  notice.id = 'selfeval-guard';
  notice.setAttribute('role', 'alert');
  notice.style.cssText =
    'padding:16px;line-height:1.6;font-family:"Microsoft YaHei","PingFang SC","Segoe UI",sans-serif';
  section(notice, text['zh-CN'], 'zh-CN', false);
  section(notice, text.en, 'en', true);
  document.body.appendChild(notice);
})(OLD_WEBVIEW_TEXT);
