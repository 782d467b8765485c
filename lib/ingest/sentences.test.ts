import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("keeps \"U.S.\" inside its sentence and a quotation of two sentences in the one that carries it", () => {
    const text = 'Koizumi met the U.S. Defense Secretary. He said, "China is expanding. Japan will respond." Then they left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Koizumi met the U.S. Defense Secretary.", 'He said, "China is expanding. Japan will respond."', "Then they left."]);
  });

  it("gives offsets that slice the text exactly, past characters outside the BMP", () => {
    const text = "Title line\n\nEmoji 😀 first. Hergész praised it.\n\nLast one!";
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => [s.text, s.paragraph, s.heading])).toEqual([
      ["Title line", 0, true],
      ["Emoji 😀 first.", 1, false],
      ["Hergész praised it.", 1, false],
      ["Last one!", 2, false],
    ]);
  });

  it("ends a sentence at a blank line, and reads a block of unpunctuated lines as headings, one per line", () => {
    const text = "Further Reading\nA headline here\nAnother headline\n\nA real sentence follows.";
    expect(splitSentences(text).map((s) => [s.text, s.heading])).toEqual([
      ["Further Reading", true],
      ["A headline here", true],
      ["Another headline", true],
      ["A real sentence follows.", false],
    ]);
  });
});
