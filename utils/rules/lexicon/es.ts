/**
 * Spanish (Spain and Latin America). Informal tú/vos and formal usted forms, and the accentless
 * spellings people type on phones.
 *
 * NOTE: Lexicon has no field for local names of apps and payment services ("wasap", "guasap",
 * "Bizum", "Mercado Pago"…). They are exported as `localChannels` (label → aliases) for the engine
 * to fold into its channel lists.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['wasap', 'guasap', 'wsp', 'wpp', 'wassap', 'watsap', 'whatsapito'],
    Telegram: ['telegra', 'tlg'],
  },
  payment: {
    Bizum: ['bizum'],
    'Mercado Pago': ['mercado pago', 'mercadopago'],
    Nequi: ['nequi'],
    Yape: ['yape'],
    Daviplata: ['daviplata'],
    Zelle: ['zelle'],
  },
};

/**
 * NOTE: Lexicon has no field for the words that make a following number an ID or a code rather
 * than a phone number ("order number 4471209", postal codes). `order` words alone do; `number`
 * words do right after one. Some entries are two words; the number may also come first
 * ("número de pedido 300-4512-88").
 */
export const idCues: { order: string[]; number: string[] } = {
  order: ['pedido', 'orden', 'factura', 'ticket', 'folio', 'referencia', 'expediente', 'guía', 'código postal', 'cp'],
  number: ['número', 'núm', 'num', 'no'],
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['arroba'],
  dot: ['punto'],
};

export const lexicon: Lexicon = {
  lang: 'es',
  name: 'Spanish',
  talk: [
    'hablamos por', 'hablemos por', 'hablamos en', 'hablar por', 'habla conmigo por', 'hable conmigo por',
    'escríbeme por', 'escríbeme al', 'escríbame por', 'escríbame al', 'escribime por', 'escribime al',
    'agrégame en', 'agrégame a', 'agrégueme en', 'agregame al', 'añádeme en', 'añádeme a',
    'contáctame por', 'contácteme por', 'contactame al', 'contactarme por', 'contactarnos por',
    'búscame en', 'búsqueme en', 'me encuentras en', 'me encuentra en',
    'mándame un mensaje por', 'mándame un mensaje al', 'envíame un mensaje por', 'mandame un msj al',
    'chateamos por', 'chatear por', 'chateemos por', 'seguimos por', 'sigamos por', 'seguimos hablando por',
    'continuamos por', 'continuemos por', 'continuar la conversación por', 'pasemos a', 'nos pasamos a',
    'nos comunicamos por', 'comunicarnos por', 'comuníquese por', 'te escribo por', 'te escribo al',
    'le escribo por', 'te hablo por', 'le hablo por', 'te llamo por', 'le llamo por', 'te marco por',
    'videollamada por', 'videollamada en', 'llamada por', 'llamada en', 'reunión por', 'reunión en',
    'una reunión por', 'nos conectamos por', 'conectemos por', 'entrevista por', 'nos vemos en',
    'agendemos una llamada en', 'hacemos una llamada por', 'reunirnos por', 'me mandas un mensaje al',
  ],
  phoneCall: [
    'llámame', 'llámeme', 'márcame', 'márqueme', 'llámame al', 'llamame al cel', 'te llamo al',
    'te llamo por teléfono', 'le llamo por teléfono', 'me llamas', 'me llama usted', 'me marcas',
    'me puedes llamar', 'me puede llamar', 'puedo llamarte', 'puedo llamarle', 'te marco',
    'llamada telefónica', 'por teléfono', 'hablemos por teléfono', 'hablamos por teléfono',
    'dame un telefonazo', 'mándame un sms', 'envíame un sms', 'te mando un sms', 'mándame un mensaje de texto',
    'llamada al celular', 'llamada al móvil',
  ],
  inPerson: [
    'nos vemos en un café', 'nos vemos en el café', 'vernos en un café', 'nos vemos en el local', 'nos vemos en la oficina', 'vernos en la oficina', 'vernos en persona', 'reunirnos en mi oficina', 'reunirnos en la oficina', 'reunirnos en nuestra oficina', 'pásate por nuestra oficina', 'ven a la oficina', 'venga a la oficina', 'quedamos en un café', 'quedamos para un café', 'un café para hablar',
    'en persona', 'nos vemos en persona', 'reunirnos en persona', 'reunión presencial', 'reunion presencial',
    'tomar un café', 'tomamos un café', 'nos tomamos un café', 'un cafecito', 'ven a mi oficina',
    'venga a mi oficina', 'pásate por la oficina', 'pásate por mi oficina', 'nos juntamos en', 'juntarnos en',
    'nos vemos en mi oficina', 'visitarte en tu oficina',
  ],
  elsewhere: [
    'en lugar de pasar por upwork', 'en vez de pasar por upwork', 'sin pasar por upwork',
    'escríbeme al correo', 'escríbeme un correo', 'mándame un correo', 'mándame un mail', 'envíame un correo', 'contáctame por correo', 'respóndeme por correo', 'continuamos por correo',
    'fuera de upwork', 'por fuera de upwork', 'afuera de upwork', 'fuera de la plataforma',
    'por fuera de la plataforma', 'salir de upwork', 'salirnos de upwork', 'saltarnos upwork',
    'sin intermediarios', 'por otro medio', 'por otra vía', 'por otra app', 'por otra plataforma',
    'por privado', 'al privado', 'por interno', 'seguimos en otro lado', 'continuar en otro lado',
    'hablamos en otro lado', 'escríbeme por correo', 'hablamos por correo', 'seguimos por correo',
  ],
  contactNouns: [
    'contactarte', 'contactarlo', 'contactarla', 'contactarle', 'contactar contigo', 'localizarte', 'forma de contactarte', 'manera de contactarte',
    'número', 'número de teléfono', 'número de celular', 'número de móvil', 'numerito', 'teléfono', 'tel',
    'tlf', 'tfno', 'celular', 'cel', 'móvil', 'correo', 'correo electrónico', 'email', 'e-mail', 'mail',
    'imeil', 'contacto', 'datos de contacto', 'usuario', 'nombre de usuario', 'id', 'arroba',
  ],
  contactAsk: [
    'cómo puedo', 'cómo podemos', 'cómo te', 'cómo le', 'la mejor forma de', 'la mejor manera de', 'alguna forma de', 'déjame tu', 'déjeme su', 'facilitarme su', 'facilítame tu',
    'cuál es tu', 'cuál es su', 'me pasas tu', 'me pasás tu', 'pásame tu', 'páseme su', 'me pasa su',
    'me das tu', 'dame tu', 'me da su', 'deme su', 'me compartes tu', 'compárteme tu', 'me comparte su',
    'me puedes pasar tu', 'me puede pasar su', 'me podrías pasar tu', 'me podría pasar su', 'me envías tu',
    'envíame tu', 'envíeme su', 'mándame tu', 'me facilitas tu', 'me facilita su', 'aquí está mi',
    'aquí tienes mi', 'aquí tiene mi', 'este es mi', 'esta es mi', 'mi', 'te dejo mi', 'le dejo mi',
    'te paso mi', 'le paso mi', 'te comparto mi', 'le comparto mi', 'anota mi', 'apunta mi', 'agenda mi',
    'guarda mi',
    'tienes', 'tiene usted',
  ],
  payment: [
    'por fuera te pago', 'en efectivo', 'con cheque', 'un cheque',
    'pagarte directamente', 'te pago directamente', 'le pago directamente', 'pagarle directamente',
    'pago directo', 'pagos directos', 'pago por fuera', 'pagar por fuera', 'te pago por fuera',
    'pago fuera de upwork', 'pagar fuera de upwork', 'transferencia bancaria', 'transferencia directa',
    'depósito bancario', 'te hago un depósito', 'te transfiero directamente', 'evitar la comisión de upwork',
    'evitar la comisión', 'evitar las comisiones', 'ahorrarnos la comisión', 'ahorrar la comisión',
    'sin la comisión de upwork', 'para no pagar la comisión', 'cerramos el contrato y seguimos por fuera',
    'cerrar el contrato aquí y seguir directo', 'facturarme directamente', 'factúrame directamente',
    'facturar directamente a mi empresa', 'te facturo directamente', 'le facturo directamente',
    'pago en efectivo', 'te pago en efectivo', 'tu cuenta bancaria', 'mi cuenta bancaria', 'su cuenta bancaria',
    'número de cuenta bancaria', 'clabe interbancaria', 'cbu', 'alias del cbu', 'en criptomonedas',
    'en usdt', 'en cripto',
  ],
  payVerbs: [
    'te deposito en', 'deposito',
    'pagar', 'pagarte', 'pagarle', 'te pago', 'le pago', 'pago por', 'transferir', 'transferirte',
    'te transfiero', 'te envío el dinero', 'enviar el dinero', 'te mando el dinero', 'mandar el dinero',
    'te deposito', 'depositar', 'depositarte', 'facturar', 'facturarte', 'te cobro', 'cobrar por',
    'cobrarme por', 'recibir el pago', 'aceptas pagos', 'acepta pagos', 'abonar', 'te abono',
  ],
  onUpwork: [
    'aquí en upwork', 'por upwork', 'a través de upwork', 'mediante upwork', 'en upwork', 'dentro de upwork',
    'por aquí', 'aquí mismo', 'por este chat', 'en este chat', 'por este medio', 'mensajes de upwork',
    'el chat de upwork', 'videollamada de upwork', 'dentro de la plataforma', 'por la plataforma',
    'en la plataforma', 'llamada de upwork',
  ],
  refusal: [
    'no acepto', 'no aceptamos', 'no me gusta pagar fuera', 'no quiero pagar fuera', 'no trabajo fuera', 'no pago fuera', 'no cobro fuera', 'prefiero no',
    'no puedo compartir', 'no puedo pasar', 'no puedo darte', 'no puedo dar', 'no puedo salir',
    'no está permitido', 'no se permite', 'está prohibido', 'va contra las reglas', 'va en contra de las normas',
    'contra los términos', 'contra las políticas', 'las reglas de upwork', 'las normas de upwork',
    'los términos de upwork', 'políticas de upwork', 'cuando empiece el contrato', 'cuando inicie el contrato',
    'una vez que empiece el contrato', 'una vez iniciado el contrato', 'después del contrato',
    'después de iniciar el contrato', 'cuando se firme el contrato', 'prefiero mantenerlo aquí',
    'prefiero seguir aquí', 'sigamos aquí', 'mantengamos la conversación aquí', 'no comparto',
    'mejor por aquí', 'me pueden suspender',
  ],
  digits: [
    ['cero'], ['uno', 'un', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'],
  ],
  bigNumbers: {
    10: ['diez'], 11: ['once'], 12: ['doce'], 13: ['trece'], 14: ['catorce'], 15: ['quince'], 16: ['dieciséis'],
    17: ['diecisiete'], 18: ['dieciocho'], 19: ['diecinueve'], 20: ['veinte'], 30: ['treinta'], 40: ['cuarenta'],
    50: ['cincuenta'], 60: ['sesenta'], 70: ['setenta'], 80: ['ochenta'], 90: ['noventa'], 100: ['cien', 'ciento'],
  },
  workSubject: [
    'sdk', 'integrar', 'integración', 'integre', 'api', 'bot', 'chatbot', 'aplicación', 'plugin', 'complemento',
    'migración', 'migrar', 'pasarela de pago', 'pasarela', 'checkout', 'tienda', 'tienda online', 'servidor',
    'canal de', 'grupo de', 'automatizar', 'automatización', 'webhook', 'desarrollar', 'desarrollo',
    'configurar', 'moderación', 'moderador', 'campaña', 'marketing', 'plantilla', 'plantillas', 'botón',
    'widget', 'clon', 'anuncios', 'validación', 'formulario', 'campo', 'base de datos', 'newsletter',
    'experiencia con', 'experiencia en', 'bots', 'chatbots', 'integraciones', 'integrando', 'notificaciones',
    'recordatorios', 'seguidores', 'publicaciones', 'grabaciones', 'grabación', 'transcripción', 'plugins',
    'webhooks', 'flujo', 'flujos', 'desarrollador', 'programar', 'implementar', 'embebido',
    'plantillas de mensajes', 'para negocios', 'business api', 'una app', 'la app', 'app de',
  ],
  near: [
    'llamada', 'videollamada', 'reunion', 'reunión', 'chatear', 'conversar', 'hablar', 'mensaje', 'agrega',
    'contacto',
  ],
  feeHints: ['comision', 'comisión', 'tarifa'],
  words: {
    negation: ['no', 'nunca'],
    shareOrUseStems: ['compart', 'dar', 'envi', 'manda', 'usar', 'uso'],
    upworkNegator: ['no', 'sin', 'lugar', 'vez'],
    routeNegator: ['sin'],
    routeWords: ['por'],
    here: ['aquí', 'aqui', 'acá', 'aca'],
    pastJobAdjective: ['ultimo', 'último', 'anterior', 'pasado'],
    pastJobNoun: ['trabajo', 'empleo', 'puesto', 'empresa'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['pidio', 'pidió', 'pidiendo'],
    reportedTarget: ['me', 'nos'],
    objectClitics: ['me', 'nos'],
    speakers: ['yo', 'nosotros'],
    orderWords: ['pedido', 'factura', 'orden'],
    numberNouns: ['no', 'num', 'numero', 'número'],
    phoneNouns: ['teléfono', 'telefono', 'celular', 'móvil'],
    referenceNouns: ['seguimiento', 'pedidos'],
    channelPrepositions: ['por', 'al', 'en'],
    appPrepositions: ['por', 'al'],
    channelNext: ['numero', 'número'],
    yourWords: ['tu'],
    sendStems: ['manda', 'mande', 'envi', 'dame', 'dar', 'compart'],
    myWords: ['mi'],
    directly: ['directamente'],
    payStems: ['paga', 'pago', 'pagar', 'factur', 'cobr'],
    payoutStems: ['retir', 'vinculad', 'conectad'],
    avoidStems: ['evit', 'ahorr', 'econom'],
    feeStems: ['comisi', 'tarifa'],
    platformStems: ['plataforma'],
    payLinkPrepositions: ['en', 'por'],
    callMePronouns: ['mi'],
    notANameAfterCallMe: [
      'mañana', 'hoy', 'luego', 'ahora', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
      'al', 'a', 'en', 'su', 'por', 'y',
    ],
    nameFillers: ['solo', 'simplemente'],
    contractStems: ['factur', 'acuerdo', 'proyecto'],
    contactVerbStems: ['contacta', 'contacte'],
    emailAt: ['arroba'],
    emailDot: ['punto'],
    socialCueStems: ['escrib', 'mensaj', 'ahi', 'alla', 'directo'],
    without: ['sin'],
    idNouns: ['usuario'],
    idFillers: ['es'],
    ownIdNouns: ['contacto', 'usuario', 'cuenta'],
    copula: ['es'],
    iAm: ['soy'],
    numberOrPhoneNouns: ['numero', 'número', 'teléfono', 'celular'],
    firstPerson: ['mi'],
    callStems: ['llam', 'marca', 'marq'],
    emailParts: ['correo'],
    emailLabelParts: ['correo'],
    feeOrOutsideParts: ['fuera'],
    callMeEndings: ['ame', 'eme', 'ime'],
    offerPossessives: ['mi'],
  },
};
