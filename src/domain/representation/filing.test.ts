import { describe, expect, it } from 'vitest';
import { ctxFor, okValue, rejection } from '../../../test/factories.ts';
import { fileDocument } from './filing.ts';

const document = { documentId: 'doc-1', sha256: 'c'.repeat(64), mediaType: 'image/png', sizeBytes: 10 };
const input = { id: 'f-1', caseId: 'case-1', kind: 'evidence', title: ' Photo of injuries ', document };

describe('filing a document', () => {
  it('records the document on the case with an event', () => {
    const filed = okValue(fileDocument(input, ctxFor('counsel', 'counsel-1')));
    expect(filed.state).toMatchObject({
      counselId: 'counsel-1',
      kind: 'evidence',
      title: 'Photo of injuries',
    });
    expect(filed.events).toEqual([
      {
        type: 'filing.filed',
        caseId: 'case-1',
        payload: {
          filingId: 'f-1',
          counselId: 'counsel-1',
          kind: 'evidence',
          title: 'Photo of injuries',
          sha256: 'c'.repeat(64),
          mediaType: 'image/png',
          sizeBytes: 10,
        },
      },
    ]);
  });

  it('refuses an unknown kind, a blank or overlong title, and anyone but counsel', () => {
    const counsel = ctxFor('counsel');
    expect(rejection(fileDocument({ ...input, kind: 'gift' }, counsel)).details).toEqual({ field: 'kind' });
    expect(rejection(fileDocument({ ...input, title: ' ' }, counsel)).details).toEqual({ field: 'title' });
    expect(rejection(fileDocument({ ...input, title: 'x'.repeat(201) }, counsel)).details).toEqual({
      field: 'title',
    });
    expect(rejection(fileDocument(input, ctxFor('court'))).code).toBe('FORBIDDEN');
  });
});
