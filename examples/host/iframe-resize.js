// Sizes the widget's iframe from its height messages. Accepts only messages from the widget's
// origin and from that iframe, in the documented format (README "Embedding").
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
