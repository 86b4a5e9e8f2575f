export default defineContentScript({
  matches: ['https://app.bitsgap.com/*'],
  main() {
    // Capture of the trusted-IP dialog is wired in lib/bitsgap/capture.ts.
  },
});
