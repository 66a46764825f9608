// The organisations taking part in the project, and the part each plays.
import { useTranslation } from 'react-i18next';
import type { ProjectParty } from '../../api/types';

export function PartyList({ parties }: { parties: ProjectParty[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="project-parties">
      <h2 id="project-parties">{t('project.parties')}</h2>
      {parties.length === 0 ? (
        <p>{t('project.partiesEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('project.organisation')}</th>
              <th scope="col">{t('project.part')}</th>
            </tr>
          </thead>
          <tbody>
            {parties.map((party) => (
              <tr key={`${party.organisationId}-${party.part}`}>
                <td>{party.organisationName}</td>
                <td>{t(`parts.${party.part}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
