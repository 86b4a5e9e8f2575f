// The Progress list's words, the same on every surface (popup, guide, Bitsgap notices). No
// schema or address code here: the content scripts import it.
import { t } from './i18n';

/** Props for components/Progress.tsx, but the stage: `<Progress {...progressWords()} stage={journey.stage} />`. */
export function progressWords(): { label: string; names: string[]; doneLabel: string } {
  return { label: t('progressLabel'), names: [t('stageList'), t('stagePaste'), t('stageSave'), t('stageRefresh')], doneLabel: t('stageDoneMark') };
}
