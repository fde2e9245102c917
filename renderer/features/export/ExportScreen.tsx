/**
 * Export: the read-out documents for the stakeholders (governance model, KPI scorecard,
 * roadmap, sprint report) as PDF and DOCX, with progress, a PDF preview, and saving through
 * the host. Loaded lazily; the exporters themselves load only when an export starts.
 */
import { useState, type ReactElement } from 'react';
import { defaultPageSize } from '../../../shared/report/locale';
import { Icon } from '../../components/Icon';
import { Verdict } from '../../components/ReadinessGlance';
import { StopNotice } from '../../components/StopReasons';
import { useRecordLinks } from '../../hooks/useRecordLinks';
import { useDerived, useWorkbookValue } from '../../state/hooks';
import { deriveVerdict } from '../../state/selectors';
import { ExportOptions } from './ExportOptions';
import { ExportResults } from './ExportResults';
import { MissingGlyphsNotice } from './MissingGlyphs';
import type { ExportSettings } from './jobs';
import { useExport } from './useExport';

export default function ExportScreen(): ReactElement {
  const locale = useWorkbookValue((w) => w.locale);
  const view = useDerived(deriveVerdict);
  const links = useRecordLinks();
  const localeDefault = defaultPageSize(locale);
  const [settings, setSettings] = useState<ExportSettings>({
    docs: ['governance', 'scorecard', 'roadmap', 'report'], formats: ['pdf', 'docx'], page: localeDefault,
  });
  const { run, start, save, saveAll, lastSaveAll } = useExport();
  const { blockers } = view;
  return (
    <div className="stage-page">
      <header className="stage-header readiness-header">
        <div>
          <p className="eyebrow">Day 10: the read-out</p>
          <h1>Export</h1>
        </div>
        <Verdict summary={view} />
      </header>
      <p className="lead">The documents stakeholders receive. They say what the workbook says today, including its readiness verdict.</p>
      {view.verdict === 'stop' && (
        <StopNotice reasons={view.stops} links={links} headingId="export-stop">
          <p>This read-out is about stopping, not scaling: the KPI scorecard marks each metric below “stop and redesign”, and the documents list {blockers === 1 ? 'the blocker' : `all ${blockers} blockers`}.</p>
        </StopNotice>
      )}
      {view.verdict === 'not-ready' && (
        <div className="notice notice-warn">
          <Icon name="alert" />
          <p>The workbook is not ready to scale yet: the documents will list the {blockers} {blockers === 1 ? 'blocker' : 'blockers'}. That is often the point of a read-out.</p>
        </div>
      )}
      <ExportOptions settings={settings} onChange={setSettings} onExport={() => void start(settings)} busy={run.phase === 'running'} localeDefault={localeDefault} />
      <ExportResults run={run} onSave={(f) => void save(f)} onSaveAll={(files) => void saveAll(files)} savedAll={lastSaveAll?.message ?? null} />
      <MissingGlyphsNotice run={run} />
    </div>
  );
}
