import { NextResponse, type NextRequest } from "next/server";
import { findDuplicates, ingestVocabulary } from "@/lib/data/ingest";
import { HttpError } from "@/lib/api/http-error";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { WriteRejectedError } from "@/lib/data/errors";
import { extractCandidates, PublicationDateError } from "@/lib/ingest/extract";
import { INGEST_TEXT_LIMIT, sourceText } from "@/lib/ingest/text";
import { ingestRequestSchema } from "@/lib/validation/ingest";

export const dynamic = "force-dynamic";

/**
 * Reads an article (editor) and answers the candidate events it reports, each with its quote, offsets
 * into `text` (the stored form of the article: line endings normalised, HTML reduced to text), a date
 * with precision and label, and why. Writes nothing; duplicates of stored events are pointed out.
 */
export function POST(request: NextRequest) {
  return respond(async () => {
    await authorizeWrite(request);
    const { source } = await readWriteBody(request, ingestRequestSchema, "source");
    const text = sourceText(source.text, source.format);
    if (!text.trim()) throw new WriteRejectedError("The article text is empty.", [{ path: "source.text", message: "must not be empty" }]);
    if (text.length > INGEST_TEXT_LIMIT) {
      throw new HttpError(413, `The article is ${text.length.toLocaleString("en")} characters long; at most ${INGEST_TEXT_LIMIT.toLocaleString("en")} are read at once. Split it and ingest the parts.`);
    }
    const vocabulary = await ingestVocabulary();
    let candidates;
    try {
      candidates = extractCandidates({ text, publishedAt: source.publishedAt, zone: source.zone }, vocabulary);
    } catch (error) {
      if (error instanceof PublicationDateError) throw new WriteRejectedError(error.message, [{ path: "source.publishedAt", message: error.message }]);
      throw error;
    }
    const duplicates = await findDuplicates(
      candidates.map((c) => ({ quotes: [c.quote, ...c.support.map((s) => s.quote)], start: c.date.start, end: c.date.end, actors: c.actors.flatMap((a) => (a.slug ? [a.slug] : [])) })),
    );
    return NextResponse.json({
      text,
      candidates: candidates.map((c, i) => ({ ...c, duplicates: duplicates[i] })),
      targets: vocabulary.targets,
      topics: vocabulary.topics,
    });
  });
}
