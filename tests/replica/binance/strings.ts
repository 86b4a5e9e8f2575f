// Words the replica shows, per locale. English and Russian follow Binance's page as closely as
// we know it; "ja" stands for a language whose words the extension's table does not hold.
export interface ReplicaStrings {
  pageTitle: string;
  dashboard: string;
  apiManagementLink: string;
  info: string;
  createApi: string;
  loading: string;
  apiKey: string;
  secretKey: string;
  secretOnce: string;
  editRestrictions: string;
  delete: string;
  deleteConfirm: string;
  apiRestrictions: string;
  permissions: Record<PermissionId, string>;
  ipRestrictions: string;
  unrestricted: string;
  unrestrictedNote: string;
  restricted: string;
  ipPlaceholder: string;
  confirm: string;
  cancel: string;
  save: string;
  invalidIp: string;
  /** Binance refusing an address it does not take (not its format): the replica's own wording. */
  ipRefused: string;
  tooMany: string;
  needIp: string;
  securityVerification: string;
  authenticatorCode: string;
  submit: string;
  wrongCode: string;
  saved: string;
  removeIp: string;
  /** The API's third restriction (trusted third-party IPs), when a variant shows it. */
  thirdParty: string;
  copy: string;
}

export type PermissionId = 'reading' | 'spotMargin' | 'marginLoan' | 'futures' | 'withdrawals' | 'universalTransfer';
export const PERMISSION_IDS: PermissionId[] = ['reading', 'spotMargin', 'marginLoan', 'futures', 'withdrawals', 'universalTransfer'];

const en: ReplicaStrings = {
  pageTitle: 'API Management',
  dashboard: 'Dashboard',
  apiManagementLink: 'API Management',
  info: '1. Each account can create up to 30 API Keys. 2. Do not disclose your API Key, Secret Key (HMAC) or Private Key (Ed25519, RSA) to anyone to avoid asset losses. 3. It is recommended to restrict access to trusted IPs only.',
  createApi: 'Create API',
  loading: 'Loading',
  apiKey: 'API Key',
  secretKey: 'Secret Key',
  secretOnce: 'Please save your Secret Key. It will not be shown again.',
  editRestrictions: 'Edit restrictions',
  delete: 'Delete',
  deleteConfirm: 'Are you sure you want to delete this API key?',
  apiRestrictions: 'API restrictions:',
  permissions: {
    reading: 'Enable Reading',
    spotMargin: 'Enable Spot & Margin Trading',
    marginLoan: 'Enable Margin Loan, Repay & Transfer',
    futures: 'Enable Futures',
    withdrawals: 'Enable Withdrawals',
    universalTransfer: 'Permits Universal Transfer',
  },
  ipRestrictions: 'IP access restrictions:',
  unrestricted: 'Unrestricted (Less Secure)',
  unrestrictedNote: 'This API key allows access from any IP address. This is not recommended.',
  restricted: 'Restrict access to trusted IPs only (Recommended)',
  ipPlaceholder: 'Add IP addresses separated by spaces or commas',
  confirm: 'Confirm',
  cancel: 'Cancel',
  save: 'Save',
  invalidIp: 'Invalid IP address format',
  ipRefused: 'This IP address is not supported',
  tooMany: 'You can add up to 30 IP addresses.',
  needIp: 'Please add at least one IP address.',
  securityVerification: 'Security Verification',
  authenticatorCode: 'Authenticator App Code',
  submit: 'Submit',
  wrongCode: 'Incorrect verification code. Please try again.',
  saved: 'API restrictions updated',
  removeIp: 'Remove',
  thirdParty: 'Restrict access to trusted third-party IPs',
  copy: 'Copy',
};

const ru: ReplicaStrings = {
  pageTitle: 'Управление API',
  dashboard: 'Панель управления',
  apiManagementLink: 'Управление API',
  info: '1. Каждый аккаунт может создать до 30 API-ключей. 2. Никому не сообщайте свой API-ключ и секретный ключ, чтобы избежать потери активов. 3. Рекомендуется ограничить доступ только доверенными IP.',
  createApi: 'Создать API',
  loading: 'Загрузка',
  apiKey: 'API-ключ',
  secretKey: 'Секретный ключ',
  secretOnce: 'Сохраните секретный ключ. Он больше не будет показан.',
  editRestrictions: 'Изменить ограничения',
  delete: 'Удалить',
  deleteConfirm: 'Вы уверены, что хотите удалить этот API-ключ?',
  apiRestrictions: 'Ограничения API:',
  permissions: {
    reading: 'Включить чтение',
    spotMargin: 'Включить спотовую и маржинальную торговлю',
    marginLoan: 'Включить маржинальный заем, погашение и перевод',
    futures: 'Включить фьючерсы',
    withdrawals: 'Включить вывод средств',
    universalTransfer: 'Разрешить универсальный перевод',
  },
  ipRestrictions: 'Ограничения доступа по IP:',
  unrestricted: 'Без ограничений (менее безопасно)',
  unrestrictedNote: 'Этот API-ключ разрешает доступ с любого IP-адреса. Это не рекомендуется.',
  restricted: 'Ограничить доступ только доверенными IP (рекомендуется)',
  ipPlaceholder: 'Добавьте IP-адреса через пробел или запятую',
  confirm: 'Подтвердить',
  cancel: 'Отмена',
  save: 'Сохранить',
  invalidIp: 'Неверный формат IP-адреса',
  ipRefused: 'Этот IP-адрес не поддерживается',
  tooMany: 'Можно добавить не более 30 IP-адресов.',
  needIp: 'Добавьте хотя бы один IP-адрес.',
  securityVerification: 'Проверка безопасности',
  authenticatorCode: 'Код из приложения-аутентификатора',
  submit: 'Отправить',
  wrongCode: 'Неверный код подтверждения. Попробуйте еще раз.',
  saved: 'Ограничения API обновлены',
  removeIp: 'Удалить',
  thirdParty: 'Ограничить доступ доверенными сторонними IP',
  copy: 'Копировать',
};

const es: ReplicaStrings = {
  pageTitle: 'Gestión de API',
  dashboard: 'Panel',
  apiManagementLink: 'Gestión de API',
  info: '1. Cada cuenta puede crear hasta 30 claves API. 2. No reveles tu clave API ni tu clave secreta a nadie. 3. Se recomienda restringir el acceso solo a IP de confianza.',
  createApi: 'Crear API',
  loading: 'Cargando',
  apiKey: 'Clave API',
  secretKey: 'Clave secreta',
  secretOnce: 'Guarda tu clave secreta. No se volverá a mostrar.',
  editRestrictions: 'Editar restricciones',
  delete: 'Eliminar',
  deleteConfirm: '¿Seguro que quieres eliminar esta clave API?',
  apiRestrictions: 'Restricciones de API:',
  permissions: {
    reading: 'Habilitar lectura',
    spotMargin: 'Habilitar trading spot y de margen',
    marginLoan: 'Habilitar préstamo, reembolso y transferencia de margen',
    futures: 'Habilitar futuros',
    withdrawals: 'Habilitar retiros',
    universalTransfer: 'Permite transferencia universal',
  },
  ipRestrictions: 'Restricciones de acceso por IP:',
  unrestricted: 'Sin restricciones (menos seguro)',
  unrestrictedNote: 'Esta clave API permite el acceso desde cualquier dirección IP. No se recomienda.',
  restricted: 'Restringir el acceso solo a IP de confianza (recomendado)',
  ipPlaceholder: 'Añade direcciones IP separadas por espacios o comas',
  confirm: 'Confirmar',
  cancel: 'Cancelar',
  save: 'Guardar',
  invalidIp: 'Formato de dirección IP no válido',
  ipRefused: 'Esta dirección IP no es compatible',
  tooMany: 'Puedes añadir hasta 30 direcciones IP.',
  needIp: 'Añade al menos una dirección IP.',
  securityVerification: 'Verificación de seguridad',
  authenticatorCode: 'Código de la app de autenticación',
  submit: 'Enviar',
  wrongCode: 'Código de verificación incorrecto.',
  saved: 'Restricciones de API actualizadas',
  removeIp: 'Eliminar',
  thirdParty: 'Restringir el acceso a IP de terceros de confianza',
  copy: 'Copiar',
};

const ja: ReplicaStrings = {
  pageTitle: 'API管理',
  dashboard: 'ダッシュボード',
  apiManagementLink: 'API管理',
  info: '1. 各アカウントは最大30個のAPIキーを作成できます。2. APIキーとシークレットキーを誰にも開示しないでください。',
  createApi: 'APIを作成',
  loading: '読み込み中',
  apiKey: 'APIキー',
  secretKey: 'シークレットキー',
  secretOnce: 'シークレットキーを保存してください。再表示されません。',
  editRestrictions: '制限を編集',
  delete: '削除',
  deleteConfirm: 'このAPIキーを削除しますか?',
  apiRestrictions: 'API制限:',
  permissions: {
    reading: '読み取りを有効にする',
    spotMargin: '現物・マージン取引を有効にする',
    marginLoan: 'マージン借入・返済・振替を有効にする',
    futures: '先物を有効にする',
    withdrawals: '出金を有効にする',
    universalTransfer: 'ユニバーサル振替を許可',
  },
  ipRestrictions: 'IPアクセス制限:',
  unrestricted: '制限なし(安全性が低い)',
  unrestrictedNote: 'このAPIキーは任意のIPアドレスからのアクセスを許可します。',
  restricted: '信頼できるIPのみにアクセスを制限(推奨)',
  ipPlaceholder: 'IPアドレスをスペースまたはカンマで区切って追加',
  confirm: '確認',
  cancel: 'キャンセル',
  save: '保存',
  invalidIp: 'IPアドレスの形式が無効です',
  ipRefused: 'このIPアドレスには対応していません',
  tooMany: 'IPアドレスは最大30個まで追加できます。',
  needIp: 'IPアドレスを1つ以上追加してください。',
  securityVerification: 'セキュリティ認証',
  authenticatorCode: '認証アプリのコード',
  submit: '送信',
  wrongCode: '認証コードが正しくありません。',
  saved: 'API制限が更新されました',
  removeIp: '削除',
  thirdParty: '信頼できる第三者のIPのみに制限',
  copy: 'コピー',
};

export const STRINGS: Record<string, ReplicaStrings> = { en, ru, es, ja };

/**
 * Other plausible wording for the languages whose words the extension only guesses (ru, es):
 * none of these is in lib/binance/words.ts except Delete and Cancel, so on this wording the
 * page model must find Edit, the radios, Confirm, Save and 2FA by structure alone, and leaves
 * Spot & Margin to the user (it never guesses a checkbox).
 */
const OTHER_WORDING: Record<string, Partial<ReplicaStrings> & { spotMargin: string }> = {
  ru: {
    editRestrictions: 'Настроить ограничения',
    unrestricted: 'Доступ с любых IP (небезопасно)',
    restricted: 'Только доверенные IP-адреса (рекомендуется)',
    confirm: 'Добавить',
    save: 'Применить',
    securityVerification: 'Подтверждение безопасности',
    spotMargin: 'Спотовая и маржинальная торговля',
  },
  es: {
    editRestrictions: 'Modificar restricciones',
    unrestricted: 'Acceso desde cualquier IP (menos seguro)',
    restricted: 'Solo IP de confianza (recomendado)',
    confirm: 'Añadir',
    save: 'Aplicar',
    securityVerification: 'Comprobación de seguridad',
    spotMargin: 'Permitir trading spot y margen',
  },
};

/** The replica's words for a locale and a variant's wording. */
export function stringsFor(locale: string, wording: 'ours' | 'other' = 'ours'): ReplicaStrings {
  const base = STRINGS[locale] ?? STRINGS.en!;
  const other = wording === 'other' ? OTHER_WORDING[locale] : undefined;
  if (!other) return base;
  const { spotMargin, ...rest } = other;
  return { ...base, ...rest, permissions: { ...base.permissions, spotMargin } };
}
