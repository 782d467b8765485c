// Injected into every bench page before its own scripts (Playwright addInitScript), the same for all
// three contenders. Idle until the bench calls it: records requestAnimationFrame intervals while
// recording, times each input step to the second frame after it, and reads the visible window.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const now = () => performance.now();
  let recording = false;
  let last = -1;
  let intervals = [];
  let stepStart = 0;
  let stepLatencies = null;

  // Per input event, measured in the page up to the second animation frame after the event was
  // dispatched (so the frame that shows its effect has been produced): from the dispatch itself (when
  // the page starts handling it; capture listeners on window run before the contender's), and from the
  // event's timeStamp (when Chromium took the input in, so its input pipeline and any queueing count).
  const onInput = (event) => {
    if (!stepLatencies) return;
    if (event.type === "pointermove" && event.buttons === 0) return;
    const list = stepLatencies;
    const dispatched = now();
    const created = event.timeStamp;
    raf(() =>
      raf(() => {
        const t = now();
        list.push({ fromDispatch: t - dispatched, fromTimeStamp: t - created });
      }),
    );
  };
  for (const type of ["wheel", "pointerdown", "pointermove", "pointerup"]) window.addEventListener(type, onInput, { capture: true, passive: true });

  const loop = (time) => {
    if (!recording) return;
    if (last >= 0) intervals.push(time - last);
    last = time;
    raf(loop);
  };
  const frames = (count) =>
    new Promise((resolve) => {
      let left = count;
      const next = () => (--left <= 0 ? resolve(now()) : raf(next));
      raf(next);
    });

  // Our timeline shows its window as data-window="YYYY-MM-DD..YYYY-MM-DD" (inclusive days); the static
  // pages expose window.__contender.readWindow(). Both are returned as [from, to) in ms.
  const readWindow = () => {
    if (window.__contender) return window.__contender.readWindow();
    const text = document.querySelector('[data-testid="timeline-viewport"]')?.getAttribute("data-window");
    if (!text) return null;
    const [from, to] = text.split("..");
    return { from: Date.parse(from), to: Date.parse(to) + 86400000 };
  };

  // Our timeline: when did it first draw the right view? Its canvas sets data-rendered on every draw
  // (in the layout effect, after the commit's DOM updates, so the window label is already that frame's).
  // The first draw whose label says "N of N in view" with N > 0 — every event in view, as the fit-all
  // initial view must be — is marked "bench:first-correct-draw". The app's own "timeline:first-draw"
  // mark is kept too, with what the page showed when it was set: it may come from a canvas draw, or
  // from a server-drawn first frame (inline SVG) before the canvas has the events.
  const mark = performance.mark.bind(performance);
  const snapshot = () => {
    const canvas = document.querySelector('[data-testid="timeline-canvas"]');
    const frame = document.querySelector('[data-testid="first-frame"] svg');
    return {
      at: now(),
      // A server-drawn first frame (inline SVG in the HTML), if the page has one: how many SVG elements it has.
      firstFrameElements: frame ? frame.querySelectorAll("*").length : 0,
      canvasWidth: canvas ? canvas.width : null,
      rendered: canvas ? Number(canvas.dataset.rendered || 0) : 0,
      label: document.querySelector('[data-testid="window-label"]')?.textContent ?? "",
    };
  };
  performance.mark = (name, options) => {
    if (name === "timeline:first-draw" && window.__benchAppMark === undefined) window.__benchAppMark = snapshot();
    return mark(name, options);
  };
  const draws = new MutationObserver((records) => {
    if (window.__benchFirstCorrectDraw) return;
    if (!records.some((r) => r.target instanceof HTMLCanvasElement && r.target.dataset.testid === "timeline-canvas")) return;
    const state = snapshot();
    const counts = /([\d,]+) of ([\d,]+) in view/.exec(state.label);
    if (!counts || counts[1] !== counts[2] || Number(counts[2].replace(/,/g, "")) === 0 || state.rendered === 0) return;
    window.__benchFirstCorrectDraw = state;
    mark("bench:first-correct-draw");
    draws.disconnect();
  });
  draws.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-rendered"] });

  window.__bench = {
    startFrames() {
      intervals = [];
      last = -1;
      recording = true;
      raf(loop);
    },
    stopFrames() {
      recording = false;
      return intervals;
    },
    beginStep() {
      stepLatencies = [];
      stepStart = now();
      return readWindow();
    },
    async endStep() {
      const end = await frames(2);
      // One more frame, so the latency of the step's last input (counted from its own frame) is in.
      await frames(1);
      const latencies = stepLatencies;
      stepLatencies = null;
      return { ms: end - stepStart, latencies, window: readWindow() };
    },
    async settle(ms) {
      await frames(2);
      await new Promise((resolve) => setTimeout(resolve, ms));
      await frames(1);
    },
    readWindow,
  };
})();
