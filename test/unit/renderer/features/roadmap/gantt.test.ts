import { describe, expect, it } from 'vitest';
import { arrangementOf } from '../../../../../renderer/features/roadmap/common/derive';
import { arrowPath, BAR_H, PHASE_H, ROW_H, rowPlaces, weekTicks, weekWidth } from '../../../../../renderer/features/roadmap/gantt/geometry';
import { moveInArrangement, phaseOfTarget } from '../../../../../renderer/features/roadmap/gantt/useArrangementDrag';
import { template } from '../../helpers';

const arrangement = () => arrangementOf(template('support-triage').roadmap);

describe('the Gantt’s geometry', () => {
  it('puts each row under its phase band, keeping a row for an empty phase to drop into', () => {
    const a = { ...arrangement(), 'pilot-hardening': [] };
    const { places, height } = rowPlaces(a);
    expect(places.get('r-logging')).toEqual({ top: PHASE_H, mid: PHASE_H + ROW_H / 2 });
    expect(places.get('r-triage-live')!.top).toBe(PHASE_H * 3 + ROW_H * 4);
    expect(height).toBe(PHASE_H * 4 + ROW_H * 3 + ROW_H + ROW_H * 2 + ROW_H * 2);
  });

  it('never makes a week too narrow to grab a bar’s end', () => {
    expect(weekWidth(500)).toBe(16);
    expect(weekWidth(8)).toBe(56);
  });

  it('spaces week ticks so their labels never collide, with dates when there is a start', () => {
    const ticks = weekTicks(40, 18, '2026-11-16');
    expect(ticks[1]!.x - ticks[0]!.x).toBeGreaterThanOrEqual(64);
    expect(ticks[1]).toMatchObject({ week: 4, date: '2026-12-14' });
    expect(weekTicks(8, 56, null)[1]).toEqual({ week: 1, x: 56, date: null });
  });

  it('draws an elbow into the start of a later bar, and drops onto a bar that starts right away', () => {
    expect(arrowPath({ fromEnd: 100, fromMid: 20, toStart: 200, toMid: 64 })).toBe('M100 20H110V64H198');
    expect(arrowPath({ fromEnd: 100, fromMid: 20, toStart: 100, toMid: 64 })).toBe(`M100 20H110V${64 - BAR_H / 2 - 1}`);
  });
});

describe('dragging rows between phases', () => {
  it('finds the phase of an item or of a phase’s drop area', () => {
    expect(phaseOfTarget(arrangement(), 'r-sampling')).toBe('pilot-hardening');
    expect(phaseOfTarget(arrangement(), 'phase:scale')).toBe('scale');
  });

  it('moves an item out of its phase and into another at a position', () => {
    const next = moveInArrangement(arrangement(), 'r-sampling', 'foundation', 1);
    expect(next.foundation).toEqual(['r-logging', 'r-sampling', 'r-dashboard', 'r-privacy']);
    expect(next['pilot-hardening']).toEqual(['r-threshold']);
  });
});
