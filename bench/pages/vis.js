// vis-timeline with default options: groups = countries (each item in its first country's group),
// stacking on (the default), items with id, content = title, ISO start/end, 'range' or 'point'.
(async () => {
  const data = await window.benchData();
  const items = new vis.DataSet(
    data.items.map((p) =>
      p[4] > p[3]
        ? { id: p[0], content: p[1], start: window.isoDay(p[3]), end: window.isoDay(p[4] + 1), type: "range", group: window.firstCountry(p) }
        : { id: p[0], content: p[1], start: window.isoDay(p[3]), type: "point", group: window.firstCountry(p) },
    ),
  );
  const groups = new vis.DataSet(data.groups);
  const container = document.getElementById("timeline");
  const timeline = new vis.Timeline(container, items, groups);

  // vis-timeline's own first 'changed' listener (added in its constructor, so it runs before this one)
  // fits the window to the items; the fitted view is drawn on the next frame, which emits 'changed' again.
  // That second one is the first render of the right view, and the first frame painted (the root is
  // hidden until the first 'changed').
  const log = [];
  timeline.on("changed", () => {
    const w = timeline.getWindow();
    log.push({ at: performance.now(), from: +w.start, to: +w.end, drawn: container.querySelectorAll(".vis-item").length });
    if (log.length === 1) performance.mark("vis:first-changed");
    if (log.length === 2) performance.mark("vis:first-render");
  });

  window.__contender = {
    readWindow() {
      const w = timeline.getWindow();
      return { from: +w.start, to: +w.end };
    },
    check() {
      return { items: items.length, drawn: container.querySelectorAll(".vis-item").length, changed: log.slice(0, 4) };
    },
  };
})();
