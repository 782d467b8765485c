import { describe, expect, it } from "vitest";
import { bibtexKey, citationSubject, escapeBibtex, formatApa, formatBibtex, formatChicago, formatCitations, type CitedSource } from "./format";

const EVENT = {
  slug: "japan-revises-three-security-documents-by-end-2026",
  title: "Japan to revise three security documents by end of 2026",
  url: "/events/japan-revises-three-security-documents-by-end-2026",
};
const PERMALINK = "https://timeline.example/events/japan-revises-three-security-documents-by-end-2026";
const SOURCE: CitedSource = {
  title: "Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force",
  publisher: "we2news",
  author: "Stephanie Thomas",
  section: "Internet Report",
  publishedAt: "2025-10-28 23:40",
};
const subject = (source: Partial<CitedSource> = {}) => citationSubject(EVENT, { ...SOURCE, ...source }, "https://timeline.example", "2026-11-26");
const withoutAuthor = () => subject({ author: undefined });

describe("citationSubject", () => {
  it("makes the permalink absolute", () => {
    expect(subject().event).toEqual({ slug: EVENT.slug, title: EVENT.title, permalink: PERMALINK });
  });
});

describe("APA (7th)", () => {
  it("cites the source by author and date, then the permalink it was quoted in", () => {
    expect(formatApa(subject())).toBe(
      "Thomas, S. (2025, October 28). Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force " +
        "[Internet Report]. we2news. Quoted in Policy Timeline, Japan to revise three security documents by end of 2026. " +
        `Retrieved November 26, 2026, from ${PERMALINK}`,
    );
  });

  it("moves the title first without an author", () => {
    expect(formatApa(withoutAuthor())).toMatch(/^Japan-U\.S\. Defense .* Force \[Internet Report\]\. \(2025, October 28\)\. we2news\. Quoted in/);
  });

  it("gives the source's URL when it has one", () => {
    expect(formatApa(subject({ url: "https://we2news.example/a" }))).toContain("we2news. https://we2news.example/a Quoted in");
  });

  it("writes a partial or missing date as APA does", () => {
    expect(formatApa(subject({ publishedAt: "2025-10" }))).toContain("(2025, October)");
    expect(formatApa(subject({ publishedAt: "2025" }))).toContain("(2025)");
    expect(formatApa(subject({ publishedAt: "last Tuesday" }))).toContain("(n.d.)");
    expect(formatApa(subject({ publishedAt: "2025-02-30" }))).toContain("(n.d.)");
  });

  it("abbreviates given names, hyphens kept, and keeps an organisation as written", () => {
    expect(formatApa(subject({ author: "Jean-Paul Anne Sartre" }))).toMatch(/^Sartre, J\.-P\. A\. \(2025/);
    expect(formatApa(subject({ author: "Thomas, Stephanie" }))).toMatch(/^Thomas, S\. \(2025/);
    expect(formatApa(subject({ author: "Ministry of Defense" }))).toMatch(/^Ministry of Defense\. \(2025/);
  });
});

describe("Chicago (notes-bibliography, bibliography entry)", () => {
  it("inverts the author, quotes the title and ends with the access date and permalink", () => {
    expect(formatChicago(subject())).toBe(
      "Thomas, Stephanie. “Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force.” " +
        "we2news, Internet Report, October 28, 2025. Quoted in “Japan to revise three security documents by end of 2026,” Policy Timeline. " +
        `Accessed November 26, 2026. ${PERMALINK}.`,
    );
  });

  it("begins with the title without an author, and adds the source's URL when it has one", () => {
    expect(formatChicago(withoutAuthor())).toMatch(/^“Japan-U\.S\. Defense/);
    expect(formatChicago(subject({ url: "https://we2news.example/a" }))).toContain("October 28, 2025. https://we2news.example/a. Quoted in");
  });

  it("does not double a title's own punctuation, and says n.d. once", () => {
    const text = formatChicago(subject({ title: "Will Japan spend 2%?", publishedAt: "", section: undefined }));
    expect(text).toContain("“Will Japan spend 2%?” we2news, n.d. Quoted in");
  });
});

describe("BibTeX", () => {
  it("is a @misc entry with a stable key and the source's fields", () => {
    expect(formatBibtex(subject())).toBe(
      [
        "@misc{thomas2025-japan-revises-three-security-documents-by-end-2026,",
        "  author = {Thomas, Stephanie},",
        "  title = {{Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force}},",
        "  howpublished = {we2news, Internet Report},",
        "  year = {2025},",
        "  date = {2025-10-28},",
        `  url = {${PERMALINK}},`,
        "  urldate = {2026-11-26},",
        `  note = {Published 2025-10-28 23:40. Quoted in \`\`Japan to revise three security documents by end of 2026'', Policy Timeline, \\url{${PERMALINK}}},`,
        "}",
      ].join("\n"),
    );
  });

  it("keys by the publisher without an author, and by nothing but the data", () => {
    expect(bibtexKey(withoutAuthor())).toBe("we2news2025-japan-revises-three-security-documents-by-end-2026");
    expect(formatBibtex(withoutAuthor())).not.toContain("author =");
    expect(bibtexKey(subject({ author: "José Núñez", publishedAt: "undated" }))).toBe("nunez-japan-revises-three-security-documents-by-end-2026");
    expect(bibtexKey(subject())).toBe(bibtexKey(subject()));
  });

  it("protects an organisation author with braces", () => {
    expect(formatBibtex(subject({ author: "Ministry of Defense" }))).toContain("  author = {{Ministry of Defense}},");
  });

  it("points url at the source when it has one, else at the permalink", () => {
    expect(formatBibtex(subject({ url: "https://we2news.example/a?x=1%20y" }))).toContain("  url = {https://we2news.example/a?x=1%20y},");
    expect(formatBibtex(subject({ url: "https://we2news.example/{a}" }))).toContain("  url = {https://we2news.example/%7Ba%7D},");
  });

  it("escapes LaTeX's special characters in text fields", () => {
    expect(escapeBibtex("{a} 50% & $5 #1 snake_case ~ ^ \\")).toBe(
      "\\{a\\} 50\\% \\& \\$5 \\#1 snake\\_case \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
    expect(formatBibtex(subject({ title: "R&D: 2% of GDP_{2025}", publisher: "A & B" }))).toContain(
      "  title = {{R\\&D: 2\\% of GDP\\_\\{2025\\}}},\n  howpublished = {A \\& B, Internet Report},",
    );
  });
});

describe("formatCitations", () => {
  it("gives all three styles", () => {
    const all = formatCitations(subject());
    expect(all).toEqual({ apa: formatApa(subject()), chicago: formatChicago(subject()), bibtex: formatBibtex(subject()) });
  });
});
