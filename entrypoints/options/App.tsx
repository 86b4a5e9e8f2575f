import { useEffect, useState } from 'preact/hooks';
import { OptionsForm } from '@/components/OptionsForm';
import { t } from '@/lib/i18n';
import { Settings, settingsItem } from '@/lib/storage';

export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void settingsItem.get().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <OptionsForm
      initial={settings}
      status={status}
      strings={{
        title: t('optionsTitle'),
        baseUrl: t('optionBaseUrl'),
        labelPattern: t('optionLabelPattern'),
        enableSpot: t('optionEnableSpot'),
        refreshAfterSave: t('optionRefreshAfterSave'),
        save: t('save'),
      }}
      onSave={(draft) => {
        const parsed = Settings.safeParse({ ...draft, bitsgapBaseUrl: draft.bitsgapBaseUrl.trim() });
        if (!parsed.success) {
          setStatus(t('optionsInvalid'));
          return;
        }
        void settingsItem.set(parsed.data).then(() => setStatus(t('optionsSaved')));
      }}
    />
  );
}
