import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts come from ../shared/CONTRACT.md: the extension touches nothing else.
export const HOSTS = ['https://www.binance.com/*', 'https://app.bitsgap.com/*'];
const OPTIONAL_HOSTS = ['https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip for AMO's reviewers is what git holds: never local output or caches.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', 'tests/.tmp/**', '.cache/**'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: HOSTS,
    // Only for a Bitsgap base URL the user sets on another host, asked for when they save it.
    // Notifications only if the user asks for them in Options.
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', ...OPTIONAL_HOSTS] }
      : { optional_permissions: ['notifications'], optional_host_permissions: OPTIONAL_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    // Keyboard users reach the guide on Binance's page with this; Esc takes them back to the page.
    commands: { 'focus-guide': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_commandFocusGuide__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ipwl@ipwl.extension',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
