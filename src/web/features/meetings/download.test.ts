import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      fileNameFrom(`attachment; filename="_rsag.pdf"; filename*=UTF-8''%C3%A5rsag.pdf`, 'x'),
    ).toBe('årsag.pdf');
  });

  it('reads a plain name, quoted or not', () => {
    expect(fileNameFrom('inline; filename="meeting-1.ics"', 'x')).toBe('meeting-1.ics');
    expect(fileNameFrom('attachment; filename=referat.docx', 'x')).toBe('referat.docx');
  });

  it('falls back when there is no header', () => {
    expect(fileNameFrom(null, 'referat.pdf')).toBe('referat.pdf');
  });
});
