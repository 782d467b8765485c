// The floor: one canvas that fills one rectangle per event, all N of them on every frame that follows a
// zoom or pan (no culling, no layout, no labels), with minimal wheel-zoom and drag-pan of its own.
(async () => {
  const data = await window.benchData();
  const n = data.items.length;
  const laneOf = new Map(data.groups.map((g, i) => [g.id, i]));
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const lanes = new Uint16Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = data.items[i];
    starts[i] = p[3];
    ends[i] = p[4] + 1;
    lanes[i] = laneOf.get(window.firstCountry(p)) ?? 0;
    if (starts[i] < min) min = starts[i];
    if (ends[i] > max) max = ends[i];
  }

  const canvas = document.getElementById("floor");
  const width = document.documentElement.clientWidth - 32;
  const height = 600;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);

  const pad = (max - min) * 0.04;
  let from = min - pad;
  let to = max + pad;
  const rowsPerLane = 4;
  const laneHeight = height / Math.max(data.groups.length, 1);
  const rowHeight = laneHeight / rowsPerLane;
  let draws = 0;

  function draw() {
    const k = width / (to - from);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = "#3b7dd8";
    for (let i = 0; i < n; i++) {
      ctx.fillRect((starts[i] - from) * k, lanes[i] * laneHeight + (i % rowsPerLane) * rowHeight + 1, Math.max(2, (ends[i] - starts[i]) * k), rowHeight - 2);
    }
    draws++;
  }

  draw();
  performance.mark("floor:first-render");

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw();
    });
  };
  canvas.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const factor = Math.pow(2, -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002));
      const share = (event.clientX - canvas.getBoundingClientRect().left) / width;
      const anchor = from + share * (to - from);
      const span = (to - from) / factor;
      from = anchor - share * span;
      to = from + span;
      schedule();
    },
    { passive: false },
  );
  let drag = null;
  canvas.addEventListener("pointerdown", (event) => {
    canvas.setPointerCapture(event.pointerId);
    drag = { x: event.clientX, from, to };
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const shift = ((event.clientX - drag.x) / width) * (drag.to - drag.from);
    from = drag.from - shift;
    to = drag.to - shift;
    schedule();
  });
  const end = () => {
    drag = null;
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);

  window.__contender = {
    readWindow: () => ({ from: from * 86400000, to: to * 86400000 }),
    check: () => ({ items: n, drawn: n, draws }),
  };
})();
