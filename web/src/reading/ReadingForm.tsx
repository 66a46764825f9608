// The reading form drawn from its definition: numbers with their unit and range, categories, the
// AHA bull's-eye, free text; fields asked only under a `when` condition appear with it; computed
// fields show the server's value; a field the contours' volumetry fills offers that value to apply.
// The server's validation errors are shown on their field.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, isAsked, isComputed, localText, parseNumberInput, volumetryProposal } from './form-logic';
import { SegmentMap } from './SegmentMap';
import type { CategoryField, FieldValue, FormField, NumberField, ReadingFormDefinition, ReadValues, TextField, ValueError, Volumetry } from './reading-types';

export interface ReadingFormProps {
  definition: ReadingFormDefinition;
  values: ReadValues;
  onChange?: (key: string, value: FieldValue | undefined) => void;
  errors?: readonly ValueError[];
  volumetry?: Volumetry | null;
  computed?: ReadValues;
  bodySurfaceAreaM2?: number | null;
  readOnly?: boolean;
}

export function ReadingForm({ definition, values, onChange, errors = [], volumetry, computed = {}, bodySurfaceAreaM2, readOnly = false }: ReadingFormProps) {
  const { t, i18n } = useTranslation();
  const known = new Set(definition.fields.map((f) => f.key));
  const general = errors.filter((e) => !known.has(e.field));
  return (
    <div className="reading-form" data-testid="reading-form">
      <h2>{definition.name}</h2>
      {general.length > 0 && (
        <ul className="field-errors" role="alert" data-testid="form-errors">
          {general.map((e, i) => (
            <li key={i} data-code={e.code}>{e.field ? `${e.field}: ` : ''}{e.message}</li>
          ))}
        </ul>
      )}
      {definition.fields.map((field) => {
        if (!isAsked(field, values)) return null;
        const fieldErrors = errors.filter((e) => e.field === field.key);
        const change = (value: FieldValue | undefined) => onChange?.(field.key, value);
        return (
          <div key={field.key} className={`form-field${fieldErrors.length > 0 ? ' invalid' : ''}`} data-testid={`field-${field.key}`} data-kind={field.kind}>
            <FieldInput field={field} value={values[field.key]} computed={computed[field.key]} onChange={change} volumetry={volumetry} bodySurfaceAreaM2={bodySurfaceAreaM2} readOnly={readOnly} language={i18n.language} />
            {fieldErrors.map((e, i) => (
              <p key={i} className="field-error" role="alert" data-testid={`error-${field.key}`} data-code={e.code}>
                {e.message} <span className="refusal-code">{t('problem.code', { code: e.code })}</span>
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}

interface FieldInputProps {
  field: FormField;
  value: FieldValue | undefined;
  computed: FieldValue | undefined;
  onChange(value: FieldValue | undefined): void;
  volumetry: Volumetry | null | undefined;
  bodySurfaceAreaM2: number | null | undefined;
  readOnly: boolean;
  language: string;
}

function FieldInput(props: FieldInputProps) {
  const { field, language } = props;
  const label = localText(field.label, language);
  switch (field.kind) {
    case 'number':
      return isComputed(field) ? <ComputedNumber {...props} field={field} label={label} /> : <NumberInput {...props} field={field} label={label} />;
    case 'category':
      return <CategoryInput {...props} field={field} label={label} />;
    case 'segments':
      return (
        <fieldset>
          <legend>{label}{field.required && <Required />}</legend>
          <SegmentMap value={Array.isArray(props.value) ? props.value : []} onChange={props.onChange} readOnly={props.readOnly} testId={`segments-${field.key}`} />
        </fieldset>
      );
    case 'text':
      return <TextInput {...props} field={field} label={label} />;
  }
}

function Required() {
  const { t } = useTranslation();
  return <span className="required" title={t('reading.form.required')}> *</span>;
}

function NumberInput({ field, label, value, onChange, volumetry, readOnly, language }: FieldInputProps & { field: NumberField; label: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  // A value set from outside (volumetry applied, draft loaded) replaces what the box shows.
  useEffect(() => {
    if (parseNumberInput(text) !== value) setText(value === undefined ? '' : typeof value === 'number' ? String(value) : String(value));
    // Only a change of the value itself resets the box.
  }, [value]);
  const proposal = volumetryProposal(field, volumetry);
  return (
    <>
      <label htmlFor={`input-${field.key}`}>{label}{field.required && <Required />}</label>
      <div className="number-input">
        <input
          id={`input-${field.key}`}
          inputMode="decimal"
          value={text}
          readOnly={readOnly}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseNumberInput(e.target.value));
          }}
          data-testid={`input-${field.key}`}
          aria-describedby={`range-${field.key}`}
        />
        <span className="unit">{field.unit}</span>
      </div>
      <p className="hint" id={`range-${field.key}`}>
        {t('reading.form.range', { min: formatNumber(field.min, field.decimals, language), max: formatNumber(field.max, field.decimals, language), unit: field.unit })}
      </p>
      {proposal !== undefined && (
        <p className="volumetry-proposal" data-testid={`proposal-${field.key}`} data-value={proposal}>
          {t('reading.form.fromContours', { value: formatNumber(proposal, field.decimals, language), unit: field.unit })}{' '}
          {!readOnly && proposal !== value && (
            <button type="button" className="secondary small" onClick={() => onChange(proposal)} data-testid={`apply-${field.key}`}>{t('reading.form.apply')}</button>
          )}
          {proposal === value && <span className="badge ok">{t('reading.form.applied')}</span>}
        </p>
      )}
    </>
  );
}

function ComputedNumber({ field, label, computed, bodySurfaceAreaM2, language }: FieldInputProps & { field: NumberField & { computed: NonNullable<NumberField['computed']> }; label: string }) {
  const { t } = useTranslation();
  const indexed = field.computed.op === 'indexed';
  return (
    <>
      <span className="label">{label}</span>
      <output className="computed-value" data-testid={`computed-${field.key}`} data-value={typeof computed === 'number' ? computed : ''}>
        {typeof computed === 'number' ? `${formatNumber(computed, field.decimals, language)} ${field.unit}` : '—'}
      </output>
      <p className="hint">
        {t(`reading.form.computed.${field.computed.op}`, { of: field.computed.of.join(', ') })}
        {indexed && (typeof bodySurfaceAreaM2 === 'number' ? ` ${t('reading.form.bsa', { value: formatNumber(bodySurfaceAreaM2, 2, language) })}` : ` ${t('reading.form.bsaUnknown')}`)}
      </p>
    </>
  );
}

function CategoryInput({ field, label, value, onChange, readOnly, language }: FieldInputProps & { field: CategoryField; label: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="category-input">
      <legend>{label}{field.required && <Required />}</legend>
      {field.options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={`category-${field.key}`} value={option.value} checked={value === option.value} disabled={readOnly} onChange={() => onChange(option.value)} data-testid={`option-${field.key}-${option.value}`} />
          {localText(option.label, language)}
        </label>
      ))}
      {!readOnly && value !== undefined && (
        <button type="button" className="secondary small" onClick={() => onChange(undefined)} data-testid={`clear-${field.key}`}>{t('reading.form.clear')}</button>
      )}
    </fieldset>
  );
}

function TextInput({ field, label, value, onChange, readOnly }: FieldInputProps & { field: TextField; label: string }) {
  const { t } = useTranslation();
  const text = typeof value === 'string' ? value : '';
  return (
    <>
      <label htmlFor={`input-${field.key}`}>{label}{field.required && <Required />}</label>
      <textarea id={`input-${field.key}`} value={text} rows={3} readOnly={readOnly} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} data-testid={`input-${field.key}`} />
      <p className={`hint${text.length > field.maxLength ? ' over' : ''}`}>{t('reading.form.characters', { count: text.length, max: field.maxLength })}</p>
    </>
  );
}
