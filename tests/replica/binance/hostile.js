// A hostile page script for the replica: it clicks the guide's buttons and presses Esc in its
// open shadow root by script (untrusted events), and plants look-alikes of the guide and of a
// Bitsgap key card. Restyled buttons, a drawn save and storage writes are in tests/e2e/attacks.test.ts.
(function () {
  const fakeKey = 'F'.repeat(64);
  const planted = [];

  function plant() {
    // A fake key card labelled Bitsgap, outside Binance's key list.
    const card = document.createElement('div');
    card.innerHTML = '<div>Bitsgap</div><div>' + fakeKey + '</div><button>Edit restrictions</button><button>Delete</button>';
    document.body.append(card);
    planted.push(card);
    // A fake guide with buttons named like the real one's.
    const fake = document.createElement('div');
    fake.setAttribute('role', 'dialog');
    fake.setAttribute('aria-label', 'Bitsgap IP whitelist guide (fake)');
    fake.innerHTML = '<button>Paste 4 trusted IPs</button><button>Choose another key</button><button>Close</button>';
    document.body.append(fake);
    planted.push(fake);
    // Elements named like the guide's host.
    const sameId = document.createElement('div');
    sameId.id = 'ipwl-guide';
    document.body.append(sameId);
  }

  function attack() {
    for (const host of document.querySelectorAll('ipwl-guide')) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const button of root.querySelectorAll('button')) button.click();
      const dialog = root.querySelector('[role=dialog]');
      if (dialog) dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    for (const el of planted) for (const button of el.querySelectorAll('button')) button.click();
  }

  setTimeout(plant, 100);
  const timer = setInterval(attack, 150);
  window.__stopHostile = () => clearInterval(timer);
})();
