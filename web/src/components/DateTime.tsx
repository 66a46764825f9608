// A moment, written the way the current language writes dates; the ISO value stays machine-readable.
import { useTranslation } from 'react-i18next';

export function formatMoment(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
}

export function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatMoment(value, i18n.language)}</time>;
}
