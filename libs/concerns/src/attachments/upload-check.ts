import { extname } from 'node:path';
import { AttachmentStore, StoredFile } from './attachment-store';
import { AttachmentMediaType, detectMediaType, EXTENSIONS, pdfStreamHasActiveContent } from './media-type';
import { declaredMediaType } from './upload-names';

/**
 * The type a stored upload's bytes show, if it is a PDF or picture that agrees with its name and
 * declared type and (for a PDF) carries no scripts, actions or embedded files. Each domain says
 * how to refuse and what it accepts.
 */
export async function checkedMediaType(
  store: AttachmentStore,
  stored: StoredFile,
  upload: { fileName: string; declaredType: string | null | undefined },
  refusal: { refuse: (message: string) => Error; notAccepted: string },
): Promise<AttachmentMediaType> {
  const { refuse } = refusal;
  if (stored.byteSize === 0) throw refuse('The file is empty');
  const mediaType = detectMediaType(stored.head);
  if (!mediaType) throw refuse(refusal.notAccepted);
  const declared = declaredMediaType(upload.declaredType);
  if (!EXTENSIONS[mediaType].includes(extname(upload.fileName).toLowerCase()) || (declared !== null && declared !== mediaType)) {
    throw refuse('The file’s content is not what its name or type says');
  }
  if (mediaType === 'application/pdf' && (await pdfStreamHasActiveContent(await store.open(stored.key)))) {
    throw refuse('The PDF contains scripts, actions or embedded files; save or print it as a plain PDF and attach that');
  }
  return mediaType;
}
