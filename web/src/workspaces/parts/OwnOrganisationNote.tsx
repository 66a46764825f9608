// One sentence on what the person's own organisation means for this role, shown only when the
// organisation takes part in the project in the matching part.
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, ProjectPart } from '../../api/types';
import { useSession } from '../../session/session';

const NOTES = {
  ownCentre: 'centre',
  centreOwn: 'centre',
  statisticsUnit: 'statistics_unit',
} as const satisfies Record<string, ProjectPart>;

export function OwnOrganisationNote({ project, note }: { project: ProjectDetail; note: keyof typeof NOTES }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const takesPart = project.parties.some((p) => p.organisationId === user.organisationId && p.part === NOTES[note]);
  if (!user.organisationName || !takesPart) return null;
  return <p className="note">{t(`workspace.${note}`, { organisation: user.organisationName })}</p>;
}
