// The filters of the audit trail: applied together when the form is sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FILTERS, type AuditFilterValues, type Person } from './audit-scope';

export function AuditFilters({ people, onApply }: { people: Person[]; onApply(filters: AuditFilterValues): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTERS);
  const set = (key: keyof AuditFilterValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(NO_FILTERS);
    onApply(NO_FILTERS);
  };

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="audit-filters">
      <h2 id="audit-filters">{t('audit.filters')}</h2>
      <div className="filter-fields">
        <label>
          {t('audit.action')}
          <input name="action" value={values.action} onChange={set('action')} placeholder={t('audit.actionPlaceholder')} />
        </label>
        <label>
          {t('audit.actor')}
          <select name="actorUserId" value={values.actorUserId} onChange={set('actorUserId')}>
            <option value="">{t('audit.anyActor')}</option>
            {people.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.targetType')}
          <input name="targetType" value={values.targetType} onChange={set('targetType')} placeholder={t('audit.targetTypePlaceholder')} />
        </label>
        <label>
          {t('audit.from')}
          <input name="from" type="datetime-local" value={values.from} onChange={set('from')} />
        </label>
        <label>
          {t('audit.to')}
          <input name="to" type="datetime-local" value={values.to} onChange={set('to')} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit">{t('audit.apply')}</button>
        <button type="button" className="secondary" onClick={clear}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
