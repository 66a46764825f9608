// One sentence on what the person's own organisation means for this role, from the project's rules.
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../i18n/fr';
import { useSession } from '../../session/session';

type NoteKey = keyof Pick<Messages['workspace'], 'ownCentre' | 'statisticsUnit' | 'centreOwn'>;

export function OwnOrganisationNote({ note }: { note: NoteKey }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.organisationName) return null;
  return <p className="note">{t(`workspace.${note}`, { organisation: user.organisationName })}</p>;
}
