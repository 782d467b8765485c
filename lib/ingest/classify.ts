import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";

/** What a sentence reports, read from its wording. */
export interface Reading {
  kind: EventKind;
  /** The act is reported as done (simple past), not as a plan, a position held or a finding. */
  past: boolean;
  future: boolean;
  /** "has moved", "has consistently hinted": done at some time before, not on the day in view. */
  perfect: boolean;
  /** The verb is in the past tense ("asked", "gave"), not the present ("take effect"). */
  pastTense?: boolean;
  /** The verb that decided the kind, for the reviewer. */
  cue: string;
  /** No act verb: only future wording, which makes a claim only together with a date. */
  bare?: boolean;
}

const rules: { kind: EventKind; pattern: RegExp }[] = [
  { kind: "analysis", pattern: /\b(?:analysts?|experts?|observers?|commentators?)\b[^.]*?\b(?:point(?:ed)? out|says?|said|argued?|believed?|noted?|warned?)\b/i },
  { kind: "target-change", pattern: /\b(?:moved|moves|brought|brings|pushed|pulls?|pulled)\s+(?:forward|back)\b|\b(?:raised|lowered|cut|revised|changed|delayed|postponed|extended)\b[^.]*\b(?:target|goal|deadline)\b/i },
  { kind: "target-proposal", pattern: /\b(?:hinted|urged|called\s+for|demanded|pressed|proposed|suggested|wants?)\b[^.]*?\d+(?:\.\d+)?\s*(?:%|percent|per cent)/i },
  { kind: "election", pattern: /\b(?:was|were)\s+(?:re-)?elected\b|\bwon\s+(?:the|a)\s+[^.]*\belection\b/i },
  { kind: "visit", pattern: /\b(?:visited|boarding|boarded|toured|arrived\s+in|travell?ed\s+to)\b/i },
  { kind: "meeting", pattern: /\b(?:meeting|talks|summit|conference)\b[^.]*?\b(?:was|were)\s+held\b|\b(?:met|held\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit)|(?:meeting|talks|summit)\s+(?:in|at|on)\b)|\bduring\s+(?:their|the|a)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit)\b/i },
  { kind: "agreement", pattern: /\b(?:agreed|pledged|signed|endorsed|committed)\b/i },
  { kind: "decision", pattern: /\b(?:decided|approved|adopted|passed|enacted|ratified|announced|unveiled|launched|issued|released|published|submitted|requested|proposed|set\s+out|sent|rejected|received|gave\s+(?:its\s+)?(?:final\s+)?approval)\b|\b(?:takes?|took|will\s+take)\s+effect\b|\b(?:enters?|entered|will\s+enter|comes?|came|will\s+come)\s+into\s+force\b/i },
  { kind: "statement", pattern: /\b(?:said|says|stated|told|expressed|praised|warned|critici[sz]ed|stressed|reported|noted|described|emphasi[sz]ed|added|insisted|vowed|promised|confirmed|declared|welcomed|condemned|urged|asked|responded|replied)\b/i },
];

/** Reported speech about what is to come: "said a review would take place in 2029". */
export const REPORTED_FUTURE = /\b(?:would|will|is\s+to|are\s+to|planned\s+for|scheduled\s+for|expected\s+to)\b/i;
const FUTURE = /\b(?:will|shall|(?:is|are)\s+planned|is\s+to|are\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+expected\s+to|aims?\s+to|(?:is|are)\s+set\s+to|(?:is|are)\s+due\s+to|must)\b/i;
const PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:\w+ed|been|brought|set|cut|made|done|taken|given)\b/i;
const CONDITIONAL = /^(?:if|unless|should)\b/i;

/** The kind of claim a sentence makes, or null when it reports no act (a disclaimer, a description). */
export function readSentence(sentence: string): Reading | null {
  if (CONDITIONAL.test(sentence.trim())) return null;
  const future = FUTURE.test(sentence);
  const perfect = PERFECT.test(sentence);
  for (const { kind, pattern } of rules) {
    const match = sentence.match(pattern);
    if (!match) continue;
    // The verb itself, not the whole clause a pattern spans ("hinted … 3.5%")
    const cue = match[0].length > 24 ? match[0].split(/\s+/)[0] : match[0];
    const cueFuture = /\bwill\b/i.test(cue) || (future && !/(?:ed|met|told|said|held|won|took|came|brought|set)\b/i.test(cue));
    const pastTense = /^(?:\w+ed|met|told|said|held|won|took|came|sent|gave|brought|set|cut|made|began|spoke|wrote)$/i.test(cue.split(/\s+/)[0]);
    return { kind, past: !cueFuture && !perfect, future: cueFuture, perfect, cue, pastTense };
  }
  return future ? { kind: "decision", past: false, future: true, perfect: false, cue: sentence.match(FUTURE)![0], bare: true } : null;
}

/** The status a claim has on the day it is read, from its kind and tense. */
export function statusOf(kind: EventKind, options: { deadline: boolean; ahead: boolean }): EventStatus {
  if (kind === "analysis" || kind === "target-proposal" || kind === "target-change") return "announced";
  if (options.deadline || kind === "deadline") return "due";
  return options.ahead ? "planned" : "occurred";
}
