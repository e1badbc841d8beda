import { EntityManager } from 'typeorm';
import { londonToday } from '@safeguard/calendar';
import {
  CurriculumArea, PressureActionKind, PressureCampaignsService, PressureCategory, PressureDelegatesService, PressureNotices,
  PressureReport, PressureReportingService, PressureWorkflowService,
} from '@safeguard/pressure';
import { Actor } from '@safeguard/policy';
import { demoActor } from './demo-actor';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoReport {
  by: Actor;
  daysAgo: number;
  category: PressureCategory;
  curriculumArea?: CurriculumArea;
  account: string;
  location: string;
  involved: string;
  links?: string[];
  harm?: string;
  harmToPupils?: boolean;
  policeReference?: string;
  /** Shared anonymously, with this summary. */
  shared?: string;
}

export interface PressureDemoServices {
  reporting: PressureReportingService;
  workflow: PressureWorkflowService;
  campaigns: PressureCampaignsService;
  delegates: PressureDelegatesService;
  notices: PressureNotices;
}

/**
 * Reports of intimidation and pressure at every stage, through the services (times relative to
 * `now`): Birmingham's submitted and overdue for acknowledgement, acknowledged, in progress with
 * actions, and resolved; two from different schools linked into one campaign against RSE lessons;
 * some shared anonymously; one from a delegate (Saltley Park's governance clerk, named by its
 * headteacher); and one in Bradford. Everyone concerned is notified in the portal, not by e-mail
 * (the steps are days old). Returns how many reports it wrote.
 */
export async function seedPressureDemo(manager: EntityManager, services: PressureDemoServices, now = new Date()): Promise<number> {
  const [head1, head2, head3, clerk2, officer, laManager] = await Promise.all(
    ['head1@demo.test', 'head2@demo.test', 'head3@demo.test', 'clerk2@demo.test', 'officer@demo.test', 'manager@demo.test'].map((e) =>
      demoActor(manager, e, 'pressure'),
    ),
  );
  services.notices.inPortalOnly(manager);
  await services.delegates.nameIn(manager, head2, { userId: clerk2.userId! });

  const at = (daysAgo: number, hoursAfter = 0) => new Date(now.getTime() - daysAgo * DAY + hoursAfter * HOUR);
  const report = (r: DemoReport): Promise<PressureReport> =>
    services.reporting.reportIn(
      manager,
      r.by,
      {
        category: r.category,
        curriculumArea: r.curriculumArea ?? null,
        account: r.account,
        occurredOn: londonToday(at(r.daysAgo, -3)),
        location: r.location,
        involved: r.involved,
        links: r.links ?? [],
        harmToStaff: Boolean(r.harm) && !r.harmToPupils,
        harmToPupils: Boolean(r.harmToPupils),
        harmDescription: r.harm ?? null,
        policeTold: Boolean(r.policeReference),
        policeReference: r.policeReference ?? null,
        shareAnonymously: Boolean(r.shared),
        shareableSummary: r.shared ?? null,
      },
      at(r.daysAgo),
    );
  const act = (r: PressureReport, by: Actor, daysAgo: number, kind: PressureActionKind, note: string) =>
    services.workflow.recordActionIn(manager, by, { reportId: r.id, kind, takenOn: londonToday(at(daysAgo)), note }, at(daysAgo));

  // In progress, shared, and part of the campaign.
  const leaflets = await report({
    by: head1, daysAgo: 12, category: PressureCategory.ORGANISED_CAMPAIGN_OR_PROTEST, curriculumArea: CurriculumArea.RSE,
    account: 'A group of about fifteen adults handed out leaflets at the gate at home time saying our RSE lessons sexualise children, and urged parents to withdraw them. Two staff were filmed without consent.',
    location: 'The main gate at home time', involved: 'A group calling itself "Parents for Childhood", some of them not parents at the school',
    links: ['https://www.facebook.com/groups/example-parents-for-childhood/posts/1001'],
    shared: 'Leafleting at the gate against RSE lessons by a group including people from outside the school; staff filmed.',
  });
  await services.workflow.acknowledgeIn(manager, officer, { reportId: leaflets.id, note: 'Olu Officer will call you today; the police schools officer has been told.' }, at(12, 4));
  await act(leaflets, officer, 11, PressureActionKind.LETTER, 'Letter to all parents from the council supporting the school’s RSE policy and the statutory guidance.');
  await act(leaflets, laManager, 9, PressureActionKind.MEETING_WITH_PARENTS, 'Meeting with parents’ representatives and the headteacher; the curriculum materials were shown.');

  // Acknowledged, shared, and part of the campaign.
  const posts = await report({
    by: head2, daysAgo: 10, category: PressureCategory.SOCIAL_MEDIA_POSTS, curriculumArea: CurriculumArea.RSE,
    account: 'The same video about "RSE indoctrination" was posted in our parents’ WhatsApp groups and on Facebook, naming our head of PSHE and calling her a danger to children.',
    location: 'Online: parents’ WhatsApp groups and a public Facebook page', involved: 'The same "Parents for Childhood" page; several accounts sharing it',
    links: ['https://www.facebook.com/example-parents-for-childhood/videos/2002'],
    harm: 'The head of PSHE is anxious about coming to work and has been signed off for a week.',
    shared: 'A video against RSE shared in parents’ groups, naming a member of staff; the teacher is off work.',
  });
  await services.workflow.acknowledgeIn(manager, laManager, { reportId: posts.id }, at(9));

  // Submitted nine days ago and never acknowledged: overdue, and the worker escalates it.
  await report({
    by: head1, daysAgo: 9, category: PressureCategory.INTIMIDATION_OF_STAFF,
    account: 'A parent followed our deputy head to her car shouting that she would "pay" for teaching about different families, and waited outside the school the next morning.',
    location: 'The staff car park', involved: 'One parent of a Year 4 pupil', policeReference: 'WM-20250114-0347',
    harm: 'The deputy head was frightened; she now leaves with a colleague.',
  });

  // Reported by a delegate (the governance clerk) and resolved.
  const governors = await report({
    by: clerk2, daysAgo: 40, category: PressureCategory.GOVERNOR_PRESSURE, curriculumArea: CurriculumArea.EQUALITY,
    account: 'Two governors were lobbied to remove the equality unit from Year 9 and told they would be voted off at the next election if they did not.',
    location: 'Calls and messages to governors at home', involved: 'A local community organisation and two of its members',
  });
  await services.workflow.acknowledgeIn(manager, officer, { reportId: governors.id }, at(40, 5));
  await act(governors, officer, 38, PressureActionKind.VISIT, 'Visited the chair of governors and the headteacher; governance training on the equality duty offered.');
  await act(governors, laManager, 35, PressureActionKind.STAFF_SUPPORT, 'Governor support service briefed the whole board on their duties and on how to respond to lobbying.');
  await services.workflow.resolveIn(
    manager, laManager,
    { reportId: governors.id, outcomeSummary: 'The board confirmed the curriculum unanimously; no further contact from the group. Closed with the school’s agreement.' },
    at(20),
  );

  // Just submitted.
  await report({
    by: head2, daysAgo: 0.1, category: PressureCategory.STAFFING_PRESSURE,
    account: 'A petition circulating among parents demands that we dismiss a newly appointed teacher because of her private life.',
    location: 'A petition website and the school gate', involved: 'Unknown organisers; shared by several parents',
    links: ['https://www.change.org/p/example-petition'],
  });
  // Bradford: a threat, shared anonymously.
  await report({
    by: head3, daysAgo: 0.2, category: PressureCategory.THREAT_TO_A_PERSON, curriculumArea: CurriculumArea.PSHE,
    account: 'An anonymous letter threatened the PSHE lead with violence if "the lessons" continue. The police have it.',
    location: 'A letter posted to the school', involved: 'Unknown', policeReference: 'WY-13/555012/25',
    harm: 'The PSHE lead has been offered support and works from the other site this week.',
    shared: 'An anonymous letter threatening a PSHE teacher with violence; police investigating.',
  });

  await services.campaigns.createIn(manager, officer, {
    name: 'Organised campaign against RSE lessons',
    description: 'The same group and the same video, spread through leaflets at school gates and parents’ social media groups, urging withdrawal from RSE.',
    reportIds: [leaflets.id, posts.id],
  });
  return 6;
}
