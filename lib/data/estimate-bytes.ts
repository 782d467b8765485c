/**
 * Roughly how much memory a cached value holds, for the read cache's byte bound. Buffers count their
 * bytes, strings two bytes a character; a long array or map is measured on a sample of its first
 * elements, so measuring 100,000 timeline items costs microseconds, not a walk over all of them.
 * Shared values are counted once per place they appear: an over-estimate, which only makes the
 * bound stricter.
 */
const SAMPLE = 32;
const MAX_DEPTH = 8;
const SLOT = 8;

export function estimateBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return SLOT;
  if (typeof value === "string") return 16 + 2 * value.length;
  if (typeof value !== "object") return SLOT;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (depth >= MAX_DEPTH) return 64;
  if (Array.isArray(value)) return 16 + sampled(value, value.length, depth);
  if (value instanceof Set) return 16 + sampled(value.values(), value.size, depth);
  if (value instanceof Map) return 16 + sampled(value.entries(), value.size, depth);
  let total = 16;
  for (const [key, field] of Object.entries(value)) total += SLOT + key.length + estimateBytes(field, depth + 1);
  return total;
}

function sampled(items: Iterable<unknown>, size: number, depth: number): number {
  let measured = 0;
  let seen = 0;
  for (const item of items) {
    if (seen === SAMPLE) break;
    measured += estimateBytes(item, depth + 1);
    seen++;
  }
  return seen === 0 ? 0 : Math.round((measured / seen) * size) + SLOT * size;
}
