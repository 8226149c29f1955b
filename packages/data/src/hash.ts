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
  // The offset basis 0xcbf29ce484222325, lowest limb first.
  limbs[0] = 0x2325;
  limbs[1] = 0x8422;
  limbs[2] = 0x9ce4;
  limbs[3] = 0xcbf2;
  fnvLimbs(utf8.encode(text));
  return limbsHex();
}

/**
 * FNV-1a 64-bit carried on from `hash` (an `fnv1a64` result) over the UTF-8 bytes of `text`. FNV has
 * no finalisation step, so its hex digits are its whole state and `continueFnv1a64(fnv1a64(a), b) ===
 * fnv1a64(a + b)`: the build hashes what it knows of a text ahead of time, and the runtime the rest.
 */
export function continueFnv1a64(hash: string, text: string): string {
  for (let limb = 0; limb < 4; limb++)
    limbs[limb] = Number.parseInt(hash.slice(12 - 4 * limb, 16 - 4 * limb), 16);
  fnvLimbs(utf8.encode(text));
  return limbsHex();
}

const utf8 = new TextEncoder();
/** The four 16-bit limbs of the hash, lowest first: {@link fnvLimbs} starts from them and writes them back. */
const limbs = new Uint32Array(4);
const hex4 = (n: number) => n.toString(16).padStart(4, "0");
const limbsHex = () =>
  hex4(limbs[3] as number) + hex4(limbs[2] as number) + hex4(limbs[1] as number) + hex4(limbs[0] as number);

/**
 * The hash loop, on its own and without a call in it. A first hash can be a whole dataset (`meta()`
 * of `createQueries(yourDataset)`), so V8 optimizes this loop mid-run (on-stack replacement), before
 * any code after it has run. When that code sat in the same function, its call had no type feedback
 * yet, and the optimized code was thrown away at it on every later call: 100+ µs a short hash (an
 * ETag) instead of 2 µs, a fifth of the API's time per request in `pnpm --filter @s400/api bench`'s
 * in-process figures.
 */
function fnvLimbs(bytes: Uint8Array): void {
  let h0 = limbs[0] as number;
  let h1 = limbs[1] as number;
  let h2 = limbs[2] as number;
  let h3 = limbs[3] as number;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i] as number;
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
  limbs[0] = h0;
  limbs[1] = h1;
  limbs[2] = h2;
  limbs[3] = h3;
}
