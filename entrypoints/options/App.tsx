import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/OptionsForm';
import { t } from '@/lib/i18n';
import { Settings, settingsItem } from '@/lib/storage';

const CONTRACT_ORIGINS = ['https://app.bitsgap.com'];

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
        notify: t('optionNotify'),
        save: t('save'),
      }}
      onSave={(draft) => {
        const parsed = Settings.safeParse({ ...draft, bitsgapBaseUrl: draft.bitsgapBaseUrl.trim() });
        if (!parsed.success) {
          setStatus(t('optionsInvalid'));
          return;
        }
        void (async () => {
          // The contract's hosts are granted at install; any other host needs the user's grant.
          const origin = new URL(parsed.data.bitsgapBaseUrl).origin;
          if (!CONTRACT_ORIGINS.includes(origin)) {
            const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
            if (!granted) {
              setStatus(t('optionsPermissionDenied', origin));
              return;
            }
          }
          if (parsed.data.notify && !(await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false))) {
            setStatus(t('optionsNotifyDenied'));
            return;
          }
          await settingsItem.set(parsed.data);
          setStatus(t('optionsSaved'));
        })();
      }}
    />
  );
}
