import { describe, expect, it } from 'vitest';
import { apiFilter, filterParams, readFilters, splitTags, threads } from './practice-filters';
import { fileSize, uploadRefusalText } from './upload-file';

describe('the library’s filters in the address', () => {
  it('reads tags, featured, kind and order, ignoring what is not known', () => {
    const f = readFilters(new URLSearchParams('q=assemblies&tag=british-values&tag=rse&tag=rse&featured=yes&kind=GUIDANCE&sort=BOGUS'));
    expect(f).toEqual({ q: 'assemblies', sort: 'RELEVANCE', tags: ['british-values', 'rse'], featured: true, kind: 'GUIDANCE' });
    expect(readFilters(new URLSearchParams('kind=NOPE')).kind).toBe('');
  });

  it('writes them back, leaving defaults out, so the same address comes back', () => {
    const address = 'q=assemblies&sort=NEWEST&tag=british-values&tag=rse&featured=yes';
    expect(filterParams(readFilters(new URLSearchParams(address))).toString()).toBe(address);
    expect(filterParams(readFilters(new URLSearchParams(''))).toString()).toBe('');
  });

  it('asks the api only for what narrows the list', () => {
    expect(apiFilter(readFilters(new URLSearchParams('q=x')))).toBeUndefined();
    expect(apiFilter(readFilters(new URLSearchParams('tag=rse&featured=yes')))).toEqual({ tags: ['rse'], featured: true });
  });

  it('splits free tags on commas', () => {
    expect(splitTags(' Assemblies, pupil voice ,,')).toEqual(['Assemblies', 'pupil voice']);
  });
});

describe('questions and answers', () => {
  it('puts each answer under its question', () => {
    const list = threads([
      { id: 'c', kind: 'COMMENT' as const, parentId: null },
      { id: 'q', kind: 'QUESTION' as const, parentId: null },
      { id: 'a', kind: 'ANSWER' as const, parentId: 'q' },
    ]);
    expect(list.map((t) => t.comment.id)).toEqual(['c', 'q']);
    expect(list[1].answers.map((a) => a.id)).toEqual(['a']);
  });
});

describe('files', () => {
  it('gives sizes in words', () => {
    expect(fileSize(1)).toBe('1 byte');
    expect(fileSize(900)).toBe('900 bytes');
    expect(fileSize(12_000)).toBe('12 KB');
    expect(fileSize(3_500_000)).toBe('3.3 MB');
  });

  it('prefers the api’s words for a refused upload', () => {
    expect(uploadRefusalText(400, 'Attach a PDF')).toBe('Attach a PDF');
    expect(uploadRefusalText(413, undefined)).toBe('The file is too big');
  });
});
