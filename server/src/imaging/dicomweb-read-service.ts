// QIDO-RS and WADO-RS reads of the index, within what the caller may see (a data manager: their
// centre's subjects; a reviewer: never their own centre's exams), blinded for readers and
// adjudicators, with one audit event per request in the same transaction as the read.
import { sql, type RawBuilder } from 'kysely';
import type { ActionContext } from '../access/actor.ts';
import type { ProjectRole } from '../access/roles.ts';
import type { AuditService } from '../audit/audit-service.ts';
import { prepared } from '../db/prepared.ts';
import { notFound } from '../platform/domain-error.ts';
import { processingAllowed } from '../subjects/consent-gate.ts';
import { blindDicomJson, BLINDED_MATCHING_KEYS } from './blinding.ts';
import type { DicomJson, PixelDataRef, BulkDataRef } from './dicom-reader.ts';
import { INSTANCE_DEFAULT, pick, tagOf, SERIES_DEFAULT, sortedByTag, STUDY_DEFAULT } from './dicom-tags.ts';
import type { ImagingConfig } from './imaging-config.ts';
import { parseQuery, type Condition, type Level, type ParsedQuery } from './qido.ts';

export interface ReadScope {
  /** Only the studies of this centre (a data manager's own). */
  centreOnly?: string | undefined;
  /** Never the studies of this centre (a reviewer's own). */
  excludeCentre?: string | undefined;
  blinded: boolean;
}

export function readScope(ctx: ActionContext, roles: readonly ProjectRole[]): ReadScope {
  const org = ctx.actor?.organisationId ?? '00000000-0000-0000-0000-000000000000';
  const blinded = !roles.some((r) => r === 'core_lab_manager' || r === 'qc_reviewer' || r === 'centre_data_manager');
  if (roles.includes('core_lab_manager')) return { blinded };
  const reviewer = roles.some((r) => r === 'qc_reviewer' || r === 'reader' || r === 'adjudicator');
  const dataManager = roles.includes('centre_data_manager');
  if (reviewer && dataManager) return { blinded };
  return reviewer ? { excludeCentre: org, blinded } : { centreOnly: org, blinded };
}

export interface InstanceRow {
  study_instance_uid: string;
  series_instance_uid: string;
  sop_instance_uid: string;
  sop_class_uid: string;
  transfer_syntax_uid: string;
  blob_sha256: string;
  size: string;
  pixel_data: string | null;
  bulk_data: string;
  metadata: string;
  rows: number | null;
  columns: number | null;
  number_of_frames: number | null;
  instance_number: number | null;
}

export interface QueryAnswer {
  results: DicomJson[];
  ignored: string[];
}

function fragment(c: Condition): RawBuilder<unknown> {
  const parts = c.sql.split('?');
  return sql(Object.assign([...parts], { raw: parts }) as unknown as TemplateStringsArray, ...c.params);
}

/** The consent register's gate: a subject whose processing is not (or no longer) allowed is invisible to every read. */
const processable = sql`exists (select 1 from subject sj where sj.id = st.subject_id and ${processingAllowed('sj')})`;

function scopeConditions(scope: ReadScope): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [processable];
  if (scope.centreOnly) out.push(sql`st.centre_id = ${scope.centreOnly}`);
  if (scope.excludeCentre) out.push(sql`st.centre_id <> ${scope.excludeCentre}`);
  return out;
}

const where = (items: RawBuilder<unknown>[]) => (items.length === 0 ? sql`true` : sql.join(items, sql` and `));

export class DicomwebReadService {
  constructor(
    private readonly audit: AuditService,
    private readonly config: ImagingConfig,
  ) {}

  parse(query: Record<string, string | string[] | undefined>, level: Level, scope: ReadScope): ParsedQuery {
    return parseQuery(query, level, this.config.qidoMaxLimit, scope.blinded ? BLINDED_MATCHING_KEYS : new Set());
  }

  async search(ctx: ActionContext, projectId: string, level: Level, query: ParsedQuery, scope: ReadScope, base: string, within: { study?: string; series?: string }): Promise<QueryAnswer> {
    const conds = [sql`st.project_id = ${projectId}`, ...scopeConditions(scope), ...query.conditions.map(fragment)];
    if (within.study) conds.push(sql`st.study_instance_uid = ${within.study}`);
    if (within.series) conds.push(sql`se.series_instance_uid = ${within.series}`);
    const audited = <R>(source: RawBuilder<unknown>, order: RawBuilder<unknown>) =>
      this.audit.recordRead<R>(
        ctx,
        { action: 'imaging.queried', targetType: level, projectId, details: { level, keys: query.conditions.map((c) => c.keyword), blinded: scope.blinded } },
        { source, select: sql`select * from source order by ${order}`, computed: { results: sql<number>`(select count(*) from source)` } },
      );
    let results: DicomJson[];
    if (level === 'study') {
      const rows = await audited<{ study_instance_uid: string; attributes: string; modalities_in_study: string[]; number_of_series: number; number_of_instances: number; study_date: string | null }>(
        sql`select st.study_instance_uid, st.attributes, st.modalities_in_study, st.number_of_series, st.number_of_instances, st.study_date
          from study st where ${where(conds)}
          order by st.study_date desc nulls last, st.study_instance_uid limit ${query.limit} offset ${query.offset}`,
        sql`study_date desc nulls last, study_instance_uid`,
      );
      results = rows.map((r) => {
        const ds = JSON.parse(r.attributes) as DicomJson;
        ds['00080056'] = { vr: 'CS', Value: ['ONLINE'] };
        ds['00080061'] = { vr: 'CS', Value: r.modalities_in_study };
        ds['00201206'] = { vr: 'IS', Value: [r.number_of_series] };
        ds['00201208'] = { vr: 'IS', Value: [r.number_of_instances] };
        ds['00081190'] = { vr: 'UR', Value: [`${base}/studies/${r.study_instance_uid}`] };
        return this.shape(ds, STUDY_DEFAULT, query, scope);
      });
    } else if (level === 'series') {
      const rows = await audited<{ study_instance_uid: string; series_instance_uid: string; attributes: string; number_of_instances: number; series_number: number | null }>(
        sql`select se.study_instance_uid, se.series_instance_uid, se.attributes, se.number_of_instances, se.series_number
          from series se join study st on st.id = se.study_id where ${where(conds)}
          order by se.study_instance_uid, se.series_number nulls last, se.series_instance_uid limit ${query.limit} offset ${query.offset}`,
        sql`study_instance_uid, series_number nulls last, series_instance_uid`,
      );
      results = rows.map((r) => {
        const ds = JSON.parse(r.attributes) as DicomJson;
        ds['0020000D'] = { vr: 'UI', Value: [r.study_instance_uid] };
        ds['00080056'] = { vr: 'CS', Value: ['ONLINE'] };
        ds['00201209'] = { vr: 'IS', Value: [r.number_of_instances] };
        ds['00081190'] = { vr: 'UR', Value: [`${base}/studies/${r.study_instance_uid}/series/${r.series_instance_uid}`] };
        return this.shape(ds, SERIES_DEFAULT, query, scope);
      });
    } else {
      const rows = await audited<{ study_instance_uid: string; series_instance_uid: string; sop_instance_uid: string; metadata: string; instance_number: number | null }>(
        sql`select i.study_instance_uid, i.series_instance_uid, i.sop_instance_uid, i.metadata, i.instance_number
          from instance i join series se on se.id = i.series_id join study st on st.id = se.study_id where ${where(conds)}
          order by i.series_instance_uid, i.instance_number nulls last, i.sop_instance_uid limit ${query.limit} offset ${query.offset}`,
        sql`series_instance_uid, instance_number nulls last, sop_instance_uid`,
      );
      results = rows.map((r) => {
        const ds = JSON.parse(r.metadata) as DicomJson;
        ds['00080056'] = { vr: 'CS', Value: ['ONLINE'] };
        ds['00081190'] = { vr: 'UR', Value: [`${base}/studies/${r.study_instance_uid}/series/${r.series_instance_uid}/instances/${r.sop_instance_uid}`] };
        for (const [tag, element] of Object.entries(ds)) if (element.BulkDataURI) delete ds[tag];
        return this.shape(ds, INSTANCE_DEFAULT, query, scope);
      });
    }
    return { results, ignored: query.ignored };
  }

  private shape(ds: DicomJson, defaults: string[], query: ParsedQuery, scope: ReadScope): DicomJson {
    let out: DicomJson = query.includeFields === 'all' ? ds : (pick(ds, [...defaults, ...query.includeFields, ...query.conditions.map((c) => tagOf(c.keyword)!)]) as DicomJson);
    if (scope.blinded) out = blindDicomJson(out);
    return sortedByTag(out);
  }

  /**
   * The instances a retrieval names, within the caller's scope, read together with the retrieval's
   * audit event in one statement (recorded only when something was found). With `filesOnly`, the
   * index's metadata, bulk data and pixel data columns are not read (a retrieval of files needs only
   * where they are): those fields are then null, '[]' and '{}'.
   */
  async instances(ctx: ActionContext, projectId: string, scope: ReadScope, target: { study: string; series?: string | undefined; instance?: string | undefined }, action: string, filesOnly = false): Promise<InstanceRow[]> {
    const conds = [sql`st.project_id = ${projectId}`, sql`st.study_instance_uid = ${target.study}`, ...scopeConditions(scope)];
    if (target.series) conds.push(sql`i.series_instance_uid = ${target.series}`);
    if (target.instance) conds.push(sql`i.sop_instance_uid = ${target.instance}`);
    const heavy = filesOnly ? sql`null as pixel_data, '[]' as bulk_data, '{}' as metadata` : sql`i.pixel_data, i.bulk_data, i.metadata`;
    const rows = await this.audit.recordRead<InstanceRow>(
      ctx,
      {
        action,
        targetType: target.instance ? 'instance' : target.series ? 'series' : 'study',
        targetId: target.instance ?? target.series ?? target.study,
        projectId,
        details: { blinded: scope.blinded },
      },
      {
        // A retrieval's statement has a few shapes only (scope and level): prepared once per connection.
        source: sql`select ${prepared} i.study_instance_uid, i.series_instance_uid, i.sop_instance_uid, i.sop_class_uid, i.transfer_syntax_uid, i.blob_sha256, i.size,
               ${heavy}, i.rows, i.columns, i.number_of_frames, i.instance_number
          from instance i join series se on se.id = i.series_id join study st on st.id = se.study_id where ${where(conds)}`,
        select: sql`select * from source order by series_instance_uid, instance_number nulls last, sop_instance_uid`,
        when: sql<boolean>`exists (select 1 from source)`,
        computed: { instances: sql<number>`(select count(*) from source)` },
      },
    );
    if (rows.length === 0) throw notFound('dicomweb.not-found', `no ${target.instance ? 'instance' : target.series ? 'series' : 'study'} with this UID is visible to you in the project`);
    return rows;
  }
}

export function metadataOf(row: InstanceRow, base: string, blinded: boolean): string {
  const url = `${base}/studies/${row.study_instance_uid}/series/${row.series_instance_uid}/instances/${row.sop_instance_uid}/bulkdata/`;
  const text = row.metadata.replace(/"BulkDataURI":"([0-9A-F.]+)"/g, (_m, path: string) => `"BulkDataURI":"${url}${path}"`);
  return blinded ? JSON.stringify(blindDicomJson(JSON.parse(text) as DicomJson)) : text;
}

export const pixelDataOf = (row: InstanceRow): PixelDataRef | undefined => (row.pixel_data ? (JSON.parse(row.pixel_data) as PixelDataRef) : undefined);
export const bulkDataOf = (row: InstanceRow): BulkDataRef[] => JSON.parse(row.bulk_data) as BulkDataRef[];
