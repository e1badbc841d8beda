import { cleanGiasFileName, giasUploadRefusal } from './gias-upload';

const HEADER = 'URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name)\n';

describe('GIAS upload checks', () => {
  it('accepts a GIAS header, with or without a byte-order mark and quotes', () => {
    expect(giasUploadRefusal('edubasealldata20260101.csv', Buffer.from(`${HEADER}100000,330,Birmingham,A School,Academy,Open\n`))).toBeNull();
    expect(giasUploadRefusal('x.CSV', Buffer.from(`\ufeff"URN","LA (code)","EstablishmentName","EstablishmentStatus (name)"\n`))).toBeNull();
  });

  it('refuses another file name, an empty file, binary data and a CSV without the GIAS columns', () => {
    expect(giasUploadRefusal('schools.xlsx', Buffer.from(HEADER))).toMatch(/\.csv file/);
    expect(giasUploadRefusal('a.csv', Buffer.alloc(0))).toBe('The file is empty');
    expect(giasUploadRefusal('a.csv', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toMatch(/binary/);
    expect(giasUploadRefusal('a.csv', Buffer.from('Name,Postcode\nA,B\n'))).toMatch(/no “URN”, “EstablishmentName”/);
  });

  it('keeps only the last part of a path and drops control characters', () => {
    expect(cleanGiasFileName('C:\\Users\\me\\edubase\u0007.csv')).toBe('edubase.csv');
    expect(cleanGiasFileName('../../etc/x.csv')).toBe('x.csv');
  });
});
