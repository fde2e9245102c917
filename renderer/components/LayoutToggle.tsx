/**
 * A button that shows or hides one part of the window (sidebar, inspector, toolbars): its
 * shortcut in the tooltip and in aria-keyshortcuts, an icon of the panel it moves.
 */
import type { ReactElement } from 'react';
import { Icon } from './Icon';

export type LayoutToggleIcon = 'panelLeft' | 'panelRight' | 'panelTop';

interface LayoutToggleProps {
  readonly part: string;
  readonly icon: LayoutToggleIcon;
  readonly label: string;
  readonly shortcut: string;
  readonly ariaKeys: string;
  readonly onClick: () => void;
  readonly className?: string;
}

export function LayoutToggle({ part, icon, label, shortcut, ariaKeys, onClick, className }: LayoutToggleProps): ReactElement {
  return (
    <button
      type="button"
      className={`btn btn-ghost btn-icon layout-toggle${className ? ` ${className}` : ''}`}
      aria-label={label}
      aria-keyshortcuts={ariaKeys}
      data-layout-toggle={part}
      title={`${label} (${shortcut})`}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
