import { describe, expect, it } from 'vitest';
import { fromBase64, fromBase64ByHand, packBytes, packText, toBase64, unpackBytes, unpackText } from './packed';

describe('packed data', () => {
  it('gives back the very text, in every script', () => {
    for (const text of ['', '{}', 'كلمني على الواتس', '加我微信', 'Напиши мне', '😀 x\u200b'.repeat(500)]) {
      expect(unpackText(packText(text))).toBe(text);
    }
  });

  it('gives back the very bytes', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + (i >> 7)) & 0xff);
    expect([...unpackBytes(packBytes(bytes))]).toEqual([...bytes]);
  });

  it('is smaller than the text for repetitive data like the vocabulary', () => {
    const text = JSON.stringify(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`word${i}`, `0,on~0,over~1,call me ${i % 7}`])));
    expect(packText(text).length).toBeLessThan(text.length / 3);
  });

  it('is the same string for the same input (generated files do not churn)', () => {
    expect(packText('the same data')).toBe(packText('the same data'));
  });

  it('throws on data that is not what packText wrote', () => {
    expect(() => unpackText(toBase64(Uint8Array.from([255, 255, 255, 255])))).toThrow();
  });
});

describe('base64', () => {
  it('round-trips every length, as Node writes it', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
      expect([...fromBase64ByHand(toBase64(bytes))]).toEqual([...bytes]);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
