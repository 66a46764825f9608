// The AHA 17-segment bull's-eye as a clickable SVG: basal ring outside (1–6), mid (7–12), apical
// (13–16), apex (17) in the centre; anterior at the top, septum on the left, as the AHA draws it.
// Each segment is a button for the keyboard too (Enter or Space toggles it).
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AHA_SEGMENTS, toggleSegment } from './form-logic';

const CENTRE = 100;
const RADII = { basal: [72, 96], mid: [48, 72], apical: [24, 48], apex: [0, 24] } as const;

/** Where each segment starts (degrees, counter-clockwise from the patient's left, y up) and its span. */
function arcOf(segment: number): { start: number; span: number } {
  if (segment <= 12) return { start: 60 + ((segment - 1) % 6) * 60, span: 60 };
  if (segment <= 16) return { start: 45 + (segment - 13) * 90, span: 90 };
  return { start: 0, span: 360 };
}

const point = (radius: number, degrees: number): string => {
  const radians = (degrees * Math.PI) / 180;
  return `${(CENTRE + radius * Math.cos(radians)).toFixed(2)} ${(CENTRE - radius * Math.sin(radians)).toFixed(2)}`;
};

function pathOf(inner: number, outer: number, start: number, span: number): string {
  const end = start + span;
  // SVG arcs sweep clockwise on screen with flag 0 when the angle grows (y is down).
  return [`M ${point(outer, start)}`, `A ${outer} ${outer} 0 0 0 ${point(outer, end)}`, `L ${point(inner, end)}`, `A ${inner} ${inner} 0 0 1 ${point(inner, start)}`, 'Z'].join(' ');
}

function labelAt(inner: number, outer: number, start: number, span: number): [number, number] {
  const middle = ((start + span / 2) * Math.PI) / 180;
  const radius = (inner + outer) / 2;
  return [CENTRE + radius * Math.cos(middle), CENTRE - radius * Math.sin(middle)];
}

export function SegmentMap({ value, onChange, readOnly = false, testId, highlighted = [] }: { value: readonly number[]; onChange?: (segments: number[]) => void; readOnly?: boolean; testId?: string; highlighted?: readonly number[] }) {
  const { t } = useTranslation();
  const toggle = (segment: number) => {
    if (!readOnly && onChange) onChange(toggleSegment(value, segment));
  };
  const onKey = (event: KeyboardEvent, segment: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(segment);
    }
  };
  return (
    <svg viewBox="0 0 200 200" className="segment-map" role="group" aria-label={t('reading.segments.map')} data-testid={testId} data-selected={value.join(',')}>
      {AHA_SEGMENTS.map(({ segment, ring }) => {
        const [inner, outer] = RADII[ring];
        const { start, span } = arcOf(segment);
        const selected = value.includes(segment);
        const [x, y] = segment === 17 ? [CENTRE, CENTRE] : labelAt(inner, outer, start, span);
        const name = t(`reading.segments.names.s${segment}` as 'reading.segments.names.s1');
        return (
          <g
            key={segment}
            className={`segment${selected ? ' selected' : ''}${highlighted.includes(segment) ? ' highlighted' : ''}`}
            role={readOnly ? 'img' : 'checkbox'}
            aria-checked={readOnly ? undefined : selected}
            aria-label={`${segment} — ${name}`}
            tabIndex={readOnly ? undefined : 0}
            data-segment={segment}
            onClick={() => toggle(segment)}
            onKeyDown={(e) => onKey(e, segment)}
          >
            <title>{`${segment} — ${name}`}</title>
            {segment === 17 ? <circle cx={CENTRE} cy={CENTRE} r={outer} /> : <path d={pathOf(inner, outer, start, span)} />}
            <text x={x} y={y} textAnchor="middle" dominantBaseline="central">{segment}</text>
          </g>
        );
      })}
    </svg>
  );
}
