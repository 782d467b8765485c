import type { EventKind } from "@/lib/validation/vocabulary";

/** The synthetic corpus's world: countries, topics, actors and title templates. */
interface Country { code: string; name: string; adj: string; capital: string; tz: string; weight: number }
export const COUNTRIES: Country[] = [
  ["JP", "Japan", "Japanese", "Tokyo", "Asia/Tokyo", 5], ["US", "United States", "U.S.", "Washington", "America/New_York", 5],
  ["CN", "China", "Chinese", "Beijing", "Asia/Shanghai", 3], ["KR", "South Korea", "South Korean", "Seoul", "Asia/Seoul", 2.5],
  ["KP", "North Korea", "North Korean", "Pyongyang", "Asia/Pyongyang", 1], ["TW", "Taiwan", "Taiwanese", "Taipei", "Asia/Taipei", 1.5],
  ["AU", "Australia", "Australian", "Canberra", "Australia/Sydney", 2.5], ["IN", "India", "Indian", "New Delhi", "Asia/Kolkata", 2.5],
  ["PH", "Philippines", "Philippine", "Manila", "Asia/Manila", 2], ["GB", "United Kingdom", "British", "London", "Europe/London", 1.5],
  ["FR", "France", "French", "Paris", "Europe/Paris", 1.2], ["DE", "Germany", "German", "Berlin", "Europe/Berlin", 1.2],
  ["VN", "Vietnam", "Vietnamese", "Hanoi", "Asia/Ho_Chi_Minh", 1], ["ID", "Indonesia", "Indonesian", "Jakarta", "Asia/Jakarta", 1],
].map(([code, name, adj, capital, tz, weight]) => ({ code, name, adj, capital, tz, weight }) as Country);

export const TOPICS = [
  ["defense-spending", "Defense spending"], ["alliances", "Alliances and partnerships"], ["maritime-security", "Maritime security"],
  ["missile-defense", "Missile defense"], ["nonproliferation", "Nuclear nonproliferation"], ["export-controls", "Export controls"],
  ["semiconductors", "Semiconductors"], ["cyber", "Cybersecurity"], ["space", "Space"], ["energy-security", "Energy security"],
  ["trade", "Trade"], ["south-china-sea", "South China Sea"], ["taiwan-strait", "Taiwan Strait"], ["korean-peninsula", "Korean Peninsula"],
].map(([slug, name]) => ({ slug, name }));

interface Actor { slug: string; name: string; kind: "government" | "organization"; role?: string; aliases: string[]; country?: string }
export const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const DEFENSE_NAMES: Record<string, [string, string[]]> = {
  US: ["U.S. Department of Defense", ["Pentagon", "DoD", "Department of War"]],
  GB: ["UK Ministry of Defence", ["MoD", "Ministry of Defence"]],
  JP: ["Japan Ministry of Defense", ["MOD Japan", "Boeisho"]],
};
const THE = new Set(["US", "GB", "PH"]);
export const ACTORS: Actor[] = [
  ...COUNTRIES.map((c) => ({ slug: `government-of-${slugify(c.name)}`, name: `Government of ${THE.has(c.code) ? "the " : ""}${c.name}`, kind: "government" as const, aliases: [c.capital, `${c.adj} government`], country: c.code })),
  ...COUNTRIES.map((c) => {
    const [name, aliases] = DEFENSE_NAMES[c.code] ?? [`${c.adj} Ministry of Defense`, [`${c.adj} defense ministry`]];
    return { slug: slugify(name), name, kind: "organization" as const, role: `Defense ministry of ${c.name}`, aliases, country: c.code };
  }),
  ...COUNTRIES.slice(0, 8).map((c) => ({ slug: `${slugify(c.adj)}-foreign-ministry`, name: c.code === "US" ? "U.S. Department of State" : `${c.adj} Foreign Ministry`,
    kind: "organization" as const, role: `Foreign ministry of ${c.name}`, aliases: c.code === "US" ? ["State Department"] : [`${c.adj} MOFA`], country: c.code })),
  ...([["nato", "NATO", ["North Atlantic Treaty Organization", "the Alliance"]], ["asean", "ASEAN", ["Association of Southeast Asian Nations"]],
    ["group-of-seven", "G7", ["Group of Seven"]], ["quad", "Quad", ["Quadrilateral Security Dialogue"]],
    ["un-security-council", "UN Security Council", ["UNSC", "Security Council"]], ["iaea", "IAEA", ["International Atomic Energy Agency"]],
  ] as const).map(([slug, name, aliases]) => ({ slug, name, kind: "organization" as const, aliases: [...aliases] })),
];
export const MULTILATERAL = ACTORS.filter((a) => a.kind === "organization" && !a.role);
export const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
export const actorOf = (prefix: "government" | "defense", code: string) =>
  ACTORS[(prefix === "government" ? 0 : COUNTRIES.length) + COUNTRIES.findIndex((c) => c.code === code)];
export const foreignMinistry = new Map(ACTORS.filter((a) => a.slug.endsWith("-foreign-ministry")).map((a) => [a.country!, a]));
/** "the Government of Japan", but "NATO". */
export const named = (a: Actor) => (MULTILATERAL.includes(a) ? a.name : `the ${a.name}`);

export interface Ctx { a: Country; b: Country; pct: string; year: number; pick: <T>(items: readonly T[]) => T }
const DEALS = ["reciprocal access agreement", "defense equipment transfer agreement", "information security pact", "maritime security memorandum", "acquisition and cross-servicing agreement"];
const PROJECTS = ["coastal radar network", "submarine cable upgrade", "ammunition stockpile expansion", "naval base modernization", "missile early-warning system"];
const SYSTEMS = ["long-range standoff missiles", "Aegis-equipped destroyers", "medium-range air defense batteries", "unmanned surveillance aircraft"];
export const TEMPLATES: { kind: EventKind; topics: string[]; title: (c: Ctx) => string; withKp?: boolean }[] = [
  { kind: "agreement", topics: ["alliances"], title: (c) => `${c.a.name} and ${c.b.name} sign ${c.pick(DEALS)}` },
  { kind: "agreement", topics: ["semiconductors", "trade"], title: (c) => `${c.a.name} and ${c.b.name} agree on semiconductor supply chain partnership` },
  { kind: "decision", topics: ["defense-spending"], title: (c) => `${c.a.name} announces defense budget increase to ${c.pct}% of GDP` },
  { kind: "decision", topics: ["missile-defense"], title: (c) => `${c.a.name} approves deployment of ${c.pick(SYSTEMS)}` },
  { kind: "decision", topics: ["export-controls", "semiconductors"], title: (c) => `${c.a.name} tightens export controls on advanced chipmaking tools` },
  { kind: "decision", topics: ["space"], title: (c) => `${c.a.name} launches reconnaissance satellite into orbit` },
  { kind: "deadline", topics: ["maritime-security"], title: (c) => `Deadline: ${c.a.name} to complete ${c.pick(PROJECTS)}` },
  { kind: "deadline", topics: ["defense-spending"], title: (c) => `Deadline: ${c.a.name} to reach ${c.pct}% of GDP in defense spending` },
  { kind: "deadline", topics: ["energy-security"], title: (c) => `Deadline: ${c.a.name} to fill strategic oil reserve to 90 days` },
  { kind: "meeting", topics: ["alliances"], title: (c) => `${c.a.name}–${c.b.name} 2+2 foreign and defense ministers' meeting in ${c.b.capital}` },
  { kind: "meeting", topics: ["cyber"], title: (c) => `${c.a.name} and ${c.b.name} hold cyber policy dialogue` },
  { kind: "statement", topics: ["south-china-sea", "maritime-security"], title: (c) => `${c.a.name} protests ${c.b.adj} coast guard activity near disputed waters` },
  { kind: "statement", topics: ["korean-peninsula", "nonproliferation"], withKp: true, title: (c) => `${c.a.name} condemns North Korean ballistic missile launch` },
  { kind: "statement", topics: ["taiwan-strait"], title: (c) => `${c.a.name} voices concern over military drills in the Taiwan Strait` },
  { kind: "visit", topics: ["alliances"], title: (c) => `${c.a.adj} leader makes state visit to ${c.b.name}` },
  { kind: "visit", topics: ["defense-spending", "alliances"], title: (c) => `${c.a.adj} defense minister visits ${c.b.capital}` },
  { kind: "election", topics: ["trade"], title: (c) => `${c.a.name} holds general election` },
  { kind: "analysis", topics: ["defense-spending"], title: (c) => `Think tank assesses ${c.a.adj} defense posture through ${c.year}` },
  { kind: "target-change", topics: ["defense-spending"], title: (c) => `${c.a.name} raises defense spending target to ${c.pct}% of GDP by ${c.year}` },
  { kind: "target-proposal", topics: ["defense-spending", "alliances"], title: (c) => `${c.b.name} urges ${c.a.name} to spend ${c.pct}% of GDP on defense` },
];

