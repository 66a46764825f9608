// The demo: one cardiac MR project with its organisations and one account per role, so that a
// first-time visitor can sign in as each kind of person and see their workspace.
import type { ActionContext } from '../access/actor.ts';
import type { ProjectPart, ProjectRole } from '../access/roles.ts';
import type { Services } from '../platform/services.ts';
import type { ConsentChannel, ConsentEventKind } from '../subjects/consent.ts';
import { CARDIAC_MR_CHECKLIST, CARDIAC_MR_PROTOCOL } from '../qc/cardiac-mr-protocol.ts';
import { CARDIAC_MR_FORM } from '../reading/cardiac-mr-form.ts';
import { DEFAULT_DESIGN } from '../reading/design-definition.ts';

export const DEMO_PROJECT_CODE = 'DEMO-CMR';

interface DemoAccount {
  username: string;
  displayName: string;
  organisation: string;
  role: ProjectRole | 'platform_admin';
}

const ORGANISATIONS: Array<{ name: string; kind: ProjectPart | 'platform'; city: string; part?: ProjectPart }> = [
  { name: 'Corelab Platform', kind: 'platform', city: 'Paris' },
  { name: 'CHU Nord (démo)', kind: 'centre', city: 'Lille', part: 'centre' },
  { name: 'Hôpital Sud (démo)', kind: 'centre', city: 'Marseille', part: 'centre' },
  { name: 'Core lab imagerie cardiaque (démo)', kind: 'core_lab', city: 'Paris', part: 'core_lab' },
  { name: 'Unité de biostatistique (démo)', kind: 'statistics_unit', city: 'Lyon', part: 'statistics_unit' },
  { name: 'Promoteur académique (démo)', kind: 'sponsor', city: 'Paris', part: 'sponsor' },
  { name: 'Comité scientifique SFR-SFC (démo)', kind: 'committee', city: 'Paris', part: 'committee' },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: 'Alice Admin', organisation: 'Corelab Platform', role: 'platform_admin' },
  { username: 'committee', displayName: 'Claire Comité', organisation: 'Comité scientifique SFR-SFC (démo)', role: 'committee_member' },
  { username: 'pi', displayName: 'Pierre Investigateur', organisation: 'Promoteur académique (démo)', role: 'sponsor_pi' },
  { username: 'datamanager', displayName: 'Denise Données', organisation: 'CHU Nord (démo)', role: 'centre_data_manager' },
  { username: 'qc', displayName: 'Quentin Qualité', organisation: 'Core lab imagerie cardiaque (démo)', role: 'qc_reviewer' },
  { username: 'reader1', displayName: 'Rachel Lectrice', organisation: 'Core lab imagerie cardiaque (démo)', role: 'reader' },
  { username: 'reader2', displayName: 'Romain Lecteur', organisation: 'Hôpital Sud (démo)', role: 'reader' },
  { username: 'adjudicator', displayName: 'Adèle Arbitre', organisation: 'Core lab imagerie cardiaque (démo)', role: 'adjudicator' },
  { username: 'manager', displayName: 'Marc Manager', organisation: 'Core lab imagerie cardiaque (démo)', role: 'core_lab_manager' },
  { username: 'statistician', displayName: 'Sophie Statistique', organisation: 'Unité de biostatistique (démo)', role: 'statistician' },
  { username: 'auditor', displayName: 'Olivier Auditeur', organisation: 'Comité scientifique SFR-SFC (démo)', role: 'auditor' },
  { username: 'dpo', displayName: 'Delphine DPO', organisation: 'Promoteur académique (démo)', role: 'dpo' },
];

export interface DemoSeedResult {
  created: boolean;
  projectId: string;
  accounts: Array<{ username: string; role: string }>;
}

export interface DemoSeedOptions {
  /** Register the demo centres' subjects with their consent histories (`corelab demo`; tests start empty). */
  subjects?: boolean;
  /** Set up expert reading: the default form and design, the demo's readers and adjudicator qualified (`corelab demo`). */
  reading?: boolean;
}

/** Creates the demo once; later calls find it and change nothing. */
export async function seedDemo(services: Services, password: string, options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  const ctx: ActionContext = { actor: null, requestId: null, actingRole: 'demo-seed' };
  const accounts = DEMO_ACCOUNTS.map((a) => ({ username: a.username, role: a.role }));
  const existing = await services.db.selectFrom('project').select('id').where('code', '=', DEMO_PROJECT_CODE).executeTakeFirst();
  if (existing) return { created: false, projectId: existing.id, accounts };

  const project = await services.projects.create(ctx, {
    code: DEMO_PROJECT_CODE,
    title: 'Démonstration — IRM cardiaque multicentrique / Multi-centre cardiac MR demo',
    description: 'Demo project: LV volumes, ejection fraction and LGE read by blinded experts across two centres.',
  });
  const organisationIds = new Map<string, string>();
  for (const o of ORGANISATIONS) {
    const found = await services.db.selectFrom('organisation').select('id').where('name', '=', o.name).executeTakeFirst();
    const id = found?.id ?? (await services.organisations.create(ctx, { name: o.name, kind: o.kind, city: o.city })).id;
    organisationIds.set(o.name, id);
    if (o.part) await services.projects.addParty(ctx, project.id, { organisationId: id, part: o.part });
  }
  for (const account of DEMO_ACCOUNTS) {
    const found = await services.users.findByUsername(account.username);
    const user =
      found ??
      (await services.users.create(ctx, {
        username: account.username,
        displayName: account.displayName,
        organisationId: organisationIds.get(account.organisation)!,
        password,
        isPlatformAdmin: account.role === 'platform_admin',
      }));
    if (account.role !== 'platform_admin') {
      await services.memberships.grant(ctx, project.id, { userId: user.id, role: account.role, reason: 'demo set-up' });
    }
  }
  await services.qc.protocols.create(ctx, project.id, { definition: CARDIAC_MR_PROTOCOL, reason: 'demo set-up: the cardiac MR protocol' });
  await services.qc.checklists.create(ctx, project.id, { definition: CARDIAC_MR_CHECKLIST, reason: 'demo set-up: the cardiac MR QC checklist' });
  if (options.subjects) await seedDemoSubjects(services, ctx, project.id, organisationIds);
  if (options.reading) await seedDemoReading(services, ctx, project.id);
  return { created: true, projectId: project.id, accounts };
}

/** The reading set-up a core lab starts with, and its readers' records on that form version. */
async function seedDemoReading(services: Services, ctx: ActionContext, projectId: string): Promise<void> {
  const form = await services.reading.forms.create(ctx, projectId, { definition: CARDIAC_MR_FORM, reason: 'demo set-up: the cardiac MR reading form' });
  await services.reading.designs.create(ctx, projectId, { definition: DEFAULT_DESIGN, reason: 'demo set-up: double blinded reads with adjudication' });
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  for (const username of ['reader1', 'reader2', 'adjudicator']) {
    const user = (await services.users.findByUsername(username))!;
    const common = { formVersion: form.version } as const;
    await services.reading.training.record(ctx, projectId, user.id, { ...common, kind: 'training', completedOn: day(14), outcome: 'completed', evidence: 'Core-lab training on the cardiac MR reading form (2 h, contouring SOP v1)' });
    await services.reading.training.record(ctx, projectId, user.id, { ...common, kind: 'qualification', completedOn: day(7), outcome: 'qualified', evidence: 'Qualification set of 10 cases: LVEF within 5 points of the reference on 10/10' });
  }
}

type DemoEvent = { kind: ConsentEventKind; daysAgo: number; channel?: ConsentChannel };

/** Each consent path a data manager meets: consented, waiting, no objection, objected, withdrawn, unknown. */
const DEMO_SUBJECTS: Array<{ code: string; centre: string; events: DemoEvent[] }> = [
  { code: 'CHUN-0001', centre: 'CHU Nord (démo)', events: [{ kind: 'written-consent', daysAgo: 60 }] },
  { code: 'CHUN-0002', centre: 'CHU Nord (démo)', events: [{ kind: 'information-notice', daysAgo: 45, channel: 'letter' }] },
  { code: 'CHUN-0003', centre: 'CHU Nord (démo)', events: [{ kind: 'information-notice', daysAgo: 10, channel: 'email' }] },
  { code: 'CHUN-0004', centre: 'CHU Nord (démo)', events: [{ kind: 'information-notice', daysAgo: 50, channel: 'letter' }, { kind: 'objection', daysAgo: 5, channel: 'phone' }] },
  { code: 'CHUN-0005', centre: 'CHU Nord (démo)', events: [{ kind: 'written-consent', daysAgo: 90 }, { kind: 'withdrawal', daysAgo: 7, channel: 'registered-letter' }] },
  { code: 'CHUN-0006', centre: 'CHU Nord (démo)', events: [] },
  { code: 'HSUD-0001', centre: 'Hôpital Sud (démo)', events: [{ kind: 'written-consent', daysAgo: 30 }] },
  { code: 'HSUD-0002', centre: 'Hôpital Sud (démo)', events: [{ kind: 'information-notice', daysAgo: 35, channel: 'in-person' }] },
  { code: 'HSUD-0003', centre: 'Hôpital Sud (démo)', events: [{ kind: 'information-notice', daysAgo: 3, channel: 'patient-portal' }] },
  { code: 'HSUD-0004', centre: 'Hôpital Sud (démo)', events: [{ kind: 'information-notice', daysAgo: 40, channel: 'letter' }, { kind: 'written-consent', daysAgo: 20 }] },
];

async function seedDemoSubjects(services: Services, ctx: ActionContext, projectId: string, organisationIds: Map<string, string>): Promise<void> {
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const asEvent = (e: DemoEvent) => ({ kind: e.kind, date: day(e.daysAgo), channel: e.channel ?? null });
  for (const s of DEMO_SUBJECTS) {
    const [first, ...rest] = s.events;
    const subject = await services.subjects.register(ctx, projectId, { code: s.code, centreId: organisationIds.get(s.centre)!, ...(first && { consent: asEvent(first) }) });
    for (const event of rest) await services.subjects.recordEvent(ctx, projectId, subject.id, [], asEvent(event));
  }
}
