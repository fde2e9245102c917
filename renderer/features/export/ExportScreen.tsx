/**
 * Export: the read-out documents for the stakeholders (governance model, KPI scorecard,
 * roadmap, sprint report) as PDF and DOCX, with progress, a PDF preview, and saving through
 * the host. Loaded lazily; the exporters themselves load only when an export starts.
 */
import { useState, type ReactElement } from 'react';
import { defaultPageSize } from '../../../shared/report/locale';
import { Icon } from '../../components/Icon';
import { Verdict } from '../../components/ReadinessGlance';
import { useDerived, useWorkbookValue } from '../../state/hooks';
import { deriveReadiness } from '../../state/selectors';
import { ExportOptions } from './ExportOptions';
import { ExportResults } from './ExportResults';
import type { ExportSettings } from './jobs';
import { useExport } from './useExport';

export default function ExportScreen(): ReactElement {
  const locale = useWorkbookValue((w) => w.locale);
  const readiness = useDerived(deriveReadiness);
  const localeDefault = defaultPageSize(locale);
  const [settings, setSettings] = useState<ExportSettings>({
    docs: ['governance', 'scorecard', 'roadmap', 'report'], formats: ['pdf', 'docx'], page: localeDefault,
  });
  const { run, start, save, saveAll } = useExport();
  const blockers = readiness.gaps.filter((g) => g.severity === 'blocker').length;
  return (
    <div className="stage-page">
      <header className="stage-header readiness-header">
        <div>
          <p className="eyebrow">Day 10: the read-out</p>
          <h1>Export</h1>
        </div>
        <Verdict summary={{ ready: readiness.ready, blockers }} />
      </header>
      <p className="lead">The documents stakeholders receive. They say what the workbook says today, including its readiness verdict.</p>
      {!readiness.ready && (
        <div className="notice notice-warn">
          <Icon name="alert" />
          <p>The workbook is not ready to scale yet: the documents will list the {blockers} {blockers === 1 ? 'blocker' : 'blockers'}. That is often the point of a read-out.</p>
        </div>
      )}
      <ExportOptions settings={settings} onChange={setSettings} onExport={() => void start(settings)} busy={run.phase === 'running'} localeDefault={localeDefault} />
      <ExportResults run={run} onSave={(f) => void save(f)} onSaveAll={(files) => void saveAll(files)} />
    </div>
  );
}
