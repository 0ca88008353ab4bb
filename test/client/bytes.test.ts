import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, utf8 } from '../../src/client/bytes.ts';

describe('client bytes (no TextDecoder, no Buffer)', () => {
  it('decodes UTF-8 exactly as a strict TextDecoder does', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const reference = (bytes: Uint8Array) => {
      try {
        return strict.decode(bytes);
      } catch {
        return undefined;
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(utf8.decode(new TextEncoder().encode(text))).toBe(text);
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 16 }), (bytes) => {
      expect(utf8.decode(bytes)).toBe(reference(bytes));
    }), { numRuns: 5000 });
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0x80]]) expect(utf8.decode(new Uint8Array(bad))).toBeUndefined();
    expect(utf8.decode(new TextEncoder().encode('蜜饯隐私政策 😀'.repeat(2000)))).toBe('蜜饯隐私政策 😀'.repeat(2000));
  });

  it('decodes base64url and base64 as Node does, and refuses other text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      const buffer = Buffer.from(bytes);
      expect(fromBase64url(buffer.toString('base64url'))).toEqual(new Uint8Array(bytes));
      expect(fromBase64url(buffer.toString('base64'))).toEqual(new Uint8Array(bytes));
    }), { numRuns: 500 });
    expect(fromBase64url('a*b')).toBeUndefined();
    expect(fromBase64url('abcde')).toBeUndefined();
  });
});
