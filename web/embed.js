// Heapscope embed helper: turns every <pre data-heapscope> block into an iframe of the app.
// Include with <script src=".../embed.js" defer>; the iframe URL is relative to this script.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script ? new URL('.', script.src) : new URL('.', window.location.href);

  function embed(pre) {
    var params = new URLSearchParams();
    params.set('code', pre.textContent || '');
    ['lesson', 'layout', 'autorun'].forEach(function (name) {
      var value = pre.getAttribute('data-' + name);
      if (value !== null) params.set(name, value);
    });
    if (pre.hasAttribute('data-read-only')) params.set('read-only', '1');
    var frame = document.createElement('iframe');
    frame.className = 'heapscope-embed';
    frame.title = 'Heapscope';
    frame.loading = 'lazy';
    frame.src = new URL('index.html?' + params.toString(), base).href;
    var height = pre.getAttribute('data-height');
    if (height) frame.style.height = height;
    pre.replaceWith(frame);
  }

  function run() {
    document.querySelectorAll('pre[data-heapscope]').forEach(embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
