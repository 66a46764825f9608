// A part of a workspace that a later module fills: it says what it will hold, and shows no data.
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../i18n/fr';

export function LaterModule({ title, holds, module }: { title: string; holds: string; module: keyof Messages['modules'] }) {
  const { t } = useTranslation();
  return (
    <section className="panel later-module" data-testid="later-module">
      <h3>{title}</h3>
      <p>{holds}</p>
      <p className="later-note">{t('workspace.later', { module: t(`modules.${module}`) })}</p>
    </section>
  );
}
