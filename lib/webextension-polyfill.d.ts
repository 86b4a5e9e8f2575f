// webextension-polyfill ships no types: it is the browser API with promises, as WXT types it.
declare module 'webextension-polyfill' {
  import type { Browser } from 'wxt/browser';
  const browser: Browser;
  export default browser;
}
