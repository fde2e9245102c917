/**
 * The stall arc: proof of concept → enthusiasm → friction → stall, drawn as the curve pilots
 * follow. A radio group underneath does the work (keyboard, screen readers); the dots on the
 * curve are a mouse shortcut to the same choice.
 */
import { useId, type ReactElement } from 'react';
import { PILOT_STAGES, type PilotStage } from '../../shared/model';

const LABEL: Readonly<Record<PilotStage, string>> = {
  'proof-of-concept': 'Proof of concept',
  enthusiasm: 'Enthusiasm',
  friction: 'Friction',
  stall: 'Stall',
};

const NOTE: Readonly<Record<PilotStage, string>> = {
  'proof-of-concept': 'It works in the sandbox.',
  enthusiasm: 'Everyone wants it everywhere.',
  friction: 'Real workflows push back.',
  stall: 'It stops short of production.',
};

// Points on an 800 × 120 canvas, each above the centre of its option's column (the options
// sit in four equal columns below): up to the peak of enthusiasm, then down into the stall.
const POINTS: Readonly<Record<PilotStage, readonly [number, number]>> = {
  'proof-of-concept': [100, 72],
  enthusiasm: [300, 22],
  friction: [500, 58],
  stall: [700, 100],
};

/**
 * A smooth curve through every point (Catmull-Rom as cubic Béziers), flat at the peak so that
 * enthusiasm is the top of the arc and each dot sits exactly on the line.
 */
function curveThrough(points: readonly (readonly [number, number])[], flatAt: number): string {
  const tangent = (i: number): [number, number] => {
    const before = points[Math.max(0, i - 1)]!;
    const after = points[Math.min(points.length - 1, i + 1)]!;
    return [(after[0] - before[0]) / 6, i === flatAt ? 0 : (after[1] - before[1]) / 6];
  };
  let d = `M ${points[0]![0]} ${points[0]![1]}`;
  for (let i = 0; i < points.length - 1; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    const [tx1, ty1] = tangent(i);
    const [tx2, ty2] = tangent(i + 1);
    d += ` C ${x1 + tx1} ${y1 + ty1}, ${x2 - tx2} ${y2 - ty2}, ${x2} ${y2}`;
  }
  return d;
}

const CURVE = curveThrough([[12, 104], ...PILOT_STAGES.map((s) => POINTS[s]), [788, 108]], 2);

export function StallArc({ value, onChange, focusKey }: { value: PilotStage | undefined; onChange: (stage: PilotStage | undefined) => void; focusKey?: string }): ReactElement {
  const name = useId();
  return (
    <fieldset className="stall-arc" data-focus={focusKey}>
      <legend className="field-label">Where the pilot sits on the stall arc</legend>
      <svg viewBox="0 0 800 120" className="stall-arc-svg" aria-hidden="true">
        <path d={CURVE} className="stall-arc-curve" />
        {PILOT_STAGES.map((s) => {
          const [x, y] = POINTS[s];
          return (
            <g key={s} className={`stall-arc-point${s === value ? ' is-current' : ''}`} onClick={() => onChange(s)}>
              <circle cx={x} cy={y} r={22} className="stall-arc-hit" />
              <circle cx={x} cy={y} r={s === value ? 12 : 8} className="stall-arc-dot" />
            </g>
          );
        })}
      </svg>
      <div className="stall-arc-options">
        {PILOT_STAGES.map((s) => (
          <label key={s} className={`stall-arc-option${s === value ? ' is-current' : ''}`}>
            <input type="radio" name={name} value={s} checked={s === value} onChange={() => onChange(s)} />
            <span>
              <span className="stall-arc-name">{LABEL[s]}</span>
              <span className="stall-arc-note">{NOTE[s]}</span>
            </span>
          </label>
        ))}
      </div>
      {value && <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(undefined)}>Clear the position</button>}
    </fieldset>
  );
}
