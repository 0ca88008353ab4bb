// Bytes, text and base64url with Web APIs only (browsers, React Native, Node).

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const lookup = new Map([...alphabet].map((c, i) => [c, i]));

/** Decodes base64url (or base64); undefined for a text that is not. */
export function fromBase64url(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of clean) {
    const digit = lookup.get(char);
    if (digit === undefined) return undefined;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Strict UTF-8 decoding without TextDecoder (React Native's Hermes lacks it): undefined for bytes
 * that are not UTF-8 (overlong forms, surrogates, code points above U+10FFFF, truncation).
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let code: number;
    let extra: number;
    let min: number;
    if (b < 0x80) [code, extra, min] = [b, 0, 0];
    else if (b >= 0xc2 && b < 0xe0) [code, extra, min] = [b & 0x1f, 1, 0x80];
    else if (b >= 0xe0 && b < 0xf0) [code, extra, min] = [b & 0x0f, 2, 0x800];
    else if (b >= 0xf0 && b < 0xf5) [code, extra, min] = [b & 0x07, 3, 0x10000];
    else return undefined;
    if (i + extra >= bytes.length + (extra ? 0 : 1)) return undefined;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    chunk.push(code);
    if (chunk.length >= 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += extra + 1;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

export const utf8 = {
  encode: (text: string): Uint8Array => new TextEncoder().encode(text),
  /** Strict: undefined for bytes that are not UTF-8. */
  decode: decodeUtf8,
};

/** A copy backed by a plain ArrayBuffer, as WebCrypto's types want. */
export function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

/** Lowercase hex sha256. */
export async function sha256Hex(bytes: Uint8Array, subtle: SubtleCrypto): Promise<string> {
  return toHex(await subtle.digest('SHA-256', buffer(bytes)));
}
