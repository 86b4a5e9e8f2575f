// A replica of Binance's API-management page for tests: React with controlled inputs, class
// names hashed per build, a late-rendered key list, in-place edit form, 2FA modal and toast.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ReplicaKey, SavedRestrictions, Scenario } from './scenario';
import { PERMISSION_IDS, stringsFor, type PermissionId, type ReplicaStrings } from './strings';
import { PLAIN, REFUSED_ONE, type ReplicaVariant } from './variant';

declare const __REPLICA_SALT__: string;

// Emotion-style class names: a hash of the style's name and a salt that changes every build,
// so nothing can depend on them.
function cls(name: string): string {
  let h = 5381;
  for (const ch of __REPLICA_SALT__ + name) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return `css-${h.toString(36)}`;
}

const STYLES: Record<string, string> = {
  page: 'font-family: sans-serif; max-width: 1100px; margin: 0 auto; padding: 24px; color: #1e2329;',
  title: 'font-size: 28px; font-weight: 600; margin: 0 0 16px;',
  info: 'background: #fef6d8; border-radius: 8px; padding: 12px 16px; font-size: 13px; margin-bottom: 16px;',
  toolbar: 'display: flex; justify-content: flex-end; margin-bottom: 16px;',
  primary: 'background: #fcd535; border: 0; border-radius: 4px; padding: 8px 16px; cursor: pointer; font-weight: 500;',
  plain: 'background: #eaecef; border: 0; border-radius: 4px; padding: 8px 16px; cursor: pointer;',
  link: 'background: none; border: 0; color: #c99400; cursor: pointer; padding: 4px 8px;',
  spinner: 'width: 32px; height: 32px; border: 3px solid #eaecef; border-top-color: #fcd535; border-radius: 50%; animation: spin 1s linear infinite; margin: 48px auto;',
  card: 'border: 1px solid #eaecef; border-radius: 8px; padding: 16px 20px; margin-bottom: 16px;',
  cardHead: 'display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid #eaecef; padding-bottom: 12px; margin-bottom: 12px;',
  label: 'font-size: 16px; font-weight: 600;',
  actions: 'display: flex; gap: 8px;',
  row: 'display: flex; gap: 16px; margin: 6px 0; font-size: 14px;',
  key: 'color: #707a8a; min-width: 120px;',
  value: 'font-family: monospace; word-break: break-all;',
  section: 'margin-top: 14px;',
  sectionTitle: 'font-weight: 500; margin-bottom: 8px;',
  perms: 'display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px;',
  check: 'display: flex; align-items: center; gap: 6px; cursor: pointer;',
  box: 'width: 14px; height: 14px; border: 1px solid #b7bdc6; border-radius: 2px; display: inline-flex; align-items: center; justify-content: center; font-size: 11px;',
  radios: 'display: flex; flex-direction: column; gap: 8px;',
  radio: 'display: flex; align-items: center; gap: 6px; cursor: pointer;',
  dot: 'width: 14px; height: 14px; border: 1px solid #b7bdc6; border-radius: 50%; display: inline-block;',
  dotOn: 'width: 14px; height: 14px; border: 4px solid #fcd535; border-radius: 50%; display: inline-block; box-sizing: border-box;',
  ipBox: 'margin-top: 10px; padding: 10px; background: #fafafa; border-radius: 4px;',
  ipLine: 'display: flex; gap: 8px;',
  input: 'flex: 1; padding: 8px; border: 1px solid #b7bdc6; border-radius: 4px;',
  tags: 'display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px;',
  tag: 'background: #eaecef; border-radius: 4px; padding: 2px 6px; display: inline-flex; gap: 4px; align-items: center; font-size: 13px;',
  x: 'cursor: pointer; width: 12px; height: 12px;',
  error: 'color: #d9304e; font-size: 12px; margin-top: 6px;',
  footer: 'display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px;',
  mask: 'position: fixed; inset: 0; background: rgba(0,0,0,.5); display: flex; align-items: center; justify-content: center; z-index: 1000;',
  modal: 'background: #fff; border-radius: 8px; padding: 24px; width: 360px;',
  toast: 'position: fixed; top: 24px; left: 50%; transform: translateX(-50%); background: #1e2329; color: #fff; padding: 10px 16px; border-radius: 4px; z-index: 1100;',
  nav: 'display: flex; gap: 16px; padding: 12px 24px; border-bottom: 1px solid #eaecef;',
  secret: 'background: #fef6d8; padding: 8px; border-radius: 4px; margin: 6px 0;',
};

function installStyles() {
  const style = document.createElement('style');
  style.textContent =
    '@keyframes spin { to { transform: rotate(360deg); } }\n' +
    Object.entries(STYLES)
      .map(([name, body]) => `.${cls(name)} { ${body} }`)
      .join('\n');
  document.head.append(style);
}

const scenario: Scenario = JSON.parse(document.getElementById('__REPLICA_SCENARIO')!.textContent!);
const v: ReplicaVariant = scenario.variant ?? PLAIN;
const s: ReplicaStrings = stringsFor(scenario.locale, v.wording);
const prefix = `/${scenario.locale}`;

/** An address this variant's Binance does not take, well formed as it is. */
function refusedByVariant(value: string): boolean {
  return (v.refuse === 'ipv6' && value.includes(':')) || (v.refuse === 'one' && value === REFUSED_ONE);
}

function isValidIp(value: string): boolean {
  const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
  const v6 = /^[0-9a-fA-F:]+$/;
  return v4.test(value) || (value.includes(':') && v6.test(value) && value.split(':').length <= 8);
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true">
      <path d="M2 6l3 3 5-6" stroke="currentColor" fill="none" strokeWidth="2" />
    </svg>
  );
}

let uid = 0;
const nextId = () => `r${++uid}`;

function Checkbox(props: { checked: boolean; disabled: boolean; label: string; onToggle: () => void }) {
  const [id] = useState(nextId);
  const toggle = () => !props.disabled && props.onToggle();
  const box = <span className={cls('box')}>{props.checked ? <CheckIcon /> : null}</span>;
  switch (v.checkboxLabel) {
    case 'input':
      return (
        <label className={cls('check')}>
          <input type="checkbox" checked={props.checked} disabled={props.disabled} onChange={toggle} />
          <span>{props.label}</span>
        </label>
      );
    case 'beside':
    case 'labelledby':
      return (
        <div className={cls('check')}>
          <div
            role="checkbox"
            aria-checked={props.checked}
            aria-disabled={props.disabled}
            aria-labelledby={v.checkboxLabel === 'labelledby' ? id : undefined}
            tabIndex={props.disabled ? -1 : 0}
            onClick={toggle}
          >
            {box}
          </div>
          <span id={id}>{props.label}</span>
        </div>
      );
    default:
      return (
        <div className={cls('check')} role="checkbox" aria-checked={props.checked} aria-disabled={props.disabled} tabIndex={props.disabled ? -1 : 0} onClick={toggle}>
          {box}
          <span>{props.label}</span>
        </div>
      );
  }
}

function Radio(props: { checked: boolean; label: string; onSelect: () => void; name: string }) {
  if (v.radio === 'input') {
    return (
      <label className={cls('radio')}>
        <input type="radio" name={props.name} checked={props.checked} onChange={props.onSelect} />
        <span>{props.label}</span>
      </label>
    );
  }
  return (
    <div className={cls('radio')} role="radio" aria-checked={props.checked} tabIndex={0} onClick={props.onSelect}>
      <span className={cls(props.checked ? 'dotOn' : 'dot')} />
      <span>{props.label}</span>
    </div>
  );
}

/** A modal's own markup, by variant: a modal dialog, a dialog drawn over the mask, or nothing. */
function dialogMarkup(name: { 'aria-label': string } | { 'aria-labelledby': string }) {
  if (v.modal === 'none') return {};
  return { role: 'dialog', 'aria-modal': v.modal === 'aria' ? ('true' as const) : undefined, ...name };
}

function SecurityVerification(props: { onSubmit: (code: string) => boolean; onClose: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && props.onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className={cls('mask')}>
      <div className={cls('modal')} {...dialogMarkup({ 'aria-labelledby': 'sv-title' })}>
        <div className={cls('cardHead')}>
          <div id="sv-title" className={cls('label')}>
            {s.securityVerification}
          </div>
          <button className={cls('link')} aria-label="close" onClick={props.onClose}>
            ×
          </button>
        </div>
        <label>
          <div className={cls('key')}>{s.authenticatorCode}</div>
          <input className={cls('input')} inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        {error ? <div className={cls('error')}>{error}</div> : null}
        <div className={cls('footer')}>
          <button
            className={cls('primary')}
            onClick={() => {
              if (!props.onSubmit(code)) setError(s.wrongCode);
            }}
          >
            {s.submit}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Address tags: remove control as an icon or a button; separators between them or none. */
function Tags({ ips, onRemove }: { ips: string[]; onRemove?: (ip: string) => void }) {
  return (
    <div className={cls('tags')}>
      {ips.map((ip, i) => (
        <span key={ip} style={{ display: 'contents' }}>
          {v.tagSeparators && i > 0 ? <span>,</span> : null}
          <span className={cls('tag')}>
            {ip}
            {onRemove && v.tagRemover === 'button' ? (
              <button className={cls('link')} aria-label={s.removeIp} onClick={() => onRemove(ip)}>
                ×
              </button>
            ) : null}
            {onRemove && v.tagRemover === 'icon' ? (
              <svg className={cls('x')} viewBox="0 0 12 12" onClick={() => onRemove(ip)}>
                <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" />
              </svg>
            ) : null}
          </span>
        </span>
      ))}
    </div>
  );
}

/**
 * The 2FA dialog: in the document, or (as on the live site) in an open shadow root on
 * #mfa-shadow-host, rendered by a React root of its own so its events work there.
 */
function TwoFa(props: { onSubmit: (code: string) => boolean; onClose: () => void }) {
  const [root, setRoot] = useState<Root>();
  useEffect(() => {
    if (v.twoFa !== 'shadow') return;
    const host = document.createElement('div');
    host.id = 'mfa-shadow-host';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = [...document.head.querySelectorAll('style')].map((el) => el.textContent).join('\n');
    const container = document.createElement('div');
    shadow.append(style, container);
    const created = createRoot(container);
    setRoot(created);
    return () => {
      created.unmount();
      host.remove();
    };
  }, []);
  useEffect(() => root?.render(<SecurityVerification {...props} />));
  return v.twoFa === 'shadow' ? null : <SecurityVerification {...props} />;
}

function EditForm(props: { apiKey: ReplicaKey; onCancel: (ips: string[]) => void; onSaved: (k: ReplicaKey) => void; onFirstInput?: () => void }) {
  const { apiKey } = props;
  const [perms, setPerms] = useState<Record<PermissionId, boolean>>(() =>
    Object.fromEntries(PERMISSION_IDS.map((id) => [id, apiKey.permissions[id] ?? false])) as Record<PermissionId, boolean>,
  );
  // The API knows three restrictions; a variant shows the third (trusted third-party IPs).
  const [mode, setMode] = useState<'none' | 'trusted' | 'third-party'>(apiKey.ips !== null ? 'trusted' : 'none');
  const restrict = mode === 'trusted';
  const [confirmSpot, setConfirmSpot] = useState(false);
  const [ips, setIps] = useState<string[]>(apiKey.ips ?? []);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [verifying, setVerifying] = useState(false);
  // A variant draws the form's parts one after another: the restriction choice, the address
  // input, the permissions, then the buttons.
  const [parts, setParts] = useState(v.formParts === 'staggered' ? 0 : 4);
  useEffect(() => {
    if (parts >= 4) return;
    const timer = window.setTimeout(() => setParts(parts + 1), 150);
    return () => window.clearTimeout(timer);
  }, [parts]);

  const confirm = () => {
    const entries = draft.split(/[\s,]+/).filter(Boolean);
    if (entries.length === 0) return;
    const bad = entries.find((e) => !isValidIp(e));
    if (bad) {
      setError(`${s.invalidIp}: ${bad}`);
      return;
    }
    const refused = entries.find(refusedByVariant);
    if (refused) {
      setError(`${s.ipRefused}: ${refused}`);
      return;
    }
    const next = [...ips];
    for (const e of entries) if (!next.includes(e)) next.push(e);
    if (next.length > 30) {
      setError(s.tooMany);
      return;
    }
    const accept = () => {
      setIps((now) => [...now, ...entries.filter((e) => !now.includes(e))]);
      setDraft('');
      setError('');
    };
    // A variant checks each address (its server, say) before taking it: the input keeps it meanwhile.
    if (scenario.confirmDelayMs) window.setTimeout(accept, scenario.confirmDelayMs);
    else accept();
  };

  const save = () => {
    void fetch('/__replica/event', { method: 'POST', body: JSON.stringify({ type: 'save-clicked', label: apiKey.label }) });
    if (restrict && ips.length === 0) {
      setError(s.needIp);
      return;
    }
    setVerifying(true);
  };

  const submitCode = (code: string) => {
    if (code !== scenario.twoFaCode) return false;
    const saved: SavedRestrictions = { apiKey: apiKey.apiKey, label: apiKey.label, permissions: perms, ipRestrict: restrict, restriction: mode, ips: restrict ? ips : [] };
    void fetch('/bapi/apikey/v1/private/update-restrictions', { method: 'POST', body: JSON.stringify(saved) });
    setVerifying(false);
    props.onSaved({ ...apiKey, permissions: perms, ips: restrict ? ips : null });
    return true;
  };

  return (
    <>
      {parts >= 3 ? (
      <div className={cls('section')}>
        <div className={cls('sectionTitle')}>{s.apiRestrictions}</div>
        <div className={cls('perms')}>
          {PERMISSION_IDS.map((id) => (
            <Checkbox
              key={id}
              checked={perms[id]}
              disabled={id === 'reading'}
              label={s.permissions[id]}
              onToggle={() => {
                // Binance confirms Spot & Margin on a key without an IP restriction.
                // A variant asks whenever the key as saved is unrestricted, whatever the form says.
                const unrestricted = v.spotConfirm === 'saved' ? apiKey.ips === null : !restrict;
                if (id === 'spotMargin' && !perms[id] && unrestricted) setConfirmSpot(true);
                else setPerms({ ...perms, [id]: !perms[id] });
              }}
            />
          ))}
        </div>
      </div>
      ) : null}
      {parts >= 1 ? (
      <div className={cls('section')}>
        <div className={cls('sectionTitle')}>{s.ipRestrictions}</div>
        <div className={cls('radios')} role="radiogroup">
          <Radio name={`ip-${apiKey.apiKey}`} checked={mode === 'none'} label={s.unrestricted} onSelect={() => setMode('none')} />
          <Radio name={`ip-${apiKey.apiKey}`} checked={mode === 'trusted'} label={s.restricted} onSelect={() => setMode('trusted')} />
          {v.restrictionOptions === 3 ? <Radio name={`ip-${apiKey.apiKey}`} checked={mode === 'third-party'} label={s.thirdParty} onSelect={() => setMode('third-party')} /> : null}
        </div>
        {restrict && parts >= 2 ? (
          <div className={cls('ipBox')}>
            <div className={cls('ipLine')}>
              <input
                className={cls('input')}
                placeholder={s.ipPlaceholder}
                value={draft}
                onChange={(e) => {
                  setDraft(e.target.value);
                  props.onFirstInput?.();
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') confirm();
                }}
              />
              {v.confirmIps === 'button' ? (
                <button className={cls('primary')} onClick={confirm}>
                  {s.confirm}
                </button>
              ) : null}
            </div>
            <Tags ips={ips} onRemove={(ip) => setIps(ips.filter((x) => x !== ip))} />
          </div>
        ) : (
          <div className={cls('key')}>{s.unrestrictedNote}</div>
        )}
        {error ? <div className={cls('error')}>{error}</div> : null}
      </div>
      ) : null}
      {parts >= 4 ? (
      <div className={cls('footer')}>
        <button className={cls('plain')} onClick={() => props.onCancel(ips)}>
          {s.cancel}
        </button>
        <button className={cls('primary')} onClick={save}>
          {s.save}
        </button>
      </div>
      ) : null}
      {verifying ? <TwoFa onSubmit={submitCode} onClose={() => setVerifying(false)} /> : null}
      {confirmSpot ? (
        <div className={cls('mask')}>
          <div className={cls('modal')} {...dialogMarkup({ 'aria-label': s.permissions.spotMargin })}>
            <div className={cls('label')}>{s.permissions.spotMargin}</div>
            <p>{s.unrestrictedNote}</p>
            <div className={cls('footer')}>
              <button className={cls('plain')} onClick={() => setConfirmSpot(false)}>
                {s.cancel}
              </button>
              <button
                className={cls('primary')}
                onClick={() => {
                  setConfirmSpot(false);
                  setPerms({ ...perms, spotMargin: true });
                }}
              >
                {s.confirm}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}

function ReadView({ apiKey }: { apiKey: ReplicaKey }) {
  return (
    <>
      <div className={cls('section')}>
        <div className={cls('sectionTitle')}>{s.apiRestrictions}</div>
        <div className={cls('perms')}>
          {PERMISSION_IDS.map((id) => (
            <Checkbox key={id} checked={apiKey.permissions[id] ?? false} disabled label={s.permissions[id]} onToggle={() => undefined} />
          ))}
        </div>
      </div>
      <div className={cls('section')}>
        <div className={cls('sectionTitle')}>{s.ipRestrictions}</div>
        {apiKey.ips === null ? (
          <div>{s.unrestricted}</div>
        ) : (
          <Tags ips={apiKey.ips} />
        )}
      </div>
    </>
  );
}

function KeyCard(props: { apiKey: ReplicaKey; onChange: (k: ReplicaKey) => void; onToast: (text: string) => void }) {
  const { apiKey } = props;
  const [editing, setEditing] = useState(false);
  // A variant's Binance takes a while to draw the form, with a spinner in the card meanwhile.
  const [opening, setOpening] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const openForm = () => {
    if (v.formDelayMs === 0) return setEditing(true);
    setOpening(true);
    window.setTimeout(() => {
      setOpening(false);
      setEditing(true);
    }, v.formDelayMs);
  };
  // What the page itself received of a click inside the card (React's own handler, after every
  // listener before it): tests check that nothing stopped or cancelled the user's clicks.
  const received = (e: { nativeEvent: MouseEvent; target: EventTarget }) => {
    const target = e.target as Element;
    const button = target.closest?.('button, [role=button], [role=checkbox], [role=radio], svg, label');
    const event = { type: 'card-click', label: apiKey.label, control: (button?.getAttribute('aria-label') || button?.textContent || '').trim().slice(0, 40), prevented: e.nativeEvent.defaultPrevented, trusted: e.nativeEvent.isTrusted };
    void fetch('/__replica/event', { method: 'POST', body: JSON.stringify(event) });
  };
  return (
    <div className={cls('card')} onClickCapture={received}>
      <div className={cls('cardHead')}>
        <div className={cls('label')}>{apiKey.label}</div>
        <div className={cls('actions')}>
          {editing || opening ? null : (
            <button className={cls('link')} onClick={openForm}>
              {s.editRestrictions}
            </button>
          )}
          <button
            className={cls('link')}
            onClick={() => {
              void fetch('/__replica/event', { method: 'POST', body: JSON.stringify({ type: 'delete-clicked', label: apiKey.label }) });
              window.confirm(s.deleteConfirm);
            }}
          >
            {s.delete}
          </button>
        </div>
      </div>
      <div className={cls('row')}>
        <div className={cls('key')}>{s.apiKey}</div>
        <div className={cls('value')}>{apiKey.apiKey}</div>
        {v.copyButton === 'icon' ? (
          <button className={cls('link')} aria-label={s.copy} onClick={() => void navigator.clipboard?.writeText(apiKey.apiKey)}>
            <svg className={cls('x')} viewBox="0 0 12 12" aria-hidden="true">
              <rect x="3" y="3" width="7" height="7" fill="none" stroke="currentColor" />
            </svg>
          </button>
        ) : null}
        {v.copyButton === 'text' ? (
          <button className={cls('link')} onClick={() => void navigator.clipboard?.writeText(apiKey.apiKey)}>
            {s.copy}
          </button>
        ) : null}
      </div>
      <div className={cls('row')}>
        <div className={cls('key')}>{s.secretKey}</div>
        {apiKey.freshSecret ? (
          <div>
            <div className={cls('value')}>{apiKey.freshSecret}</div>
            <div className={cls('secret')}>{s.secretOnce}</div>
          </div>
        ) : (
          <div className={cls('value')}>**********</div>
        )}
      </div>
      {opening ? <div className={cls('spinner')} aria-label={s.loading} /> : null}
      {editing ? (
        <EditForm
          key={formKey}
          onFirstInput={scenario.remountFormOnInput && formKey === 0 ? () => setFormKey(1) : undefined}
          apiKey={apiKey}
          onCancel={(ips) => {
            setEditing(false);
            if (!scenario.fakeSaveOnCancel) return;
            // A page that draws what a save looks like, with nothing saved.
            props.onChange({ ...apiKey, ips });
            props.onToast(s.saved);
          }}
          onSaved={(k) => {
            setEditing(false);
            props.onChange(k);
            props.onToast(s.saved);
          }}
        />
      ) : (
        <ReadView apiKey={apiKey} />
      )}
    </div>
  );
}

const SKELETON: ReplicaKey = { label: '—', apiKey: '—', permissions: {}, ips: [] };

function ApiManagement() {
  const [keys, setKeys] = useState<ReplicaKey[] | null>(null);
  // The benchmark re-renders the whole list (new elements for every card) through this.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    (window as unknown as { __replica?: object }).__replica = { rerenderList: () => setGeneration((g) => g + 1) };
  }, []);
  useLayoutEffect(() => {
    if (keys !== null) performance.mark('replica:list');
  }, [keys === null]);
  const [toast, setToast] = useState('');
  const toastTimer = useRef<number>(undefined);
  useEffect(() => {
    const timer = window.setTimeout(() => setKeys(scenario.keys), scenario.listDelayMs);
    return () => window.clearTimeout(timer);
  }, []);
  const showToast = (text: string) => {
    setToast(text);
    window.clearTimeout(toastTimer.current);
    toastTimer.current = window.setTimeout(() => setToast(''), 3000);
  };
  return (
    <div className={cls('page')}>
      <h1 className={cls('title')}>{s.pageTitle}</h1>
      <div className={cls('info')}>{s.info}</div>
      <div className={cls('toolbar')}>
        <button className={cls('primary')}>{s.createApi}</button>
      </div>
      {keys === null && v.listArrival === 'insert' ? <div className={cls('spinner')} aria-label={s.loading} /> : null}
      {/* With 'fill', rows are drawn before the list and React fills them in place: the same elements, new text. */}
      {(keys ?? (v.listArrival === 'fill' ? scenario.keys.map(() => SKELETON) : [])).map((k, i) => (
        <KeyCard
          key={`${generation}:${v.listArrival === 'fill' ? i : k.apiKey}`}
          apiKey={k}
          onToast={showToast}
          onChange={(next) => keys && setKeys(keys.map((old, j) => (j === i ? next : old)))}
        />
      ))}
      {toast ? (
        <div className={cls('toast')} role="alert">
          {toast}
        </div>
      ) : null}
    </div>
  );
}

function Dashboard({ navigate }: { navigate: (path: string) => void }) {
  return (
    <div className={cls('page')}>
      <h1 className={cls('title')}>{s.dashboard}</h1>
      <a
        href={`${prefix}/my/settings/api-management`}
        onClick={(e) => {
          e.preventDefault();
          navigate(`${prefix}/my/settings/api-management`);
        }}
      >
        {s.apiManagementLink}
      </a>
    </div>
  );
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: string) => {
    history.pushState(null, '', to);
    setPath(to);
  };
  let page: ReactNode;
  if (/\/my\/settings\/api-management/.test(path)) page = <ApiManagement />;
  else page = <Dashboard navigate={navigate} />;
  return (
    <>
      <nav className={cls('nav')}>
        <a
          href={`${prefix}/my/dashboard`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`${prefix}/my/dashboard`);
          }}
        >
          {s.dashboard}
        </a>
      </nav>
      {page}
      {scenario.noise ? <Noise {...scenario.noise} /> : null}
    </>
  );
}

/**
 * A realistic amount of page around the key list, for the benchmark: markets, banners, a footer
 * (here, nested blocks of text), and a price ticker changing some of them every frame.
 */
function Noise({ elements, depth, tickerPerFrame }: { elements: number; depth: number; tickerPerFrame: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const cells: Text[] = [];
    for (let made = 0; made < elements; ) {
      let parent: HTMLElement = host.current!;
      for (let level = 0; level < depth && made < elements; level++, made++) {
        const el = document.createElement(level === depth - 1 ? 'span' : 'div');
        if (level === depth - 1 || level % 5 === 4) {
          const text = document.createTextNode(`BTC/USDT ${made}`);
          el.append(text);
          cells.push(text);
        }
        parent.append(el);
        parent = el;
      }
    }
    let frame = 0;
    let raf = 0;
    const tick = () => {
      for (let i = 0; i < tickerPerFrame; i++) cells[(frame * tickerPerFrame + i) % cells.length]!.data = `BTC/USDT ${(60000 + Math.random() * 1000).toFixed(2)}`;
      frame++;
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, []);
  return <div ref={host} className={cls('noise')} />;
}

// Every input the browser delivers to the page as the user's own (trusted), for tests that count
// what a user had to do. Clicks inside the guide's shadow root reach the page retargeted to its host.
for (const type of ['click', 'keydown'] as const) {
  document.addEventListener(
    type,
    (event) => {
      if (!event.isTrusted) return;
      const target = event.target as Element;
      const input = { type, key: event instanceof KeyboardEvent ? event.key : undefined, target: target.tagName.toLowerCase(), text: (target.textContent ?? '').trim().slice(0, 40), inDialog: target.closest?.(`[role=dialog], .${cls('mask')}`) !== null };
      void fetch('/__replica/input', { method: 'POST', body: JSON.stringify(input) });
    },
    true,
  );
}

installStyles();
createRoot(document.getElementById('__APP')!).render(<App />);
