import { describe, expect, it } from 'vitest';
import { fileProblem, formatSize } from './upload';

describe('attachment checks before upload', () => {
  it('accepts the allowed types within the size limit', () => {
    expect(fileProblem({ name: 'Notat.DOCX', size: 2000 })).toBeNull();
    expect(fileProblem({ name: 'bilag.pdf', size: 15 * 1024 * 1024 })).toBeNull();
  });

  it('refuses other types, empty files and files over 15 MB', () => {
    expect(fileProblem({ name: 'virus.exe', size: 10 })).toEqual({ code: 'typeNotAllowed' });
    expect(fileProblem({ name: 'uden-endelse', size: 10 })).toEqual({ code: 'typeNotAllowed' });
    expect(fileProblem({ name: 'tom.txt', size: 0 })).toEqual({ code: 'empty' });
    expect(fileProblem({ name: 'stor.pdf', size: 15 * 1024 * 1024 + 1 })).toEqual({
      code: 'tooLarge',
      maxMb: 15,
    });
  });

  it('writes sizes in the language', () => {
    expect(formatSize(1536 * 1024, 'da-DK')).toBe('1,5 MB');
    expect(formatSize(300, 'da-DK')).toBe('1 kB');
  });
});
