import { describe, expect, it } from 'vitest';
import { base64Length, checkAttachment, sniffMediaType } from './attachment.ts';

const bytes = (...head: number[]) => new Uint8Array([...head, 1, 2, 3]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d);

describe('attachments', () => {
  it('recognises PDF, PNG, JPEG and TIFF by their first bytes, and nothing else', () => {
    expect(sniffMediaType(PDF)).toBe('application/pdf');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff))).toBe('image/jpeg');
    expect(sniffMediaType(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('image/tiff');
    expect(sniffMediaType(new TextEncoder().encode('<html><script>'))).toBeUndefined();
  });

  it('accepts a document whose content matches its declared type, within the limit', () => {
    expect(checkAttachment('consent', PDF, 'application/pdf', 100)).toEqual({
      ok: true,
      value: { mediaType: 'application/pdf', sizeBytes: 8 },
    });
  });

  it('refuses an empty, oversized, unknown or mislabelled document', () => {
    const code = (r: ReturnType<typeof checkAttachment>) => (r.ok ? 'ok' : r.error.code);
    expect(code(checkAttachment('consent', new Uint8Array(), 'application/pdf', 100))).toBe(
      'VALIDATION_FAILED',
    );
    expect(code(checkAttachment('consent', PDF, 'application/pdf', 7))).toBe('PAYLOAD_TOO_LARGE');
    expect(code(checkAttachment('consent', bytes(0x00), 'application/pdf', 100))).toBe('VALIDATION_FAILED');
    const mislabelled = checkAttachment('consent', PDF, 'image/png', 100);
    expect(mislabelled.ok ? '' : mislabelled.error.message).toMatch(/declared as image\/png/);
  });

  it('knows how long the base64 of a size is', () => {
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(2 * 1024 * 1024)).toBe(2_796_204);
  });
});
