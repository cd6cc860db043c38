import { defaultLabels, type Translation } from './labels'

export type Direction = 'ltr' | 'rtl'

/** The strings of the UI kit in one language, and its text direction. Plain data. */
export interface LocalePack {
  dir: Direction
  labels: Translation
}

// French puts a narrow no-break space before ":".
const NNBSP = '\u202F'

export const en: LocalePack = { dir: 'ltr', labels: defaultLabels }

export const fr: LocalePack = {
  dir: 'ltr',
  labels: {
    onlineUsers: {
      count: { one: '# personne en ligne', other: '# personnes en ligne' },
      you: '(vous)',
      empty: 'Personne n’est en ligne',
      loading: 'Connexion…',
      error: 'Impossible de charger qui est en ligne',
      stale: `Reconnexion${NNBSP}: cette liste n’est peut-être plus à jour`,
      more: '+{count}',
      moreLabel: { one: '# autre personne', other: '# autres personnes' },
      moreList: 'Autres personnes en ligne',
    },
    typing: {
      someone: 'Quelqu’un',
      one: '{name} écrit…',
      two: '{first} et {second} écrivent…',
      three: '{first}, {second} et {third} écrivent…',
      many: '{first}, {second} et {count} autres écrivent…',
    },
    notifications: {
      region: 'Notifications',
      dismiss: 'Fermer la notification',
      queued: '{count} de plus',
      info: 'Information',
      success: 'Succès',
      warning: 'Avertissement',
      error: 'Erreur',
    },
    connection: {
      initialized: 'Pas encore connecté',
      connecting: 'Connexion…',
      connected: 'Connecté',
      unavailable: 'Connexion indisponible',
      failed: 'Échec de la connexion',
      disconnected: 'Déconnecté',
      retry: 'Réessayer',
    },
  },
}

export const de: LocalePack = {
  dir: 'ltr',
  labels: {
    onlineUsers: {
      count: { one: '# Person online', other: '# Personen online' },
      you: '(du)',
      empty: 'Niemand ist online',
      loading: 'Verbinde…',
      error: 'Konnte nicht laden, wer online ist',
      stale: 'Verbindung wird wiederhergestellt: Diese Liste ist eventuell veraltet',
      more: '+{count}',
      moreLabel: { one: '# weitere Person', other: '# weitere Personen' },
      moreList: 'Weitere Personen online',
    },
    typing: {
      someone: 'Jemand',
      one: '{name} schreibt…',
      two: '{first} und {second} schreiben…',
      three: '{first}, {second} und {third} schreiben…',
      many: '{first}, {second} und {count} weitere schreiben…',
    },
    notifications: {
      region: 'Benachrichtigungen',
      dismiss: 'Benachrichtigung schließen',
      queued: '{count} weitere',
      info: 'Information',
      success: 'Erfolg',
      warning: 'Warnung',
      error: 'Fehler',
    },
    connection: {
      initialized: 'Noch nicht verbunden',
      connecting: 'Verbinde…',
      connected: 'Verbunden',
      unavailable: 'Verbindung nicht verfügbar',
      failed: 'Verbindung fehlgeschlagen',
      disconnected: 'Getrennt',
      retry: 'Erneut versuchen',
    },
  },
}

export const es: LocalePack = {
  dir: 'ltr',
  labels: {
    onlineUsers: {
      count: { one: '# persona en línea', other: '# personas en línea' },
      you: '(tú)',
      empty: 'No hay nadie en línea',
      loading: 'Conectando…',
      error: 'No se pudo cargar quién está en línea',
      stale: 'Reconectando: puede que esta lista no esté al día',
      more: '+{count}',
      moreLabel: { one: '# persona más', other: '# personas más' },
      moreList: 'Más personas en línea',
    },
    typing: {
      someone: 'Alguien',
      one: '{name} está escribiendo…',
      two: '{first} y {second} están escribiendo…',
      three: '{first}, {second} y {third} están escribiendo…',
      many: '{first}, {second} y {count} más están escribiendo…',
    },
    notifications: {
      region: 'Notificaciones',
      dismiss: 'Descartar notificación',
      queued: '{count} más',
      info: 'Información',
      success: 'Éxito',
      warning: 'Advertencia',
      error: 'Error',
    },
    connection: {
      initialized: 'Aún sin conectar',
      connecting: 'Conectando…',
      connected: 'Conectado',
      unavailable: 'Conexión no disponible',
      failed: 'La conexión falló',
      disconnected: 'Desconectado',
      retry: 'Reintentar',
    },
  },
}

export const ja: LocalePack = {
  dir: 'ltr',
  labels: {
    onlineUsers: {
      count: '{count}人がオンライン',
      you: '(あなた)',
      empty: 'オンラインのユーザーはいません',
      loading: '接続中…',
      error: 'オンラインのユーザーを読み込めませんでした',
      stale: '再接続中: この一覧は最新ではない可能性があります',
      more: '+{count}',
      moreLabel: 'ほか{count}人',
      moreList: 'ほかのオンラインユーザー',
    },
    typing: {
      someone: '誰か',
      one: '{name}が入力中…',
      two: '{first}と{second}が入力中…',
      three: '{first}、{second}、{third}が入力中…',
      many: '{first}、{second}ほか{count}人が入力中…',
    },
    notifications: {
      region: '通知',
      dismiss: '通知を閉じる',
      queued: 'ほか{count}件',
      info: '情報',
      success: '成功',
      warning: '警告',
      error: 'エラー',
    },
    connection: {
      initialized: '未接続',
      connecting: '接続中…',
      connected: '接続済み',
      unavailable: '接続できません',
      failed: '接続に失敗しました',
      disconnected: '切断されました',
      retry: '再試行',
    },
  },
}

export const ar: LocalePack = {
  dir: 'rtl',
  labels: {
    onlineUsers: {
      count: {
        zero: 'لا أحد متصل',
        one: 'شخص واحد متصل',
        two: 'شخصان متصلان',
        few: '# أشخاص متصلون',
        many: '# شخصًا متصلًا',
        other: '# شخص متصل',
      },
      you: '(أنت)',
      empty: 'لا أحد متصل الآن',
      loading: 'جارٍ الاتصال…',
      error: 'تعذّر تحميل قائمة المتصلين',
      stale: 'جارٍ إعادة الاتصال: قد لا تكون هذه القائمة محدّثة',
      more: '+{count}',
      moreLabel: {
        one: 'شخص آخر',
        two: 'شخصان آخران',
        few: '# أشخاص آخرين',
        many: '# شخصًا آخر',
        other: '# شخص آخر',
      },
      moreList: 'متصلون آخرون',
    },
    typing: {
      someone: 'شخص ما',
      one: '{name} يكتب…',
      two: '{first} و{second} يكتبان…',
      three: '{first} و{second} و{third} يكتبون…',
      many: '{first} و{second} و{count} آخرون يكتبون…',
    },
    notifications: {
      region: 'الإشعارات',
      dismiss: 'إغلاق الإشعار',
      queued: '{count} أخرى',
      info: 'معلومة',
      success: 'نجاح',
      warning: 'تحذير',
      error: 'خطأ',
    },
    connection: {
      initialized: 'لم يتم الاتصال بعد',
      connecting: 'جارٍ الاتصال…',
      connected: 'متصل',
      unavailable: 'الاتصال غير متاح',
      failed: 'فشل الاتصال',
      disconnected: 'غير متصل',
      retry: 'إعادة المحاولة',
    },
  },
}

/** The built-in locale packs, by language subtag: what `locale="fr"` picks from. */
export const locales: Readonly<Record<string, LocalePack>> = { en, fr, de, es, ja, ar }
