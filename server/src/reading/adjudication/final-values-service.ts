// The project's final values for the core-lab manager and the auditor, as JSON or a CSV table (an
// export on the audit trail). Subjects whose processing is not allowed are left out.
import type { Kysely } from 'kysely';
import type { ActionContext } from '../../access/actor.ts';
import type { AuditService } from '../../audit/audit-service.ts';
import type { Database } from '../../db/schema.ts';
import { measurementRow as csvRow } from './csv-row.ts';
import type { AdjudicationStore } from './adjudication-store.ts';
import { parsed } from './adjudication-store.ts';
import type { FieldProvenance } from './final-values.ts';
import type { FieldValue, FormDefinition } from './form-types.ts';

export interface FinalValueRow {
  examId: string;
  studyInstanceUID: string;
  subjectCode: string;
  formVersion: number;
  values: Record<string, FieldValue>;
  provenance: Record<string, FieldProvenance>;
  adjudicationTaskId: string | null;
  definedAt: string;
  digest: string;
}

export class FinalValuesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
    private readonly store: AdjudicationStore,
  ) {}

  async list(projectId: string): Promise<FinalValueRow[]> {
    const rows = await this.store.finalValues(this.db, projectId);
    return rows.map((r) => ({
      examId: r.exam_id,
      studyInstanceUID: r.study_instance_uid,
      subjectCode: r.subject_code,
      formVersion: r.form_version,
      values: parsed<Record<string, FieldValue>>(r.values),
      provenance: parsed<Record<string, FieldProvenance>>(r.provenance),
      adjudicationTaskId: r.adjudication_task_id,
      definedAt: new Date(r.defined_at).toISOString(),
      digest: r.digest,
    }));
  }

  /** The CSV table: one row per exam, a value and a source column per field of the forms used. */
  async csv(ctx: ActionContext, projectId: string): Promise<string> {
    const rows = await this.list(projectId);
    const forms = await this.store.formsOfProject(this.db, projectId);
    const keys = [...new Set(forms.flatMap((f) => parsed<FormDefinition>(f.definition).fields.map((field) => field.key)))];
    let out = csvRow(['studyInstanceUID', 'subjectCode', 'formVersion', 'definedAt', 'digest', 'adjudicationTaskId', ...keys.flatMap((k) => [k, `${k}.source`])]);
    for (const r of rows) {
      const cells = keys.flatMap((k) => {
        const v = r.values[k];
        return [Array.isArray(v) ? v.join(';') : v, r.provenance[k]?.source];
      });
      out += csvRow([r.studyInstanceUID, r.subjectCode, r.formVersion, r.definedAt, r.digest, r.adjudicationTaskId, ...cells]);
    }
    await this.db.transaction().execute((trx) =>
      this.audit.record(trx, ctx, { action: 'reading.final-values-exported', targetType: 'project', targetId: projectId, projectId, details: { format: 'csv', exams: rows.length } }),
    );
    return out;
  }
}
