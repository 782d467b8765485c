import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/**
 * A response body as UTF-8 bytes, with its gzip form made on first demand (off the main thread) and
 * then kept beside it. Held in the read cache, a body is so compressed once per data version rather
 * than on every request.
 */
export interface CompressibleBody {
  readonly bytes: Buffer<ArrayBuffer>;
  gzipped(): Promise<Buffer<ArrayBuffer>>;
}

export function compressibleBody(text: string): CompressibleBody {
  const bytes = Buffer.from(text, "utf8");
  let gzipped: Promise<Buffer<ArrayBuffer>> | undefined;
  return { bytes, gzipped: () => (gzipped ??= gzipAsync(bytes)) };
}
