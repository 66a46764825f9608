// The form and design versions a read was made with, as adjudication needs them.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { parsed } from './adjudication-store.ts';
import type { AdjudicationRule, FormDefinition } from './form-types.ts';

export interface DesignForAdjudication {
  mode: 'single' | 'double';
  adjudicationRules: AdjudicationRule[];
}

export class ReadingDefinitions {
  async form(db: Kysely<Database>, formVersionId: string): Promise<{ id: string; version: number; definition: FormDefinition }> {
    const row = await db.selectFrom('reading_form_version').select(['id', 'version', 'definition']).where('id', '=', formVersionId).executeTakeFirstOrThrow();
    return { id: row.id, version: row.version, definition: parsed<FormDefinition>(row.definition) };
  }

  async design(db: Kysely<Database>, designVersionId: string): Promise<DesignForAdjudication> {
    const row = await db.selectFrom('reading_design_version').select('definition').where('id', '=', designVersionId).executeTakeFirstOrThrow();
    return parsed<DesignForAdjudication>(row.definition);
  }
}
