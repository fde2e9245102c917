/** A risk tier as a badge: its word and its colour (low green, medium amber, high red). */
import type { ReactElement } from 'react';
import type { Tier } from '../../../../shared/model';
import { Badge } from '../../../components/Badge';
import { TIER_LABEL, TIER_TONE } from './labels';

export function TierBadge({ tier, size, suffix = '' }: { tier: Tier; size?: 'md' | 'lg'; suffix?: string }): ReactElement {
  return <Badge tone={TIER_TONE[tier]} icon={null} size={size}>{TIER_LABEL[tier]}{suffix}</Badge>;
}
