/* eslint @typescript-eslint/no-unused-vars: ['error', { caughtErrors: 'none' }] -- ES5 has no catch without a binding */
/* The first script of taskpane.html and commands.html, inlined into them by the build (webpack.config.js
 * PagePlugin, which also puts its hash into the pages' Content-Security-Policy). Written in ES5 on
 * purpose: Excel builds that still show add-ins in the old EdgeHTML or Internet Explorer webview (retail
 * Office 2016/2019 without WebView2, Microsoft 365 builds before 16.0.14326) pass the ExcelApi check but
 * cannot run the pane's ES2022 / React 19 bundle, and would show a blank pane. This check runs there and
 * shows what to do instead. In the ribbon's page it also answers the 「一键重算」 button with that message. */
(function () {
  'use strict';
  var w = window;
  var ok =
    typeof w.globalThis !== 'undefined' &&
    typeof Object.fromEntries === 'function' &&
    typeof w.Promise === 'function' &&
    typeof w.Promise.allSettled === 'function' &&
    typeof String.prototype.matchAll === 'function';
  if (ok) return;
  w.__jixiaoUnsupported = true;

  var lines = [
    '此版本的 Excel 用旧的浏览器组件（EdgeHTML 或 Internet Explorer）显示加载项，无法运行绩效自评助手。',
    '请更新：Microsoft 365 更新到最新版本；Office 2016 或 2019 零售版请安装 Microsoft Edge WebView2 运行时（可向单位信息管理员索取），然后重新打开 Excel。也可以在 Excel 网页版中使用本助手。',
    '不用 Excel 也能检查：在电脑上运行命令行工具 jixiao（jixiao check 文件.xlsx），它读取同样的自评表并给出同样的得分和问题清单。'
  ];

  function show() {
    var d = document;
    var root = d.getElementById('root');
    if (root) root.style.display = 'none';
    var box = d.getElementById('unsupported') || d.body.appendChild(d.createElement('main'));
    box.id = 'unsupported';
    box.removeAttribute('hidden');
    box.setAttribute('role', 'alert');
    var h = d.createElement('h1');
    h.appendChild(d.createTextNode('绩效自评助手无法在此 Excel 中运行'));
    box.appendChild(h);
    for (var i = 0; i < lines.length; i++) {
      var p = d.createElement('p');
      p.appendChild(d.createTextNode(lines[i]));
      box.appendChild(p);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();

  // The ribbon's page: its bundle will not run, so the button's function is defined here (a function
  // file's global function answers the manifest's FunctionName) and shows this page as a dialog.
  if (/commands\.html$/.test(w.location.pathname) && !/unsupported/.test(w.location.hash)) {
    w.recalculate = function (event) {
      var done = function () {
        try {
          event.completed();
        } catch (e) {
          /* already completed */
        }
      };
      var office = w.Office;
      var ui = office && office.context && office.context.ui;
      if (!ui || !ui.displayDialogAsync) return done();
      ui.displayDialogAsync(w.location.href.split('#')[0] + '#unsupported', { height: 40, width: 30 }, function () {
        setTimeout(done, 240000);
      });
    };
    try {
      if (w.Office && w.Office.actions) w.Office.actions.associate('recalculate', w.recalculate);
    } catch (e) {
      /* older Office.js: the global function above is used */
    }
  }
})();
