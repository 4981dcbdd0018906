/* global window, document, navigator, Office, OLD_WEBVIEW_TEXT */
// The old-webview guard: ES5 only, inlined in taskpane.html right after <div id="root"> (webpack
// puts src/i18n/old-webview.json in place of OLD_WEBVIEW_TEXT), so it runs before the pane's
// bundle. Office 2016 and 2019 with a volume licence show panes in Internet Explorer 11, some retail
// builds in the old Edge (EdgeHTML): neither runs the ES2020 bundle or Fluent UI, and the pane
// would stay blank. Where the page is such a webview (by its user agent, or because it cannot run
// the bundle's syntax and built-ins), or Office.js did not load (no access to Microsoft's CDN),
// the guard takes #root away, so the bundle mounts nothing, and says in Chinese, then English,
// what to use instead: selfeval.html, the offline page, or the selfeval command line.
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

  var root = document.getElementById('root');
  if (root && root.parentNode) root.parentNode.removeChild(root);
  var notice = document.createElement('div');
  notice.id = 'selfeval-guard';
  notice.setAttribute('role', 'alert');
  notice.style.cssText =
    'padding:16px;line-height:1.6;font-family:"Microsoft YaHei","PingFang SC","Segoe UI",sans-serif';
  section(notice, text['zh-CN'], 'zh-CN', false);
  section(notice, text.en, 'en', true);
  document.body.appendChild(notice);
})(OLD_WEBVIEW_TEXT);
