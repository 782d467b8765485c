// Shared by the vis-timeline and canvas-floor pages: fetch the same events our home page shows (the
// packed tuples of lib/timeline/items.ts) and read them. Their time to first render includes this.
window.benchData = async function benchData() {
  const size = new URLSearchParams(location.search).get("n");
  const response = await fetch(`/data-${size}.json`);
  if (!response.ok) throw new Error(`data for ${size}: HTTP ${response.status}`);
  return response.json();
};

// Packed item: [slug, title, label, start, end, precision, status, kind, countries, topics]; start and
// end are inclusive day numbers (days since 1970-01-01). Must match firstCountry in bench/data.ts.
window.firstCountry = (packed) => (packed[8] ? packed[8].split(",")[0] : "~none");
window.isoDay = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
