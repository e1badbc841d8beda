import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { AttachmentStore } from '@safeguard/concerns';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { Phase, PracticeEntry, PracticeKind, PracticeVisibility } from '@safeguard/practice';

/** A one-page PDF with a line of text, the demo's lesson plan. */
const LESSON_PLAN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj ' +
    '4 0 obj<</Length 60>>stream\nBT /F1 18 Tf 72 760 Td (Year 9 lesson: spotting online grooming) Tj ET\nendstream endobj ' +
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

interface DemoEntry {
  author: string;
  schoolUrn?: number;
  kind?: PracticeKind;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  phases: Phase[];
  schoolTypes: SchoolTypeGroup[];
  visibility: PracticeVisibility;
  network?: string;
  anonymous?: boolean;
  featured?: boolean;
  endorsedBy?: string[];
  attachment?: boolean;
}

const ENTRIES: DemoEntry[] = [
  {
    author: 'head2@demo.test', schoolUrn: 990002, anonymous: true, visibility: PracticeVisibility.EVERYONE, attachment: true, featured: true,
    title: 'Teaching Year 9 to recognise online radicalisation',
    summary: 'A four-lesson unit on how extremist groups recruit online, co-taught with the local Prevent officer.',
    body: '## What we did\n\nFour PSHE lessons on **online radicalisation**, using real (anonymised) examples of grooming tactics.\n\n- Lesson 1: how algorithms narrow what you see\n- Lesson 2: recruitment tactics\n- Lesson 3: where to get help\n- Lesson 4: presentations to parents\n\n## What worked\n\nInviting parents to the final lesson: attendance was high and questions were frank.',
    tags: ['online-radicalisation', 'pshe', 'parental-engagement'], phases: [Phase.SECONDARY], schoolTypes: [SchoolTypeGroup.ACADEMY, SchoolTypeGroup.MAINTAINED],
    endorsedBy: ['head1@demo.test', 'dsl1@demo.test'],
  },
  {
    author: 'head1@demo.test', schoolUrn: 990001, visibility: PracticeVisibility.LOCAL_AUTHORITY,
    title: 'Explaining relationships education to worried parents',
    summary: 'Open mornings showing parents every resource before relationships education lessons, which defused a petition.',
    body: 'We held three open mornings where parents could see **every** resource used in relationships education.\n\nA petition against the lessons was withdrawn after the second.',
    tags: ['relationships-education', 'parental-engagement', 'curriculum-design'], phases: [Phase.PRIMARY], schoolTypes: [SchoolTypeGroup.MAINTAINED],
    endorsedBy: ['head2@demo.test'],
  },
  {
    author: 'dsl1@demo.test', schoolUrn: 990001, visibility: PracticeVisibility.NETWORK, network: 'Birmingham DSL forum',
    title: 'A Prevent risk assessment template for primary schools',
    summary: 'Our one-page risk assessment on the four themes of the Prevent duty, reviewed termly with governors.',
    body: 'The template covers *risk assessment*, *working in partnership*, *staff training* and *online safety policies*.',
    tags: ['risk-assessment', 'governance'], phases: [Phase.PRIMARY], schoolTypes: [SchoolTypeGroup.MAINTAINED, SchoolTypeGroup.ACADEMY],
  },
  {
    author: 'officer@demo.test', kind: PracticeKind.GUIDANCE, visibility: PracticeVisibility.LOCAL_AUTHORITY, featured: true,
    title: 'Birmingham guidance: the four themes of the Prevent duty',
    summary: 'What the council expects of every school on risk assessment, partnership, staff training and online safety.',
    body: '## Risk assessment\n\nAssess the risk of pupils being drawn into terrorism, in your local context.\n\n## Staff training\n\nYour DSL holds Prevent awareness training at least; see [the Prevent duty guidance](https://www.gov.uk/government/publications/prevent-duty-guidance).',
    tags: ['risk-assessment', 'staff-training', 'working-in-partnership', 'online-safety-policy'],
    phases: [Phase.PRIMARY, Phase.SECONDARY], schoolTypes: Object.values(SchoolTypeGroup),
  },
];

/** Practice entries (one anonymous, one for a network, one with a lesson plan attached) and the council's guidance. */
export async function seedPracticeDemo(manager: EntityManager, store: AttachmentStore): Promise<number> {
  const idOf = async (sql: string, value: string | number) => ((await manager.query(sql, [value]))[0]?.id as string | undefined) ?? null;
  const [{ id: birmingham }] = await manager.query("SELECT id FROM local_authorities WHERE code = '330'");
  for (const e of ENTRIES) {
    const authorId = (await idOf('SELECT id FROM users WHERE email = $1', e.author))!;
    const entry = await manager.save(
      manager.create(PracticeEntry, {
        kind: e.kind ?? PracticeKind.PRACTICE, title: e.title, summary: e.summary, body: e.body, tags: e.tags, phases: e.phases,
        schoolTypes: e.schoolTypes, visibility: e.visibility, anonymous: Boolean(e.anonymous), authorId, localAuthorityId: birmingham,
        authorSchoolId: e.schoolUrn ? await idOf('SELECT id FROM schools WHERE urn = $1', e.schoolUrn) : null,
        networkId: e.network ? await idOf('SELECT id FROM networks WHERE name = $1', e.network) : null,
        endorsementCount: e.endorsedBy?.length ?? 0, featuredAt: e.featured ? new Date() : null, featuredById: null, withdrawnAt: null,
      }),
    );
    for (const email of e.endorsedBy ?? []) {
      await manager.query('INSERT INTO practice_endorsements (entry_id, user_id, note) VALUES ($1, $2, $3)', [
        entry.id, await idOf('SELECT id FROM users WHERE email = $1', email), 'Used it this term.',
      ]);
    }
    if (e.attachment) {
      const stored = await store.write(Readable.from([LESSON_PLAN_PDF]), LESSON_PLAN_PDF.length);
      await manager.query(
        `INSERT INTO practice_attachments (entry_id, file_name, media_type, byte_size, sha256, storage_key, uploaded_by_id)
         VALUES ($1, 'year-9-online-radicalisation-lesson-plan.pdf', 'application/pdf', $2, $3, $4, $5)`,
        [entry.id, stored.byteSize, stored.sha256, stored.key, authorId],
      );
    }
  }
  return ENTRIES.length;
}
