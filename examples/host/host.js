// Lists the widget's lifecycle events, as a clinic's analytics might count them.
document.getElementById("knee-care").addEventListener("knee-care", (event) => {
  const item = document.createElement("li");
  item.textContent = event.detail.event;
  document.getElementById("widget-events").appendChild(item);
});
