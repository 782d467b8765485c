/**
 * The reviewed seed corpus: every dated or datable claim of the we2news article of 2025-10-28, each
 * backed by verbatim quotes. Validated by lib/validation/seed.ts like any other input.
 *
 * Dating rules used here (the article names only one day, "Wednesday (October 29)"):
 * - the ministers' meeting and its press conference are dated 2025-10-29 in Tokyo (Asia/Tokyo);
 * - a claim the article reports without a date is dated "by" the latest day the article could know of
 *   it, 2025-10-29 (the article is stamped 2025-10-28 23:40 without a zone, which in Tokyo may already be
 *   the 29th), never given an invented day.
 */
const SOURCE = "we2news-2025-10-28-japan-us-defense-ministers-meeting";
const MEETING_DAY = {
  start: "2025-10-29",
  end: "2025-10-29",
  precision: "day",
  label: "29 Oct 2025",
  timezone: "Asia/Tokyo",
  note:
    "The article is stamped 2025-10-28 23:40 (zone not stated) yet reports the meeting as held \"on Wednesday (October 29)\"; the date recorded is the meeting's local date in Tokyo.",
} as const;
const REPORTED_BY_PUBLICATION = {
  start: "2025-10-29",
  end: "2025-10-29",
  precision: "by",
  label: "by 29 Oct 2025 (date not stated)",
  note:
    "The article reports this without a date; it happened no later than the article (stamped 2025-10-28 23:40, zone not stated, so possibly 29 Oct in Tokyo).",
} as const;

export const corpus = {
  countries: [
    { code: "JP", name: "Japan" },
    { code: "US", name: "United States" },
    { code: "CN", name: "China" },
    { code: "KP", name: "North Korea" },
    { code: "TW", name: "Taiwan" },
  ],
  topics: [
    { slug: "alliance", name: "Japan–U.S. alliance" },
    { slug: "china", name: "Relations with China" },
    { slug: "defense-spending", name: "Defense spending" },
    { slug: "defense-industry", name: "Defense industry and missiles" },
    { slug: "command-and-control", name: "Command and control" },
    { slug: "joint-training", name: "Joint training" },
    { slug: "space-and-cyber", name: "Space and cyberspace" },
    { slug: "indo-pacific", name: "Indo-Pacific" },
    { slug: "security-documents", name: "Security documents" },
    { slug: "north-korea", name: "North Korea" },
    { slug: "taiwan-strait", name: "Taiwan Strait" },
    { slug: "self-defense-forces", name: "Self-Defense Forces" },
  ],
  actors: [
    {
      slug: "shinjiro-koizumi",
      name: "Shinjiro Koizumi",
      kind: "person",
      role: "Minister of Defense of Japan",
      aliases: ["Koizumi", "Japanese Defense Minister Shinjiro Koizumi"],
    },
    {
      slug: "pete-hegseth",
      name: "Pete Hegseth",
      kind: "person",
      role: "U.S. Secretary of Defense",
      aliases: ["Hegseth", "Hergses", "Hergész", "U.S. Defense Secretary Hergses"],
    },
    {
      slug: "sanae-takaichi",
      name: "Sanae Takaichi",
      kind: "person",
      role: "Prime Minister of Japan",
      aliases: ["Takaichi", "Japanese Prime Minister Sanae Takaichi"],
    },
    {
      slug: "donald-trump",
      name: "Donald Trump",
      kind: "person",
      role: "President of the United States",
      aliases: ["Trump"],
    },
    {
      slug: "government-of-japan",
      name: "Government of Japan",
      kind: "government",
      aliases: ["Japan", "Takaichi administration"],
    },
    {
      slug: "us-government",
      name: "United States government",
      kind: "government",
      aliases: ["US government", "U.S. government", "the US"],
    },
  ],
  sources: [
    {
      slug: SOURCE,
      title: "Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force",
      publisher: "we2news",
      author: "Stephanie Thomas",
      section: "Internet Report",
      publishedAt: "2025-10-28 23:40",
      publishedDate: "2025-10-28",
      retrievedAt: "2026-11-26",
      language: "en",
      textFile: `${SOURCE}.txt`,
      editorialNote:
        "Kept exactly as published. The article spells the U.S. Defense Secretary \"Hergses\" and \"Hergész\" (Pete Hegseth); its time stamp 2025-10-28 23:40 gives no zone, while it reports the meeting as held on Wednesday, October 29 (Tokyo). The \"Further Reading\" block repeats the headline twice. The page ends with the site's own footer text.",
    },
  ],
  events: [
    {
      slug: "japan-us-defense-ministers-meeting-2025-10-29",
      title: "First Japan–U.S. defense ministers' meeting, Tokyo",
      summary:
        "Japanese Defense Minister Shinjiro Koizumi and U.S. Defense Secretary Pete Hegseth held their first meeting, in Tokyo, lasting about an hour. The agenda: improving the Japan–U.S. command and control framework, expanding joint training in the southwestern region, joint production of advanced medium-range missiles such as AMRAAM, and cooperation in space and cyberspace. Both expressed concern about China's actions in the East and South China Seas.",
      kind: "meeting",
      status: "occurred",
      date: MEETING_DAY,
      announcedDate: "2025-10-29",
      countries: ["JP", "US", "CN"],
      topics: ["alliance", "china", "command-and-control", "joint-training", "defense-industry", "space-and-cyber"],
      actors: ["shinjiro-koizumi", "pete-hegseth"],
      citations: [
        {
          source: SOURCE,
          quote:
            "Japanese Defense Minister Shinjiro Koizumi and U.S. Defense Secretary Hergses expressed concern about China's actions in the East China Sea and South China Sea during their first meeting in Tokyo on Wednesday (October 29).",
          supports: "date",
        },
        {
          source: SOURCE,
          quote:
            "Hergses and Koizumi reportedly held a meeting lasting about an hour, discussing topics including improving the Japan-U.S. command and control framework, expanding joint training in the southwestern region, advancing joint production of advanced medium-range missiles such as the Advanced Medium-Range Air-to-Air Missile (AMRAAM), and cooperation in space and cyberspace.",
          supports: "event",
        },
      ],
    },
    {
      slug: "ministers-agree-closer-military-cooperation-2025-10-29",
      title: "Ministers agree to enhance response capabilities and closer military cooperation",
      summary:
        "At the meeting the two ministers agreed to enhance their response capabilities and to closer military cooperation, following the close interaction between the two countries' leaders, and pledged to achieve a \"free and open Indo-Pacific region\".",
      kind: "agreement",
      status: "occurred",
      date: MEETING_DAY,
      announcedDate: "2025-10-29",
      countries: ["JP", "US"],
      topics: ["alliance", "indo-pacific"],
      actors: ["shinjiro-koizumi", "pete-hegseth"],
      citations: [
        {
          source: SOURCE,
          quote:
            "They agreed to enhance their response capabilities and pledged to achieve a \"free and open Indo-Pacific region.\"",
          supports: "event",
        },
        {
          source: SOURCE,
          quote: "the defense ministers also agreed to closer military cooperation",
          supports: "event",
        },
      ],
    },
    {
      slug: "hegseth-alliance-crucial-for-containing-china-2025-10-29",
      title: "Hegseth: the alliance is crucial for containing China",
      summary:
        "At the joint press conference, Hegseth said the Japan–U.S. alliance is crucial for containing China, that both countries recognize the threat from China, and that the U.S. does not need to tell Japan what to do.",
      kind: "statement",
      status: "occurred",
      date: MEETING_DAY,
      announcedDate: "2025-10-29",
      countries: ["US", "JP", "CN"],
      topics: ["alliance", "china"],
      actors: ["pete-hegseth"],
      citations: [
        {
          source: SOURCE,
          quote:
            "At a joint press conference, Hergses said that the Japan-U.S. alliance is crucial for containing China. He stated that both Japan and the U.S. recognize the threat from China, and the U.S. does not need to tell Japan what to do.",
          supports: "statement",
        },
      ],
    },
    {
      slug: "koizumi-china-expanding-military-capabilities-2025-10-29",
      title: "Koizumi: China is rapidly expanding its military capabilities without sufficient transparency",
      summary:
        "Koizumi said China is rapidly and massively expanding its military capabilities without sufficient transparency, and that Japan and the United States, as the world's strongest allies, will fulfil their responsibility for peace and stability in the Indo-Pacific.",
      kind: "statement",
      status: "occurred",
      date: {
        ...MEETING_DAY,
        note:
          "The article places this after Hegseth's remarks at the joint press conference of the meeting day without dating it separately; dated with the meeting (29 Oct 2025, Tokyo).",
      },
      announcedDate: "2025-10-29",
      countries: ["JP", "CN", "US"],
      topics: ["china", "alliance", "indo-pacific"],
      actors: ["shinjiro-koizumi"],
      citations: [
        {
          source: SOURCE,
          quote:
            "\"China is rapidly and massively expanding its military capabilities without sufficient transparency. As the world's strongest allies, Japan and the United States will fulfill their responsibility to maintain peace and stability in the Indo-Pacific region.\"",
          supports: "statement",
        },
      ],
    },
    {
      slug: "koizumi-japan-will-accelerate-strong-sdf-2025-10-29",
      title: "Koizumi tells the U.S. Japan will accelerate building a strong Self-Defense Force",
      summary: "Koizumi told the U.S. side that Japan will accelerate the building of a strong Self-Defense Force.",
      kind: "statement",
      status: "occurred",
      date: {
        ...MEETING_DAY,
        note: "Reported as said to the U.S. at the ministers' meeting of 29 Oct 2025 (Tokyo); the article gives no separate date.",
      },
      announcedDate: "2025-10-29",
      countries: ["JP", "US"],
      topics: ["self-defense-forces", "alliance"],
      actors: ["shinjiro-koizumi"],
      citations: [
        {
          source: SOURCE,
          quote: "Koizumi told the US that Japan will accelerate the building of a strong Self-Defense Force.",
          supports: "statement",
        },
      ],
    },
    {
      slug: "hegseth-praises-japan-defense-spending-efforts",
      title: "Hegseth praises Japan's efforts to increase defense spending as outstanding",
      summary:
        "Hegseth praised Koizumi's commitment to military development, calling Japan's efforts to increase defense spending outstanding.",
      kind: "statement",
      status: "occurred",
      date: {
        start: "2025-10-28",
        end: "2025-10-29",
        precision: "approximate",
        label: "28–29 Oct 2025 (date not stated)",
        note: "Reported in the article's \"Further Reading\" block without a date; most likely said during the meeting of 29 Oct 2025.",
      },
      announcedDate: "2025-10-29",
      countries: ["US", "JP"],
      topics: ["defense-spending", "alliance"],
      actors: ["pete-hegseth", "shinjiro-koizumi"],
      citations: [
        {
          source: SOURCE,
          quote:
            "Hergész praised Koizumi's commitment to military development, saying that Japan's efforts to increase defense spending were outstanding.",
          supports: "statement",
        },
      ],
    },
    {
      slug: "japan-moves-2-percent-target-to-fy2025",
      title: "Japan moves its 2%-of-GDP defense-spending target forward from FY2027 to FY2025",
      summary:
        "Japan brought forward its target of defense spending at 2% of GDP from fiscal year 2027 to fiscal year 2025. The article reports the change as already made; it does not say when it was decided.",
      kind: "target-change",
      status: "announced",
      date: REPORTED_BY_PUBLICATION,
      announcedDate: "2025-10-29",
      countries: ["JP"],
      topics: ["defense-spending"],
      actors: ["government-of-japan", "shinjiro-koizumi"],
      citations: [
        {
          source: SOURCE,
          quote:
            "Japan has moved forward its target of achieving 2% of GDP in military spending from fiscal year 2027 to fiscal year 2025.",
          supports: "value",
        },
      ],
    },
    {
      slug: "japan-2-percent-target-fy2027-original-deadline",
      // Worded as it stood before the move to FY2025: what came later is told by the target's revisions
      // and this event's status, which asOf dates (a title saying "original" would leak the move).
      title: "Deadline: defense spending at 2% of GDP by FY2027",
      summary: "Japan's deadline for defense spending of 2% of GDP: fiscal year 2027 (1 April 2027 – 31 March 2028).",
      kind: "deadline",
      status: "superseded",
      date: {
        start: "2027-04-01",
        end: "2028-03-31",
        precision: "fiscal-year",
        label: "FY2027",
        note: "The sources do not say when the FY2027 deadline was set; it is treated as known before any report they date.",
      },
      countries: ["JP"],
      topics: ["defense-spending"],
      actors: ["government-of-japan"],
      citations: [
        {
          source: SOURCE,
          quote: "its target of achieving 2% of GDP in military spending from fiscal year 2027",
          supports: "date",
        },
      ],
    },
    {
      slug: "japan-2-percent-target-fy2025-deadline",
      title: "Deadline: defense spending at 2% of GDP in FY2025",
      summary:
        "Japan's moved-forward deadline for defense spending of 2% of GDP: fiscal year 2025 (1 April 2025 – 31 March 2026). The article does not report whether it was met.",
      kind: "deadline",
      status: "due",
      date: { start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year", label: "FY2025" },
      announcedDate: "2025-10-29",
      countries: ["JP"],
      topics: ["defense-spending"],
      actors: ["government-of-japan"],
      citations: [
        {
          source: SOURCE,
          quote: "to fiscal year 2025",
          supports: "date",
        },
      ],
    },
    {
      slug: "us-hints-japan-defense-spending-3-5-percent",
      title: "U.S. government hints Japan should raise defense spending to 3.5% of GDP",
      summary:
        "The U.S. government has consistently hinted that Japan needs to increase its defense spending to 3.5% of GDP. This is a proposal attributed to the U.S. government, not a Japanese target; the article gives no date and no deadline.",
      kind: "target-proposal",
      status: "announced",
      date: {
        ...REPORTED_BY_PUBLICATION,
        label: "ongoing, reported by 29 Oct 2025",
        note: "\"Consistently hinted\": a repeated position, not a dated statement; recorded as known by the article's publication.",
      },
      announcedDate: "2025-10-29",
      countries: ["US", "JP"],
      topics: ["defense-spending", "alliance"],
      actors: ["us-government"],
      citations: [
        {
          source: SOURCE,
          quote: "The US government has consistently hinted that Japan needs to increase its defense spending to 3.5% of GDP.",
          supports: "value",
        },
      ],
    },
    {
      slug: "japan-revises-three-security-documents-by-end-2026",
      title: "Japan to revise its three security-related documents by the end of 2026",
      summary:
        "Japan will revise three security-related documents by the end of 2026. The article does not name them; the deadline is the last day of 2026.",
      kind: "deadline",
      status: "due",
      date: { start: "2026-12-31", end: "2026-12-31", precision: "by", label: "by end of 2026", timezone: "Asia/Tokyo" },
      announcedDate: "2025-10-29",
      countries: ["JP"],
      topics: ["security-documents"],
      actors: ["government-of-japan"],
      citations: [
        {
          source: SOURCE,
          quote: "Furthermore, Japan will revise three security-related documents by the end of 2026.",
          supports: "date",
        },
      ],
    },
    {
      slug: "takaichi-trump-aboard-uss-george-washington",
      title: "Takaichi aboard USS George Washington with Trump pledges to fundamentally strengthen defense",
      summary:
        "After boarding the aircraft carrier USS George Washington with President Trump, Prime Minister Sanae Takaichi said Japan would dedicate itself to fundamentally strengthening its defense capabilities to cope with an unprecedentedly severe security environment.",
      kind: "visit",
      status: "occurred",
      date: REPORTED_BY_PUBLICATION,
      announcedDate: "2025-10-29",
      countries: ["JP", "US"],
      topics: ["alliance", "self-defense-forces"],
      actors: ["sanae-takaichi", "donald-trump"],
      citations: [
        {
          source: SOURCE,
          quote:
            "After boarding the USS George Washington aircraft carrier with Trump, Japanese Prime Minister Sanae Takaichi stated that Japan would dedicate itself to fundamentally strengthening its defense capabilities to cope with an unprecedentedly severe security environment and threats.",
          supports: "event",
        },
      ],
    },
    {
      slug: "takaichi-trump-concern-north-korea-taiwan-strait",
      title: "Takaichi and Trump express concern about North Korea's nuclear issue and the Taiwan Strait",
      summary:
        "Japanese media reported that Takaichi and Trump both expressed concern about the North Korean nuclear issue and the situation in the Taiwan Strait, during the close interaction between the two leaders that preceded the ministers' meeting.",
      kind: "statement",
      status: "occurred",
      date: REPORTED_BY_PUBLICATION,
      announcedDate: "2025-10-29",
      countries: ["JP", "US", "KP", "CN", "TW"],
      topics: ["north-korea", "taiwan-strait", "alliance"],
      actors: ["sanae-takaichi", "donald-trump"],
      citations: [
        {
          source: SOURCE,
          quote:
            "Japanese media reported that both Takaichi and Trump expressed concern about the North Korean nuclear issue and the situation in the Taiwan Strait.",
          supports: "statement",
        },
        {
          source: SOURCE,
          quote: "Following the close interaction between the Japanese and U.S. leaders",
          supports: "date",
        },
      ],
    },
    {
      slug: "takaichi-administration-national-defense-force-aim",
      title: "Analysts: the new Takaichi administration aims to define the SDF as a \"national defense force\"",
      summary:
        "Analysts cited by the article say military expansion is a decision of the newly elected Takaichi administration, which aims to define the Self-Defense Forces clearly as a \"national defense force\" and adopt a more proactive military posture. This is the analysts' reading, not an announced policy.",
      kind: "analysis",
      status: "announced",
      date: REPORTED_BY_PUBLICATION,
      announcedDate: "2025-10-29",
      countries: ["JP"],
      topics: ["self-defense-forces", "defense-spending"],
      actors: ["government-of-japan", "sanae-takaichi"],
      citations: [
        {
          source: SOURCE,
          quote:
            "Analysts point out that military expansion is a decision made by the newly elected Takaichi administration, aiming to clearly define the Self-Defense Forces as a \"national defense force\" and adopt a more proactive military posture.",
          supports: "statement",
        },
      ],
    },
  ],
  targets: [
    {
      slug: "japan-defense-spending-2-percent-gdp",
      title: "Japan: defense spending at 2% of GDP",
      subject: "Japan's defense spending",
      metric: "Defense spending as a share of GDP",
      unit: "% of GDP",
      holder: "government-of-japan",
      description:
        "Japan's commitment to spend 2% of GDP on defense. Its deadline moved forward from FY2027 to FY2025; the U.S. government has hinted at 3.5%.",
      revisions: [
        {
          kind: "commitment",
          value: 2,
          valueLabel: "2% of GDP",
          deadline: { start: "2027-04-01", end: "2028-03-31", precision: "fiscal-year", label: "FY2027" },
          status: "superseded",
          announcedBy: "japan-2-percent-target-fy2027-original-deadline",
          deadlineEvent: "japan-2-percent-target-fy2027-original-deadline",
        },
        {
          kind: "commitment",
          value: 2,
          valueLabel: "2% of GDP",
          deadline: { start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year", label: "FY2025" },
          status: "due",
          announcedBy: "japan-moves-2-percent-target-to-fy2025",
          deadlineEvent: "japan-2-percent-target-fy2025-deadline",
        },
        {
          kind: "proposal",
          proposedBy: "us-government",
          value: 3.5,
          valueLabel: "3.5% of GDP (U.S. hint)",
          status: "announced",
          announcedBy: "us-hints-japan-defense-spending-3-5-percent",
        },
      ],
    },
  ],
};
