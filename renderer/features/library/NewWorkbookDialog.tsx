/** Choosing what a new workbook starts from: blank, or a starter template. */
import type { ReactElement } from 'react';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { TEMPLATES, type Template } from '../../actions/templates';

export function NewWorkbookDialog({ onChoose, onClose }: { onChoose: (t: Template) => void; onClose: () => void }): ReactElement {
  return (
    <Dialog title="New workbook from a template" onClose={onClose} size="md">
      <ul className="template-list">
        {TEMPLATES.map((t) => (
          <li key={t.id}>
            <button type="button" className="template-option" onClick={() => onChoose(t)}>
              <Icon name={t.id === 'blank' ? 'file' : 'book'} size={28} />
              <span>
                <span className="template-name">{t.name}</span>
                <span className="template-description">{t.description}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
