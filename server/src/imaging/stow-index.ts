// The index side of STOW-RS: instances whose blobs are durable become study, series and instance
// rows plus one audit event per request batch. Batches handed over while a transaction runs wait
// and then commit together in the next one (group commit): concurrent requests share the
// transaction's fixed costs (statements per study and series, commit and WAL flush) instead of
// paying them once each. A group that fails is retried one batch at a time, so an error reaches
// only the request it belongs to.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { AuditService } from '../audit/audit-service.ts';
import type { Database } from '../db/schema.ts';
import { num, str, type ParsedDicom } from './dicom-reader.ts';
import { pick, SERIES_TAGS, STUDY_TAGS } from './dicom-tags.ts';

export interface IndexEntry {
  subject: { id: string; code: string; centre_id: string };
  sha256: string;
  size: number;
  sopClassUID: string;
  sopInstanceUID: string;
  studyInstanceUID: string;
  seriesInstanceUID: string;
  /** What the index keeps of the instance, taken when it was read (see indexedFields). */
  fields: IndexedFields;
}

/**
 * The index's columns for an instance, and for its study and series when it may be the one that
 * creates them: strings and numbers only, so that a batch waiting for its commit holds a few values
 * per instance instead of its whole parsed data set (which would outlive the young generation and
 * cost the garbage collector much more).
 */
export interface IndexedFields {
  transferSyntaxUID: string;
  instanceNumber: number | null;
  rows: number | null;
  columns: number | null;
  numberOfFrames: number | null;
  modality: string | null;
  pixelData: string | null;
  bulkData: string;
  metadata: string;
  study?: { date: string | null; time: string | null; description: string | null; accessionNumber: string | null; studyId: string | null; attributes: string } | undefined;
  series?: { number: number | null; description: string | null; bodyPart: string | null; attributes: string } | undefined;
}

/** The index fields of a parsed instance; `study`/`series` when it is the first of its study/series the caller hands over. */
export function indexedFields(parsed: ParsedDicom, firstOf: { study: boolean; series: boolean }): IndexedFields {
  const ds = parsed.dataset;
  const modality = str(ds['00080060']) ?? null;
  return {
    transferSyntaxUID: parsed.transferSyntaxUID,
    instanceNumber: num(ds['00200013']) ?? null,
    rows: num(ds['00280010']) ?? null,
    columns: num(ds['00280011']) ?? null,
    numberOfFrames: num(ds['00280008']) ?? null,
    modality,
    pixelData: parsed.pixelData ? JSON.stringify(parsed.pixelData) : null,
    bulkData: JSON.stringify(parsed.bulkData),
    metadata: JSON.stringify(ds),
    study: firstOf.study
      ? { date: str(ds['00080020']) ?? null, time: str(ds['00080030']) ?? null, description: str(ds['00081030']) ?? null, accessionNumber: str(ds['00080050']) ?? null, studyId: str(ds['00200010']) ?? null, attributes: JSON.stringify(pick(ds, STUDY_TAGS)) }
      : undefined,
    series: firstOf.series ? { number: num(ds['00200011']) ?? null, description: str(ds['0008103E']) ?? null, bodyPart: str(ds['00180015']) ?? null, attributes: JSON.stringify(pick(ds, SERIES_TAGS)) } : undefined,
  };
}

/**
 * What became of an entry: indexed now; already indexed with the same content (a duplicate) or
 * other content (a conflict); or refused because its study is stored for another subject.
 */
export type IndexOutcome = 'stored' | 'duplicate' | 'conflict' | 'study-of-another-subject';

interface Job {
  ctx: ActionContext;
  projectId: string;
  entries: IndexEntry[];
  resolve(outcomes: IndexOutcome[]): void;
  reject(error: unknown): void;
}

/** Instances at most in one group transaction (each batch on its own may be larger). */
const MAX_GROUP_INSTANCES = 256;
/** Rows per INSERT statement (17 parameters each, far below PostgreSQL's 65,535). */
const INSERT_CHUNK = 250;

export class StowIndex {
  private queue: Job[] = [];
  private draining = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  /** Indexes the entries (their blobs already durable); resolves once their transaction has committed. */
  write(ctx: ActionContext, projectId: string, entries: IndexEntry[]): Promise<IndexOutcome[]> {
    if (entries.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ ctx, projectId, entries, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        let count = 0;
        let taken = 0;
        while (taken < this.queue.length && (taken === 0 || count + this.queue[taken]!.entries.length <= MAX_GROUP_INSTANCES)) count += this.queue[taken++]!.entries.length;
        const group = this.queue.splice(0, taken);
        try {
          const outcomes = await this.commit(group);
          group.forEach((job, i) => job.resolve(outcomes[i]!));
        } catch (error) {
          if (group.length === 1) group[0]!.reject(error);
          else for (const job of group) await this.commit([job]).then((outcomes) => job.resolve(outcomes[0]!), job.reject);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /** One transaction for the group: studies, series, instances, counts, one audit event per job. */
  private commit(group: Job[]): Promise<IndexOutcome[][]> {
    return this.db.transaction().execute(async (trx) => {
      const outcomes = group.map((job) => job.entries.map((): IndexOutcome => 'stored'));
      const studies = await upsertStudies(trx, group);
      const rows: Array<{ job: number; index: number; entry: IndexEntry; study: StudyRow }> = [];
      group.forEach((job, j) =>
        job.entries.forEach((entry, index) => {
          const study = studies.get(key(job.projectId, entry.studyInstanceUID))!;
          if (study.subjectId !== entry.subject.id) outcomes[j]![index] = 'study-of-another-subject';
          else rows.push({ job: j, index, entry, study });
        }),
      );
      const series = await upsertSeries(trx, rows.map((r) => ({ projectId: group[r.job]!.projectId, entry: r.entry, study: r.study })));

      const inserted = new Set<string>();
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const values = rows.slice(i, i + INSERT_CHUNK).map((r) => instanceRow(group[r.job]!.projectId, series.get(key(group[r.job]!.projectId, r.entry.seriesInstanceUID))!.id, r.entry));
        const done = await trx.insertInto('instance').values(values).onConflict((oc) => oc.columns(['project_id', 'sop_instance_uid']).doNothing()).returning(['project_id', 'sop_instance_uid']).execute();
        for (const d of done) inserted.add(key(d.project_id, d.sop_instance_uid));
      }
      // Rows not inserted are indexed already (by an earlier request, by another one since, or twice in this group).
      const already = await storedBlobs(trx, rows.filter((r) => !inserted.has(key(group[r.job]!.projectId, r.entry.sopInstanceUID))).map((r) => ({ projectId: group[r.job]!.projectId, sopInstanceUID: r.entry.sopInstanceUID })));
      const perJob = group.map(() => ({ instances: 0, bytes: 0, studies: new Set<string>() }));
      // The first row with a key is the one inserted; a later one in the group is its duplicate or conflict.
      const claimed = new Map<string, string>();
      for (const r of rows) {
        const projectId = group[r.job]!.projectId;
        const k = key(projectId, r.entry.sopInstanceUID);
        const earlier = claimed.get(k) ?? (inserted.has(k) ? undefined : already.get(k));
        if (earlier !== undefined || !inserted.has(k)) {
          outcomes[r.job]![r.index] = earlier === r.entry.sha256 ? 'duplicate' : 'conflict';
          continue;
        }
        claimed.set(k, r.entry.sha256);
        r.study.instances++;
        if (r.entry.fields.modality) r.study.modalities.add(r.entry.fields.modality);
        series.get(key(projectId, r.entry.seriesInstanceUID))!.instances++;
        perJob[r.job]!.instances++;
        perJob[r.job]!.bytes += r.entry.size;
        perJob[r.job]!.studies.add(r.entry.studyInstanceUID);
      }
      await updateCounts(trx, [...studies.values()], [...series.values()]);
      for (const [j, job] of group.entries()) {
        await this.audit.record(trx, job.ctx, {
          action: 'imaging.instances-stored',
          targetType: 'study',
          targetId: null,
          projectId: job.projectId,
          details: { instances: perJob[j]!.instances, studyInstanceUIDs: [...perJob[j]!.studies], bytes: perJob[j]!.bytes },
        });
      }
      return outcomes;
    });
  }
}

const key = (projectId: string, uid: string) => `${projectId} ${uid}`;

interface StudyRow {
  id: string;
  subjectId: string;
  instances: number;
  newSeries: number;
  modalities: Set<string>;
}

interface SeriesRow {
  id: string;
  instances: number;
}

/**
 * Each study of the group, created from the first instance handed over with its attributes when new:
 * one statement per project (an INSERT … ON CONFLICT DO NOTHING whose new rows are returned with the
 * rows already there, which the statement's snapshot shows without the new ones).
 */
async function upsertStudies(trx: Kysely<Database>, group: Job[]): Promise<Map<string, StudyRow>> {
  const projects = new Map<string, { uids: Set<string>; firsts: Map<string, IndexEntry> }>();
  for (const job of group) {
    let p = projects.get(job.projectId);
    if (!p) projects.set(job.projectId, (p = { uids: new Set(), firsts: new Map() }));
    for (const entry of job.entries) {
      p.uids.add(entry.studyInstanceUID);
      if (entry.fields.study && !p.firsts.has(entry.studyInstanceUID)) p.firsts.set(entry.studyInstanceUID, entry);
    }
  }
  const studies = new Map<string, StudyRow>();
  for (const [projectId, { uids, firsts }] of projects) {
    const existing = trx.selectFrom('study').select(['id', 'subject_id', 'study_instance_uid']).where('project_id', '=', projectId).where('study_instance_uid', 'in', [...uids]);
    const values = [...firsts.values()].map((entry) => {
      const study = entry.fields.study!;
      return {
        id: randomUUID(),
        project_id: projectId,
        subject_id: entry.subject.id,
        centre_id: entry.subject.centre_id,
        study_instance_uid: entry.studyInstanceUID,
        patient_id: entry.subject.code,
        study_date: study.date,
        study_time: study.time,
        study_description: study.description,
        accession_number: study.accessionNumber,
        study_id: study.studyId,
        modalities_in_study: [],
        attributes: study.attributes,
      };
    });
    const found =
      values.length === 0
        ? await existing.execute()
        : await trx
            .with('created', (db) => db.insertInto('study').values(values).onConflict((oc) => oc.columns(['project_id', 'study_instance_uid']).doNothing()).returning(['id', 'subject_id', 'study_instance_uid']))
            .selectFrom('created')
            .select(['id', 'subject_id', 'study_instance_uid'])
            .unionAll(existing)
            .execute();
    for (const s of found) studies.set(key(projectId, s.study_instance_uid), { id: s.id, subjectId: s.subject_id, instances: 0, newSeries: 0, modalities: new Set() });
    for (const uid of uids) if (!studies.has(key(projectId, uid))) throw new Error(`study ${uid} is neither stored nor handed over with its attributes`);
  }
  return studies;
}

/** Each series of the rows, created when new (counted on its study): one statement per project, as for studies. */
async function upsertSeries(trx: Kysely<Database>, rows: Array<{ projectId: string; entry: IndexEntry; study: StudyRow }>): Promise<Map<string, SeriesRow>> {
  const projects = new Map<string, { uids: Set<string>; firsts: Map<string, { entry: IndexEntry; study: StudyRow }> }>();
  for (const r of rows) {
    let p = projects.get(r.projectId);
    if (!p) projects.set(r.projectId, (p = { uids: new Set(), firsts: new Map() }));
    p.uids.add(r.entry.seriesInstanceUID);
    if (r.entry.fields.series && !p.firsts.has(r.entry.seriesInstanceUID)) p.firsts.set(r.entry.seriesInstanceUID, r);
  }
  const series = new Map<string, SeriesRow>();
  for (const [projectId, { uids, firsts }] of projects) {
    const existing = trx
      .selectFrom('series')
      .select(['id', 'series_instance_uid', sql<boolean>`false`.as('created')])
      .where('project_id', '=', projectId)
      .where('series_instance_uid', 'in', [...uids]);
    const values = [...firsts.values()].map(({ entry, study }) => {
      const fields = entry.fields.series!;
      return {
        id: randomUUID(),
        project_id: projectId,
        study_id: study.id,
        study_instance_uid: entry.studyInstanceUID,
        series_instance_uid: entry.seriesInstanceUID,
        modality: entry.fields.modality,
        series_number: fields.number,
        series_description: fields.description,
        body_part_examined: fields.bodyPart,
        attributes: fields.attributes,
      };
    });
    const found =
      values.length === 0
        ? await existing.execute()
        : await trx
            .with('created', (db) => db.insertInto('series').values(values).onConflict((oc) => oc.columns(['project_id', 'series_instance_uid']).doNothing()).returning(['id', 'series_instance_uid']))
            .selectFrom('created')
            .select(['id', 'series_instance_uid', sql<boolean>`true`.as('created')])
            .unionAll(existing)
            .execute();
    for (const s of found) {
      series.set(key(projectId, s.series_instance_uid), { id: s.id, instances: 0 });
      if (s.created) firsts.get(s.series_instance_uid)!.study.newSeries++;
    }
    for (const uid of uids) if (!series.has(key(projectId, uid))) throw new Error(`series ${uid} is neither stored nor handed over with its attributes`);
  }
  return series;
}

/** The blob each already indexed instance names, to tell a duplicate from a conflict. */
async function storedBlobs(trx: Kysely<Database>, wanted: Array<{ projectId: string; sopInstanceUID: string }>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const [projectId, uids] of byProject(wanted.map((w) => ({ projectId: w.projectId, uid: w.sopInstanceUID })))) {
    for (let i = 0; i < uids.length; i += INSERT_CHUNK) {
      const rows = await trx.selectFrom('instance').select(['sop_instance_uid', 'blob_sha256']).where('project_id', '=', projectId).where('sop_instance_uid', 'in', uids.slice(i, i + INSERT_CHUNK)).execute();
      for (const r of rows) found.set(key(projectId, r.sop_instance_uid), r.blob_sha256);
    }
  }
  return found;
}

/** The instance and series counts and modalities of the series and studies touched, in one statement. */
async function updateCounts(trx: Kysely<Database>, studies: StudyRow[], series: SeriesRow[]): Promise<void> {
  // Rows are updated in id order, so two transactions touching the same rows cannot deadlock.
  const seriesChanged = series.filter((s) => s.instances > 0).sort((a, b) => (a.id < b.id ? -1 : 1));
  const studiesChanged = studies.filter((s) => s.instances > 0 || s.newSeries > 0).sort((a, b) => (a.id < b.id ? -1 : 1));
  const seriesUpdate = sql`update series set number_of_instances = series.number_of_instances + v.n
      from (values ${sql.join(seriesChanged.map((s) => sql`(${s.id}::uuid, ${s.instances}::int)`))}) as v(id, n) where series.id = v.id`;
  const studyUpdate = sql`update study set number_of_instances = study.number_of_instances + v.n, number_of_series = study.number_of_series + v.s,
        modalities_in_study = array(select distinct m from unnest(study.modalities_in_study || v.modalities) as m order by m)
      from (values ${sql.join(studiesChanged.map((s) => sql`(${s.id}::uuid, ${s.instances}::int, ${s.newSeries}::int, ${[...s.modalities]}::text[])`))}) as v(id, n, s, modalities)
      where study.id = v.id`;
  if (seriesChanged.length > 0 && studiesChanged.length > 0) await sql`with series_counted as (${seriesUpdate}) ${studyUpdate}`.execute(trx);
  else if (seriesChanged.length > 0) await seriesUpdate.execute(trx);
  else if (studiesChanged.length > 0) await studyUpdate.execute(trx);
}

function byProject(items: Array<{ projectId: string; uid: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { projectId, uid } of items) {
    const list = out.get(projectId);
    if (list) list.push(uid);
    else out.set(projectId, [uid]);
  }
  return out;
}

function instanceRow(projectId: string, seriesId: string, entry: IndexEntry) {
  const { fields } = entry;
  return {
    id: randomUUID(),
    project_id: projectId,
    series_id: seriesId,
    study_instance_uid: entry.studyInstanceUID,
    series_instance_uid: entry.seriesInstanceUID,
    sop_instance_uid: entry.sopInstanceUID,
    sop_class_uid: entry.sopClassUID,
    instance_number: fields.instanceNumber,
    transfer_syntax_uid: fields.transferSyntaxUID,
    rows: fields.rows,
    columns: fields.columns,
    number_of_frames: fields.numberOfFrames,
    blob_sha256: entry.sha256,
    size: entry.size,
    pixel_data: fields.pixelData,
    bulk_data: fields.bulkData,
    metadata: fields.metadata,
  };
}
