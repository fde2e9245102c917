/**
 * Buttons. `IconButton` has no visible text, so its `label` is required: it becomes the
 * accessible name and the tooltip.
 */
import type { ButtonHTMLAttributes, ReactElement, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: Variant;
  readonly icon?: IconName;
  readonly size?: 'md' | 'sm';
  readonly children: ReactNode;
}

export function Button({ variant = 'secondary', icon, size = 'md', className, children, type = 'button', ...rest }: ButtonProps): ReactElement {
  return (
    <button type={type} className={['btn', `btn-${variant}`, size === 'sm' ? 'btn-sm' : '', className ?? ''].filter(Boolean).join(' ')} {...rest}>
      {icon && <Icon name={icon} size={size === 'sm' ? 16 : 18} />}
      <span>{children}</span>
    </button>
  );
}

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  readonly icon: IconName;
  readonly label: string;
  /** A keyboard shortcut to mention in the tooltip, e.g. "Ctrl+Z". */
  readonly shortcut?: string;
  /** A longer tooltip than the name ("Undo Rename person"); the name stays short and stable. */
  readonly tooltip?: string;
  readonly variant?: Variant;
}

export function IconButton({ icon, label, shortcut, tooltip, variant = 'ghost', className, type = 'button', ...rest }: IconButtonProps): ReactElement {
  const tip = tooltip ?? label;
  return (
    <button
      type={type}
      aria-label={label}
      title={shortcut ? `${tip} (${shortcut})` : tip}
      className={['btn', 'btn-icon', `btn-${variant}`, className ?? ''].filter(Boolean).join(' ')}
      {...rest}
    >
      <Icon name={icon} size={20} />
    </button>
  );
}
