// Sizes the widget's iframe (id "knee-care-frame") from its height messages, for a clinic's page
// that embeds the widget as a plain iframe. It ships beside embed.js; a clinic copies it to its
// own site. Accepts only messages from the widget's origin and from that iframe, in the
// documented format (docs/clinic/embedding.md).
(() => {
  const frame = document.getElementById("knee-care-frame");
  const widgetOrigin = new URL(frame.src).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (data && data.type === "knee-care" && data.version === 1 && data.kind === "height" && Number.isFinite(data.height)) {
      frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 200), 20000)}px`;
    }
  });
})();
