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

  // Our canvas's pixel width when it first draws, to tell whether that draw was already at the final size.
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (name === "timeline:first-draw" && window.__benchFirstDrawWidth === undefined) {
      window.__benchFirstDrawWidth = document.querySelector('[data-testid="timeline-canvas"]')?.width ?? null;
    }
    return mark(name, options);
  };

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
      stepStart = now();
      return readWindow();
    },
    async endStep() {
      const end = await frames(2);
      return { ms: end - stepStart, window: readWindow() };
    },
    async settle(ms) {
      await frames(2);
      await new Promise((resolve) => setTimeout(resolve, ms));
      await frames(1);
    },
    readWindow,
  };
})();
