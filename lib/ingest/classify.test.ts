import { describe, expect, it } from "vitest";
import { readSentence, statusOf } from "./classify";

describe("readSentence", () => {
  it.each([
    ["They agreed to enhance their response capabilities.", "agreement", true],
    ["Japan has moved forward its target from fiscal year 2027 to fiscal year 2025.", "target-change", false],
    ["The US government has consistently hinted that Japan needs to increase its defense spending to 3.5% of GDP.", "target-proposal", false],
    ["Analysts point out that military expansion is a decision.", "analysis", true],
    ["After boarding the carrier, Takaichi stated that Japan would act.", "visit", true],
    ["The two-day summit was held in The Hague on 24–25 June.", "meeting", true],
    ["Hergész praised Koizumi's commitment.", "statement", true],
    ["The act received Royal Assent yesterday.", "decision", true],
  ])("%s → %s", (sentence, kind, past) => {
    expect(readSentence(sentence)).toMatchObject({ kind, past });
  });

  it("reads future wording as a plan and leaves conditions and descriptions alone", () => {
    expect(readSentence("Japan will revise three documents by the end of 2026.")).toMatchObject({ future: true, past: false });
    expect(readSentence("If the US continues to demand more, it is endorsing it.")).toBeNull();
    expect(readSentence("This article is from the Internet and does not represent the views of this website.")).toBeNull();
  });

  it("gives findings, proposals and changes the status announced, deadlines due, plans planned", () => {
    expect(statusOf("analysis", { deadline: false, ahead: false })).toBe("announced");
    expect(statusOf("statement", { deadline: true, ahead: true })).toBe("due");
    expect(statusOf("decision", { deadline: false, ahead: true })).toBe("planned");
    expect(statusOf("meeting", { deadline: false, ahead: false })).toBe("occurred");
  });
});
