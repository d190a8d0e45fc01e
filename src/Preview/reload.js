// Live reload for `staticnews serve` only: the preview server adds this script to each HTML page
// it serves; it is never written to output/. A file, not an inline script, so the page's CSP
// (script-src 'self') still holds. The build the page was served from is in our own URL: a
// rebuild that finished before the connection opened still reloads the page.
(() => {
  const script = document.currentScript;
  const since = new URL(script.src).searchParams.get("build") || "0";
  const events = new EventSource(new URL("events?since=" + encodeURIComponent(since), script.src));
  events.addEventListener("reload", () => {
    events.close();
    location.reload();
  });
})();
