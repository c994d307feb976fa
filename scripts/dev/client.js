// Live reload for `hexapla dev`, added to every HTML page the dev server sends (never to the files
// in dist/). It listens to the server's events: a page rebuilt is reloaded (the browser keeps
// the scroll position); the problems of the last build are shown over the page until a build
// succeeds again.
(() => {
  const here = decodeURIComponent(location.pathname.endsWith('/') ? `${location.pathname}index.html` : location.pathname);
  const events = new EventSource('/__hexapla/events');

  events.addEventListener('reload', (event) => {
    const { paths } = JSON.parse(event.data);
    if (paths.includes('*') || paths.includes(here)) location.reload();
  });

  let panel;
  events.addEventListener('problems', (event) => {
    const { text } = JSON.parse(event.data);
    panel?.remove();
    panel = undefined;
    if (!text) return;
    panel = document.createElement('div');
    panel.setAttribute('role', 'alert');
    panel.setAttribute('dir', 'ltr');
    panel.style.cssText =
      'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:12px 16px;' +
      'background:#fff4f4;color:#5a0000;border-top:3px solid #b00020;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;text-align:left';
    const heading = document.createElement('strong');
    heading.textContent = 'hexapla: the last build failed; this page is the one before it\n\n';
    panel.append(heading, text);
    document.body.append(panel);
  });
})();
