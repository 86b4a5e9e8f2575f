import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/OptionsForm';
import { BITSGAP_ORIGIN } from '@/lib/bitsgap/routes';
import { t } from '@/lib/i18n';
import { Settings } from '@/lib/domain';
import { settingsItem } from '@/lib/storage';

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
        brand: { name: t('extName'), marker: t('brandMarker') },
        title: t('optionsTitle'),
        advanced: t('optionsAdvanced'),
        advancedWarning: t('optionsAdvancedWarning'),
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
        // Everything this setting needs, asked for in one request while the click is still being
        // handled: Firefox refuses a second request after an await.
        const origin = new URL(parsed.data.bitsgapBaseUrl).origin;
        const origins = origin === BITSGAP_ORIGIN ? [] : [`${origin}/*`];
        const permissions = parsed.data.notify ? ['notifications' as const] : [];
        const granted = origins.length + permissions.length === 0 ? Promise.resolve(true) : browser.permissions.request({ origins, permissions }).catch(() => false);
        void granted.then(async (ok) => {
          if (!ok) {
            setStatus(origins.length > 0 ? t('optionsPermissionDenied', origin) : t('optionsNotifyDenied'));
            return;
          }
          await settingsItem.set(parsed.data);
          setStatus(t('optionsSaved'));
        });
      }}
    />
  );
}
