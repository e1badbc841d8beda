import { describe, expect, it, vi } from 'vitest';

vi.mock('../auth/session-store', () => ({ sessionStore: { accessToken: 't', refresh: async () => null } }));

const { bodyFor, fileProblem } = await import('./message-attachments');

describe('message attachments', () => {
  it('accepts a PDF or a picture under the limit', () => {
    expect(fileProblem({ name: 'plan.pdf', size: 2000, type: 'application/pdf' })).toBeNull();
    expect(fileProblem({ name: 'photo.jpg', size: 2000, type: 'image/jpeg' })).toBeNull();
    expect(fileProblem({ name: 'photo.webp', size: 2000, type: '' })).toBeNull();
  });

  it('refuses, in words, a file too big, empty, of another kind, or one too many', () => {
    expect(fileProblem({ name: 'big.pdf', size: 11 * 1024 * 1024, type: 'application/pdf' })).toBe('big.pdf must be smaller than 10 MB');
    expect(fileProblem({ name: 'empty.pdf', size: 0, type: 'application/pdf' })).toBe('empty.pdf is empty');
    expect(fileProblem({ name: 'notes.docx', size: 10, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
      .toBe('notes.docx must be a PDF or an image (PNG, JPEG, GIF or WebP)');
    expect(fileProblem({ name: 'run.exe', size: 10, type: '' })).toMatch(/must be a PDF or an image/);
    expect(fileProblem({ name: 'plan.pdf', size: 10, type: 'application/pdf' }, 10)).toBe('You can attach up to 10 files to one message');
  });

  it('gives a message with files but no words a body naming them', () => {
    expect(bodyFor('  Here it is ', [{ fileName: 'a.pdf' }])).toBe('Here it is');
    expect(bodyFor('', [{ fileName: 'a.pdf' }, { fileName: 'b.png' }])).toBe('Shared a.pdf, b.png');
    expect(bodyFor(' ', [])).toBe('');
  });
});
