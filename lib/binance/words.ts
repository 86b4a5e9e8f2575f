// The words Binance's API-management page shows, per locale, that the page model matches on.
// Matching is case-insensitive on a prefix of the element's own text, so "(Recommended)" and
// similar tails don't matter. `confirmed: false` marks a locale whose words we could not check
// against the live page; the structural fallbacks in locate.ts cover a word that is wrong.

export interface PageWords {
  /** Words seen on Binance's real page (../shared/FIELD-NOTES.md); every other word is a guess, and structure carries the lookup without it. */
  seen: string[];
  editRestrictions: string[];
  delete: string[];
  unrestricted: string[];
  restricted: string[];
  confirm: string[];
  save: string[];
  cancel: string[];
  spotMargin: string[];
  withdrawals: string[];
  securityVerification: string[];
}

const en: PageWords = {
  seen: ['Enable Spot & Margin Trading', 'Enable Withdrawals', 'Unrestricted (Less Secure)', 'Restrict access to trusted IPs only', 'Security Verification'],
  editRestrictions: ['Edit restrictions'],
  delete: ['Delete'],
  unrestricted: ['Unrestricted'],
  restricted: ['Restrict access to trusted IPs only'],
  confirm: ['Confirm'],
  save: ['Save'],
  cancel: ['Cancel'],
  spotMargin: ['Enable Spot & Margin Trading'],
  withdrawals: ['Enable Withdrawals'],
  securityVerification: ['Security Verification'],
};

const ru: PageWords = {
  seen: [],
  editRestrictions: ['Изменить ограничения', 'Редактировать ограничения'],
  delete: ['Удалить'],
  unrestricted: ['Без ограничений', 'Неограниченный'],
  restricted: ['Ограничить доступ только доверенными IP', 'Ограничить доступ только для доверенных IP'],
  confirm: ['Подтвердить'],
  save: ['Сохранить'],
  cancel: ['Отмена', 'Отменить'],
  spotMargin: ['Включить спотовую и маржинальную торговлю', 'Разрешить спотовую и маржинальную торговлю'],
  withdrawals: ['Включить вывод средств', 'Разрешить вывод'],
  securityVerification: ['Проверка безопасности'],
};

const es: PageWords = {
  seen: [],
  editRestrictions: ['Editar restricciones'],
  delete: ['Eliminar', 'Borrar'],
  unrestricted: ['Sin restricciones', 'Sin restricción'],
  restricted: ['Restringir el acceso solo a IP de confianza', 'Restringir el acceso a IP de confianza'],
  confirm: ['Confirmar'],
  save: ['Guardar'],
  cancel: ['Cancelar'],
  spotMargin: ['Habilitar trading spot y de margen', 'Habilitar trading de spot y margen'],
  withdrawals: ['Habilitar retiros'],
  securityVerification: ['Verificación de seguridad'],
};

const pt: PageWords = {
  seen: [],
  editRestrictions: ['Editar restrições'],
  delete: ['Excluir', 'Eliminar'],
  unrestricted: ['Irrestrito', 'Sem restrições'],
  restricted: ['Restringir o acesso apenas a IPs confiáveis', 'Restringir acesso apenas a IPs confiáveis'],
  confirm: ['Confirmar'],
  save: ['Salvar', 'Guardar'],
  cancel: ['Cancelar'],
  spotMargin: ['Habilitar negociação spot e de margem', 'Ativar negociação spot e margem'],
  withdrawals: ['Habilitar saques', 'Ativar levantamentos'],
  securityVerification: ['Verificação de segurança'],
};

const tr: PageWords = {
  seen: ['Kısıtlamaları düzenle', 'Kaydet'],
  editRestrictions: ['Kısıtlamaları düzenle', 'Kısıtlamaları Düzenle'],
  delete: ['Sil'],
  unrestricted: ['Kısıtlamasız', 'Sınırsız'],
  restricted: ['Yalnızca güvenilir IP’lere erişimi kısıtla', "Yalnızca güvenilir IP'lere erişimi kısıtla"],
  confirm: ['Onayla'],
  save: ['Kaydet'],
  cancel: ['İptal'],
  spotMargin: ['Spot ve Marjin İşlemlerini Etkinleştir'],
  withdrawals: ['Para Çekme İşlemlerini Etkinleştir', 'Çekimleri Etkinleştir'],
  securityVerification: ['Güvenlik Doğrulaması'],
};

const uk: PageWords = {
  seen: [],
  editRestrictions: ['Змінити обмеження', 'Редагувати обмеження'],
  delete: ['Видалити'],
  unrestricted: ['Без обмежень'],
  restricted: ['Обмежити доступ лише довіреними IP', 'Обмежити доступ лише для довірених IP'],
  confirm: ['Підтвердити'],
  save: ['Зберегти'],
  cancel: ['Скасувати'],
  spotMargin: ['Увімкнути спотову та маржинальну торгівлю'],
  withdrawals: ['Увімкнути виведення'],
  securityVerification: ['Перевірка безпеки'],
};

const fr: PageWords = {
  seen: [],
  editRestrictions: ['Modifier les restrictions'],
  delete: ['Supprimer'],
  unrestricted: ['Sans restriction', 'Non restreint'],
  restricted: ['Restreindre l’accès aux IP de confiance uniquement', "Restreindre l'accès aux IP de confiance uniquement"],
  confirm: ['Confirmer'],
  save: ['Enregistrer', 'Sauvegarder'],
  cancel: ['Annuler'],
  spotMargin: ['Activer le trading Spot et sur marge', 'Activer le trading spot et sur marge'],
  withdrawals: ['Activer les retraits'],
  securityVerification: ['Vérification de sécurité'],
};

const de: PageWords = {
  seen: [],
  editRestrictions: ['Einschränkungen bearbeiten'],
  delete: ['Löschen'],
  unrestricted: ['Uneingeschränkt'],
  restricted: ['Zugriff nur auf vertrauenswürdige IPs beschränken', 'Zugriff auf vertrauenswürdige IPs beschränken'],
  confirm: ['Bestätigen'],
  save: ['Speichern'],
  cancel: ['Abbrechen'],
  spotMargin: ['Spot- und Margin-Trading aktivieren'],
  withdrawals: ['Auszahlungen aktivieren'],
  securityVerification: ['Sicherheitsüberprüfung', 'Sicherheitsverifizierung'],
};

const vi: PageWords = {
  seen: [],
  editRestrictions: ['Chỉnh sửa hạn chế', 'Chỉnh sửa giới hạn'],
  delete: ['Xóa'],
  unrestricted: ['Không hạn chế', 'Không giới hạn'],
  restricted: ['Chỉ cho phép truy cập từ các IP đáng tin cậy', 'Hạn chế quyền truy cập chỉ với IP đáng tin cậy'],
  confirm: ['Xác nhận'],
  save: ['Lưu'],
  cancel: ['Hủy'],
  spotMargin: ['Bật giao dịch Spot & Margin', 'Cho phép giao dịch Spot & Margin'],
  withdrawals: ['Bật rút tiền', 'Cho phép rút tiền'],
  securityVerification: ['Xác minh bảo mật'],
};

const zhCN: PageWords = {
  seen: ['仅限受信任IP访问', '限制只对受信任ip的访问', '允许现货及杠杆交易'],
  editRestrictions: ['编辑限制', '编辑权限'],
  delete: ['删除'],
  unrestricted: ['不限制', '无限制'],
  // Seen on Binance's page (FIELD-NOTES.md): the current wording, then an older one.
  restricted: ['仅限受信任IP访问', '限制只对受信任ip的访问', '只允许受信任的IP访问'],
  confirm: ['确认', '确定'],
  save: ['保存'],
  cancel: ['取消'],
  spotMargin: ['允许现货及杠杆交易', '启用现货和杠杆交易'],
  withdrawals: ['允许提现', '启用提现'],
  securityVerification: ['安全验证'],
};

export const WORDS: Record<string, PageWords> = { en, ru, es, pt, tr, uk, fr, de, vi, 'zh-CN': zhCN };

/**
 * The words for a locale such as "en-IN", "uk-UA", "pt-BR" or "zh-CN": the exact entry,
 * then the language alone. English is always tried too, because Binance leaves some
 * strings untranslated.
 */
export function wordsFor(locale: string | undefined): PageWords[] {
  const out: PageWords[] = [];
  if (locale) {
    const exact = Object.keys(WORDS).find((k) => k.toLowerCase() === locale.toLowerCase());
    const language = locale.split('-')[0]!.toLowerCase();
    const entry = WORDS[exact ?? ''] ?? WORDS[language];
    if (entry) out.push(entry);
  }
  if (!out.includes(en)) out.push(en);
  return out;
}

/** Normalises text for matching: trimmed, single spaces, lower case, curly quotes straightened. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase();
}

/** True when `text` starts with one of the words for `key` in any of `words`. */
export function matchesWord(text: string, words: PageWords[], key: Exclude<keyof PageWords, 'seen'>): boolean {
  const t = normalise(text);
  if (!t) return false;
  return words.some((w) => w[key].some((word) => t.startsWith(normalise(word))));
}
