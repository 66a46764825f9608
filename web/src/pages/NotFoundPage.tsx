import { useTranslation } from 'react-i18next';
import { Link } from '../routing/navigation';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to={{ page: 'projects' }}>{t('notFound.home')}</Link>
    </>
  );
}
