import { zipOf } from '../../../../test/support/office-zip';
import { detectOfficeDocument } from './office-document';

describe('Office documents', () => {
  it('knows a Word document, a workbook and a presentation by their parts', () => {
    expect(detectOfficeDocument(zipOf(['[Content_Types].xml', 'word/document.xml']))?.mediaType).toContain('wordprocessingml');
    expect(detectOfficeDocument(zipOf(['[Content_Types].xml', 'xl/workbook.xml']))?.mediaType).toContain('spreadsheetml');
    expect(detectOfficeDocument(zipOf(['[Content_Types].xml', 'ppt/presentation.xml']))?.mediaType).toContain('presentationml');
  });

  it('flags macros and ActiveX, and refuses ZIPs that are not Office documents', () => {
    expect(detectOfficeDocument(zipOf(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']))?.activeContent).toBe(true);
    expect(detectOfficeDocument(zipOf(['[Content_Types].xml', 'word/document.xml', 'word/activeX/activeX1.xml']))?.activeContent).toBe(true);
    expect(detectOfficeDocument(zipOf(['readme.txt', 'payload.exe']))).toBeNull();
    expect(detectOfficeDocument(Buffer.from('PK\u0003\u0004 not really a zip at all, just bytes'))).toBeNull();
  });
});
