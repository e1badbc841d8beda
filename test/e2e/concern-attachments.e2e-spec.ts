import { londonToday } from '@safeguard/calendar';
import { startTestApp, TestApp } from '../support/test-app';

const MAX_BYTES = 64 * 1024;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

describe('attachments to concerns', () => {
  let t: TestApp;
  let tokens: Record<'dsl' | 'head2' | 'officer' | 'hmi' | 'admin' | 'bradford', string>;
  let draftId: string;

  beforeAll(async () => {
    t = await startTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    tokens = {
      dsl: await t.login('dsl1@demo.test'),
      head2: await t.login('head2@demo.test'),
      officer: await t.login('officer@demo.test'),
      hmi: await t.login('hmi@demo.test'),
      admin: await t.login('admin@demo.test'),
      bradford: await t.login('officer.bradford@demo.test'),
    };
    const saved = await t.gql<{ saveConcernDraft: { id: string } }>(
      'mutation($input: SaveConcernDraftInput!) { saveConcernDraft(input: $input) { id } }',
      {
        input: {
          child: { legalFirstName: 'Attach', legalLastName: 'Ment', dateOfBirth: '2015-01-01', sex: 'FEMALE' },
          categories: ['PHYSICAL_ABUSE'],
          account: 'Photographed bruising on her forearm, with her consent.',
          occurredOn: londonToday(),
          actionTaken: 'Body map completed.',
          childOrFamilyTold: true,
        },
      },
      tokens.dsl,
    );
    draftId = saved.data!.saveConcernDraft.id;
  });
  afterAll(() => t.close());

  const upload = (body: Buffer, fileName: string, token?: string, type = 'application/octet-stream', concernId = draftId) =>
    fetch(`${t.url}/concerns/${concernId}/attachments?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const download = (id: string, token: string) => fetch(`${t.url}/concern-attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });

  it('stores a PDF outside the row and streams it back only to those allowed to read the concern', async () => {
    const response = await upload(PDF, 'body map.pdf', tokens.dsl, 'application/pdf');
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { id: string; mediaType: string; byteSize: number };
    expect(receipt).toMatchObject({ mediaType: 'application/pdf', byteSize: PDF.length });
    const [row] = await t.db.query<Record<string, unknown>>('SELECT * FROM concern_attachments WHERE id = $1', [receipt.id]);
    expect(Object.values(row).some((v) => Buffer.isBuffer(v))).toBe(false);

    // A draft is its author's alone; once submitted, the school, the council and HMI may read it.
    expect((await download(receipt.id, tokens.officer)).status).toBe(404);
    await t.gql('mutation($id: ID!) { submitConcern(input: { concernId: $id }) { id } }', { id: draftId }, tokens.dsl);
    for (const reader of [tokens.dsl, tokens.officer, tokens.hmi]) {
      const file = await download(receipt.id, reader);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''body%20map.pdf");
      expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect((await download(receipt.id, tokens.head2)).status).toBe(404);
    expect((await download(receipt.id, tokens.bradford)).status).toBe(404);
    expect((await download(receipt.id, tokens.admin)).status).toBe(403);

    // After submission an attachment is an addition: the council may add, HMI may not.
    expect((await upload(PNG, 'photo.png', tokens.officer, 'image/png')).status).toBe(201);
    expect((await upload(PNG, 'photo.png', tokens.hmi, 'image/png')).status).toBe(403);
    const listed = await t.gql<{ concern: { attachments: Array<{ mediaType: string; addedAfterSubmission: boolean; downloadPath: string }> } }>(
      'query($id: ID!) { concern(id: $id) { attachments { mediaType addedAfterSubmission downloadPath } } }', { id: draftId }, tokens.hmi,
    );
    expect(listed.data!.concern.attachments.map((a) => [a.mediaType, a.addedAfterSubmission])).toEqual([
      ['application/pdf', false],
      ['image/png', true],
    ]);
    const [{ n }] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE action = 'concerns.attach'");
    expect(n).toBe(2);
  });

  it('refuses an oversized file, and one whose content is not what its name or type says, keeping nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM concern_attachments');
    const oversized = await upload(Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]), 'big.pdf', tokens.dsl, 'application/pdf');
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_REFUSED' });

    const refusals: Array<[Buffer, string, string]> = [
      [PNG, 'report.pdf', 'application/pdf'], // a picture dressed as a PDF
      [Buffer.from('MZ\x90\x00 this is a Windows program'), 'photo.png', 'image/png'], // a program named as a picture
      [Buffer.from('<html><script>alert(1)</script></html>'), 'note.pdf', 'application/pdf'],
      [Buffer.from('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF'), 'form.pdf', 'application/pdf'],
    ];
    for (const [body, name, type] of refusals) {
      const response = await upload(body, name, tokens.dsl, type);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_REFUSED' });
    }
    expect((await upload(PDF, 'x.pdf')).status).toBe(401);
    expect((await upload(PDF, 'x.pdf', tokens.dsl, 'application/pdf', 'not-a-uuid')).status).toBe(400);
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM concern_attachments');
    expect(after[0].n).toBe(before[0].n);
  });
});
