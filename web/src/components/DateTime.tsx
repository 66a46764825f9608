// A moment, written the way the current language writes dates; the ISO value stays machine-readable.
import { useTranslation } from 'react-i18next';

export function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  const text = Number.isNaN(date.getTime()) ? value : date.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
  return <time dateTime={value}>{text}</time>;
}
