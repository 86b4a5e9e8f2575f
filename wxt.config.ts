import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hosts come from ../shared/CONTRACT.md: the extension touches nothing else.
export const HOSTS = ['https://www.binance.com/*', 'https://app.bitsgap.com/*'];
const OPTIONAL_HOSTS = ['https://*/*'];
// The API-management page with and without a locale prefix (lib/binance/route.ts decides).
const GUIDE_PAGES = ['https://www.binance.com/my/settings/api-management*', 'https://www.binance.com/*/my/settings/api-management*'];
const CHUNKS = [
  // The guide, and the words of Binance's page in its language (lib/binance/locale.ts).
  { resources: ['guide.js', 'guide-extras.js', 'assets/guide-style.css', 'paste.js', 'words/*.json'], site: 'https://www.binance.com/*' },
  { resources: ['bitsgap-page.js', 'bitsgap-notices.js'], site: 'https://app.bitsgap.com/*' },
];

export default defineConfig({
  // The sources zip for AMO's reviewers is what git holds: never local output or caches.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', 'tests/.tmp/**', '.cache/**'] },
  // Terser packs the guide about 250 B (gzip) tighter than Vite's default minifier, room the
  // guide's 15 KB budget (issue #13) needs.
  vite: () => ({ plugins: [preact()], build: { minify: 'terser', terserOptions: { compress: { passes: 3 } } } }),
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
    // A direct visit to API management gets the guide from the browser with the loader, before
    // the page's own scripts start (listed first, so it is there when the loader looks for it).
    // After in-app navigation the loader imports it.
    content_scripts: [{ matches: GUIDE_PAGES, js: ['guide.js'], run_at: 'document_start' }],
    // The guide and the Bitsgap page helpers are loaded by their content scripts only where they
    // have work (lib/chunk.ts): web-accessible to those sites only. Chrome also hides them behind
    // a per-session URL; Firefox's moz-extension host is already random per installation.
    ...(browser === 'firefox'
      ? { web_accessible_resources: CHUNKS.flatMap((c) => c.resources) }
      : { web_accessible_resources: CHUNKS.map((c) => ({ resources: c.resources, matches: [c.site], use_dynamic_url: true })) }),
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
