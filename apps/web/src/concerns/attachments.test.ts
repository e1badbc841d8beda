import { describe, expect, it } from 'vitest';
import { fileProblem, formatSize } from './attachments';

describe('concern attachments', () => {
  it('writes sizes as people read them', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(34 * 1024)).toBe('34 KB');
    expect(formatSize(2.1 * 1024 * 1024)).toBe('2.1 MB');
  });

  it('refuses before sending a file that is not a PDF or picture, or is empty', () => {
    expect(fileProblem({ name: 'note.PDF', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'photo.jpeg', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'macro.docm', size: 10 })).toBe('macro.docm is not a PDF or an image (PNG, JPEG, GIF or WebP)');
    expect(fileProblem({ name: 'blank.png', size: 0 })).toBe('blank.png is empty');
  });
});
