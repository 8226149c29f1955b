/** A stable content hash (FNV-1a, 64 bit) over canonical JSON, with no dependency on any runtime's crypto. */

/**
 * JSON with object keys sorted, so the same content always gives the same text.
 *
 * @example
 * ```ts
 * import { canonicalJson } from "@s400/data";
 * console.assert(canonicalJson({ b: 1, a: [true, null] }) === '{"a":[true,null],"b":1}');
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(",")}}`;
}

/** The hash of no bytes: FNV-1a's 64-bit offset basis. */
const FNV1A64_OFFSET_BASIS = "cbf29ce484222325";

/**
 * FNV-1a 64-bit of the UTF-8 bytes of `text`, as 16 hex digits. Computed in four 16-bit limbs so it
 * stays exact without BigInt. The one 64-bit hash of the kit: `meta().hash` and the API's ETags use it.
 *
 * @example
 * ```ts
 * import { fnv1a64 } from "@s400/data";
 * console.assert(fnv1a64("") === "cbf29ce484222325");
 * console.assert(/^[0-9a-f]{16}$/.test(fnv1a64("S-400")));
 * ```
 */
export function fnv1a64(text: string): string {
  return continueFnv1a64(FNV1A64_OFFSET_BASIS, text);
}

/**
 * FNV-1a 64-bit carried on from `hash` (an `fnv1a64` result) over the UTF-8 bytes of `text`. FNV has
 * no finalisation step, so its hex digits are its whole state and `continueFnv1a64(fnv1a64(a), b) ===
 * fnv1a64(a + b)`: the build hashes what it knows of a text ahead of time, and the runtime the rest.
 */
export function continueFnv1a64(hash: string, text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Four 16-bit limbs, lowest first.
  let h0 = Number.parseInt(hash.slice(12, 16), 16);
  let h1 = Number.parseInt(hash.slice(8, 12), 16);
  let h2 = Number.parseInt(hash.slice(4, 8), 16);
  let h3 = Number.parseInt(hash.slice(0, 4), 16);
  for (const byte of bytes) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3: limb 0 times 0x1b3, plus (h << 40) which
    // lands as (limb << 8) two limbs up.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number) => n.toString(16).padStart(4, "0");
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
