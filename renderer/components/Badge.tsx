/** Status shown with a colour, an icon and a word: never colour alone (projectors wash colours out). */
import type { ReactElement, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** `stop` is `bad` made unmistakable: filled, with a stop sign, for a triggered kill criterion. */
export type Tone = 'good' | 'warn' | 'bad' | 'stop' | 'info' | 'neutral';

const ICON: Readonly<Record<Tone, IconName | null>> = { good: 'check', warn: 'alert', bad: 'alert', stop: 'stop', info: 'info', neutral: null };

export function Badge({ tone, children, icon, size = 'md' }: { tone: Tone; children: ReactNode; icon?: IconName | null; size?: 'md' | 'lg' }): ReactElement {
  const name = icon === undefined ? ICON[tone] : icon;
  return (
    <span className={`badge badge-${tone}${size === 'lg' ? ' badge-lg' : ''}`}>
      {name && <Icon name={name} size={size === 'lg' ? 20 : 15} />}
      <span>{children}</span>
    </span>
  );
}
