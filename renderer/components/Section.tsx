/** A titled card on a stage's page; `id` makes it a target for links and the skip list. */
import type { ReactElement, ReactNode } from 'react';

interface SectionProps {
  readonly title: string;
  readonly id?: string;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly focusKey?: string;
}

export function Section({ title, id, description, actions, children, focusKey }: SectionProps): ReactElement {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="card section" id={id} aria-labelledby={headingId} data-focus={focusKey} tabIndex={focusKey ? -1 : undefined}>
      <header className="section-header">
        <div>
          <h2 id={headingId} className="section-title">{title}</h2>
          {description && <p className="section-description">{description}</p>}
        </div>
        {actions && <div className="section-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
