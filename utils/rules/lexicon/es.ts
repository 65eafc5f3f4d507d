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
    WhatsApp: ['wasap', 'guasap', 'wsp', 'wpp', 'wassap', 'watsap', 'whatsapito', 'wasá', 'guasá', 'wasapp', 'guasapp'],
    Telegram: ['telegra', 'tlg'],
  },
  payment: {
    Bizum: ['bizum'],
    // Named by its founder ("pasámelo por la de Galperin").
    'Mercado Pago': ['mercado pago', 'mercadopago', 'la de galperin', 'app de galperin', 'la app de galperin'],
    Nequi: ['nequi'],
    // The app's name as a verb: "yapéame", "te yapeo" (pay me / I pay you by Yape).
    Yape: ['yape', 'yapeame', 'yapear', 'yapeo', 'yapeas'],
    Ualá: ['uala', 'ualá'],
    // Mexico's 18-digit interbank account number; Argentina's virtual account number.
    // Also a named bank by itself, or an account at it ("mi cuenta de Banorte", "la del BBVA"): short names
    // ("bbva") are weak, so only with a cue next to them or as "cuenta del bbva".
    // Chile's everyday account at the state bank ('cuenta RUT', 'BancoEstado').
    'bank transfer': ['clabe', 'cvu', 'cuenta rut', 'cuentarut', 'bancoestado', 'banco estado', 'banorte', 'bancolombia', 'interbank', 'bbva', 'cuenta bbva', 'cuenta del bbva', 'cuenta de bbva', 'cuenta santander', 'cuenta de santander', 'cuenta del santander'],
    Daviplata: ['daviplata'],
    Zelle: ['zelle'],
  },
};

export const lexicon: Lexicon = {
  lang: 'es',
  name: 'Spanish',
  talk: [
    // Responder en una dirección o "ahí" (fx36b-reply): "respóndeme a ana@…", "contéstame ahí".
    'respóndeme a', 'contéstame a', 'respóndame a', 'respóndeme ahí', 'contéstame ahí', 'responde ahí',
    // Bare "write me", as English has it: a cue beside a number or a handle ("escríbeme +56 9 …"), never a call alone.
    'escríbeme', 'escríbame', 'escribime', 'escríbenos', 'escríbannos',
    'hablamos por', 'hablemos por', 'hablamos en', 'hablar por', 'habla conmigo por', 'hable conmigo por',
    'charlemos por', 'charlamos por', 'escríbeme en', 'escríbame en', 'escribime en',
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
    // Voseo imperatives of the same asks (Río de la Plata, Central America): 'hablame al', 'agregame en', 'escribile a'.
    'hablame al', 'hablame por', 'háblame al', 'háblame por', 'agregame en', 'agregame a', 'buscame en', 'buscame por',
    'mandame un mensaje por', 'mandame un mensaje al', 'mandame un msj por', 'escribile a', 'escríbele a', 'escribinos por', 'escribinos al',
    'contactame por', 'seguime en', 'sumate al grupo', 'te sumo al grupo', 'te agrego al grupo', 'te añado al grupo', 'unite al grupo', 'únete al grupo',
    // A voice note sent over an app is a chat there ('mandame un audio por WhatsApp').
    'mándame un audio por', 'mandame un audio por', 'mándame un audio al', 'mandame un audio al', 'te mando un audio por', 'te mando un audio al',
    'un call por', 'una call por', 'sesión por', 'una sesión por',
    'te sumo al grupo de', 'te agrego al grupo de',
  ],
  phoneCall: [
    // Una llamada propuesta sin app ("¿hacemos una llamada rápida?", "una llamadita y lo vemos").
    'llamada rápida', 'llamadita', 'hacemos una llamada', 'hagamos una llamada', 'tengamos una llamada', 'una llamada corta',
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    'entrevista telefónica', 'reunión telefónica', 'charla telefónica', 'conversación telefónica',
    'mensaje de texto',
    'llámame', 'llámeme', 'márcame', 'márqueme', 'llámame al', 'llamame al cel', 'te llamo al',
    'te llamo por teléfono', 'le llamo por teléfono', 'me llamas', 'me llama usted', 'me marcas',
    'me puedes llamar', 'me puede llamar', 'puedo llamarte', 'puedo llamarle', 'te marco',
    'llamada telefónica', 'por teléfono', 'hablemos por teléfono', 'hablamos por teléfono',
    'dame un telefonazo', 'mándame un sms', 'envíame un sms', 'te mando un sms', 'mándame un mensaje de texto',
    'llamada al celular', 'llamada al móvil',
    // The writer's call offered with the pronoun first, formal or informal (lx29-formalcall): "¿le puedo llamar mañana?", "te llamo ahorita a tu oficina", "por llamada normal".
    'le puedo llamar', 'te puedo llamar', 'les puedo llamar', 'le llamo a su', 'te llamo a tu', 'te llamo mañana', 'le llamo mañana', 'te llamo ahorita', 'le llamo ahorita', 'te llamo luego', 'le llamo luego', 'te llamo más tarde', 'le llamo más tarde',
    'llamada normal', 'por llamada',
    // Dialling named with 'marcar' the way 'llamar' is above ("¿le puedo marcar al rato?", "márcame a mi cel").
    'te puedo marcar', 'le puedo marcar', 'les puedo marcar', 'puedo marcarte', 'puedo marcarle', 'me puedes marcar', 'me puede marcar', 'me podrías marcar', 'me podría marcar',
    'te marco ahorita', 'le marco ahorita', 'te marco mañana', 'le marco mañana', 'te marco al rato', 'le marco al rato', 'marcar a su celular', 'marcar a tu celular', 'marcarle a su celular', 'marcarte a tu celular', 'marcarle al celular', 'marcarte al cel',
  ],
  inPerson: [
    // Seeing each other at a place said before, or when money is handed over ('¿nos vemos ahí?', 'en efectivo cuando nos veamos').
    'nos vemos ahí', 'nos vemos allí', 'nos vemos allá', 'cuando nos veamos', 'nos veamos en',
    // A professional's own premises (practice, law office, cabinet, consultorio, studio).
    'pasar por mi consultorio', 'pase por mi consultorio', 'pasa por mi consultorio', 'venga al consultorio', 'vengas al consultorio', 'ven al consultorio', 'venga a mi despacho', 'pase por mi despacho', 'pasar por el despacho', 'venga a la clínica', 'ven a la clínica',
    'vengas a la tienda', 'venga a la tienda', 'ven a la tienda', 'pásate por la tienda', 'pasa por la tienda', 'vengas a la oficina', 'vengas al local', 'venga al local', 'ven al local', 'vengas al taller', 'venga al taller', 'ven al taller', 'vengas a mi casa',
    'quedar en mi despacho', 'en mi despacho', 'vernos en mi oficina',
    'nos vemos en un café', 'nos vemos en el café', 'vernos en un café', 'nos vemos en el local', 'nos vemos en la oficina', 'vernos en la oficina', 'vernos en persona', 'reunirnos en mi oficina', 'reunirnos en la oficina', 'reunirnos en nuestra oficina', 'pásate por nuestra oficina', 'ven a la oficina', 'venga a la oficina', 'quedamos en un café', 'quedamos para un café', 'un café para hablar',
    'en persona', 'nos vemos en persona', 'reunirnos en persona', 'reunión presencial', 'reunion presencial',
    // The interview or meeting said to be in person ('la entrevista es presencial', 'de forma presencial').
    'entrevista presencial', 'sería presencial', 'será presencial', 'es presencial', 'de forma presencial', 'de manera presencial', 'en nuestras oficinas de',
    'tomar un café', 'tomamos un café', 'nos tomamos un café', 'un cafecito', 'ven a mi oficina',
    'venga a mi oficina', 'pásate por la oficina', 'pásate por mi oficina', 'nos juntamos en', 'juntarnos en',
    'nos vemos en mi oficina', 'visitarte en tu oficina',
    // The reader invited over to the firm's own premises ("lo invitamos a conocer nuestra planta").
    'te invito a visitar', 'le invito a visitar', 'los invito a visitar', 'lo invito a visitar', 'la invito a visitar', 'te invitamos a visitar', 'le invitamos a visitar', 'lo invitamos a visitar',
    'visitar nuestra fábrica', 'visitar nuestras oficinas', 'visitar nuestra oficina', 'visitar nuestro taller', 'visitar nuestra planta', 'visitar nuestras instalaciones', 'conocer nuestras instalaciones', 'conocer nuestra fábrica', 'conocer nuestra planta', 'conocer nuestras oficinas',
    'ven a la fábrica', 'venga a la fábrica', 'vengas a la fábrica', 'ven a nuestra fábrica', 'venga a nuestra fábrica', 'venga a nuestras oficinas', 'ven a nuestras oficinas',
    // Tutoring in person: lessons at home, meeting in the library.
    'vernos en la biblioteca', 'nos vemos en la biblioteca', 'clases a domicilio', 'clases en mi casa', 'clases en tu casa', 'ven a mi casa',
  ],
  elsewhere: [
    // Hablar en privado o directamente, sin nombrar la app ("escríbeme en privado", "contáctame directamente").
    'contactame directamente', 'escribeme directamente', 'contactarme directamente', 'escribeme en privado', 'hablemos en privado', 'hablar en privado', 'hablarte en privado', 'hablar contigo en privado', 'hablar con usted en privado', 'conversar en privado', 'charlar en privado', 'te escribo por correo', 'te contacto por correo',
    // The other route agreed before ("págame por la otra vía que te dije"), and working on outside.
    'por la otra vía', 'por la otra app', 'por el otro medio', 'seguimos trabajando por fuera', 'sigamos trabajando por fuera', 'seguir trabajando por fuera', 'trabajar por fuera', 'trabajando por fuera',
    // Going on "por fuera" (outside) without naming Upwork: "seguimos por fuera".
    'seguimos por fuera', 'sigamos por fuera', 'seguir por fuera', 'continuamos por fuera', 'trabajamos por fuera',
    // Talking outside said with the verb of talk itself; chat writes 'x' for 'por' ('hablemos x fuera').
    'hablemos por fuera', 'hablamos por fuera', 'hablar por fuera', 'charlemos por fuera', 'charlamos por fuera', 'platiquemos por fuera', 'conversemos por fuera',
    'hablemos x fuera', 'hablamos x fuera', 'seguimos x fuera', 'sigamos x fuera', 'vc por fuera', 'vc x fuera', 'videollamada por fuera', 'llamada por fuera',
    'en lugar de pasar por upwork', 'en vez de pasar por upwork', 'sin pasar por upwork',
    'escríbeme al correo', 'escríbeme un correo', 'mándame un correo', 'mándame un mail', 'envíame un correo', 'contáctame por correo', 'respóndeme por correo', 'continuamos por correo',
    'fuera de upwork', 'por fuera de upwork', 'afuera de upwork', 'fuera de la plataforma',
    'por fuera de la plataforma', 'salir de upwork', 'salirnos de upwork', 'saltarnos upwork',
    'sin intermediarios', 'por otro medio', 'por otra vía', 'por otra app', 'por otra plataforma',
    'por el otro chat', 'al otro chat', 'por el otro lado',
    'por privado', 'al privado', 'por interno', 'seguimos en otro lado', 'sigamos en otro lado', 'continuemos en otro lado', 'sigamos la conversación en otro lado', 'sigamos esta conversación en otro lado', 'sigamos la charla en otro lado', 'sigamos esta charla en otro lado', 'sigamos esto en otro lado', 'seguimos la conversación en otro lado', 'seguimos esta conversación en otro lado', 'seguimos la charla en otro lado', 'seguimos esta charla en otro lado', 'seguimos esto en otro lado', 'continuemos la conversación en otro lado', 'continuemos esta conversación en otro lado', 'continuemos la charla en otro lado', 'continuemos esta charla en otro lado', 'continuemos esto en otro lado', 'continuamos la conversación en otro lado', 'continuamos esta conversación en otro lado', 'continuamos la charla en otro lado', 'continuamos esta charla en otro lado', 'continuamos esto en otro lado', 'continuar en otro lado',
    // The Mexican 'plática' and 'platicar' for the talk moved elsewhere, and 'por otro lado' after a verb of going on (alone it is 'on the other hand').
    'seguimos la plática por otro lado', 'sigamos la plática por otro lado', 'seguimos la plática en otro lado', 'sigamos la plática en otro lado', 'continuamos la plática por otro lado', 'continuemos la plática por otro lado',
    'seguimos platicando por otro lado', 'sigamos platicando por otro lado', 'seguimos platicando en otro lado', 'platicamos por otro lado', 'platiquemos por otro lado', 'platicamos en otro lado', 'platiquemos en otro lado',
    'seguimos por otro lado', 'sigamos por otro lado', 'continuamos por otro lado', 'continuemos por otro lado', 'seguimos la conversación por otro lado', 'sigamos la conversación por otro lado', 'seguimos la charla por otro lado', 'sigamos la charla por otro lado', 'hablemos por otro lado',
    'hablamos en otro lado', 'escríbeme por correo', 'hablamos por correo', 'seguimos por correo',
  ],
  contactNouns: [
    'contactarte', 'contactarlo',
    // Getting in touch said with 'ponerse en contacto' ("¿cómo me pongo en contacto?", "cómo puedo ponerme en contacto contigo").
    'pongo en contacto', 'pongo en contacto contigo', 'pongo en contacto con usted', 'ponerme en contacto', 'ponerme en contacto contigo', 'ponerme en contacto con usted', 'contactarla', 'contactarle', 'contactar contigo', 'localizarte', 'forma de contactarte', 'manera de contactarte',
    'número', 'número de teléfono', 'número de celular', 'número de móvil', 'número de contacto', 'teléfono de contacto', 'correo de contacto', 'numerito', 'teléfono', 'tel',
    'tlf', 'tfno', 'celular', 'cel', 'móvil', 'correo', 'correo electrónico', 'email', 'e-mail', 'mail',
    'imeil', 'contacto', 'datos de contacto', 'usuario', 'nombre de usuario', 'id', 'arroba',
    // Number clipped in chat ('pasame el nro').
    'nro', 'núm', 'el nro', 'tu nro',
  ],
  contactAsk: [
    // "dime tu Telegram", "decime tu número".
    'dime tu', 'dígame su', 'decime tu', 'me dices tu', 'me decís tu', 'me dice su', 'díganos su',
    'cómo puedo', 'cómo podemos', 'cómo te', 'cómo le', 'cómo me', 'cómo nos', 'la mejor forma de', 'la mejor manera de', 'alguna forma de', 'déjame tu', 'déjeme su', 'facilitarme su', 'facilítame tu',
    'cuál es tu', 'cuál es su', 'me pasas tu', 'me pasás tu', 'pásame tu', 'páseme su', 'me pasa su',
    'me das tu', 'dame tu', 'me da su', 'deme su', 'me compartes tu', 'compárteme tu', 'me comparte su',
    'me puedes pasar tu', 'me puede pasar su', 'me podrías pasar tu', 'me podría pasar su', 'me envías tu',
    'envíame tu', 'envíeme su', 'mándame tu', 'me facilitas tu', 'me facilita su', 'aquí está mi',
    'aquí tienes mi', 'aquí tiene mi', 'este es mi', 'esta es mi', 'mi', 'te dejo mi', 'le dejo mi',
    'te paso mi', 'le paso mi', 'te comparto mi', 'le comparto mi', 'anota mi', 'apunta mi', 'agenda mi',
    'guarda mi',
    // The formal and plain "send me your" ("mándeme su correo", "me mandas tu número").
    'mándeme su', 'me manda su', 'me mandas tu', 'mándenos su',
    'tienes', 'tiene usted',
    // Voseo: 'pasame tu', 'mandame tu', '¿tenés…?'.
    'tenés', 'tenes', 'pasame tu', 'pasáme tu', 'mandame tu', 'dejame tu', 'compartime tu', 'me pasás el', 'me das el', 'pasame el', 'pasame tu número',
  ],
  payment: [
    // Cash handed over at a visit, and work kept off the books (fx24-visits).
    'efectivo al llegar', 'efectivo cuando llegue', 'efectivo cuando vaya', 'efectivo cuando pase', 'efectivo en mano', 'por debajo de la mesa', 'por debajo del agua',
    // Otro marketplace de freelancers como lugar del trato ("contrátame por Fiverr").
    'contrátame por fiverr', 'contrátame en fiverr', 'te contrato por fiverr', 'te contrato en fiverr', 'mejor por fiverr', 'mejor en fiverr', 'por fiverr mejor', 'en fiverr mejor', 'pasemos a fiverr', 'contrátame por peopleperhour', 'contrátame en peopleperhour', 'te contrato por peopleperhour', 'te contrato en peopleperhour', 'mejor por peopleperhour', 'mejor en peopleperhour', 'por peopleperhour mejor', 'en peopleperhour mejor', 'pasemos a peopleperhour', 'contrátame por workana', 'contrátame en workana', 'te contrato por workana', 'te contrato en workana', 'mejor por workana', 'mejor en workana', 'por workana mejor', 'en workana mejor', 'pasemos a workana', 'contrátame por toptal', 'contrátame en toptal', 'te contrato por toptal', 'te contrato en toptal', 'mejor por toptal', 'mejor en toptal', 'por toptal mejor', 'en toptal mejor', 'pasemos a toptal',
    'me pagas en privado', 'me pagues en privado', 'pagarme en privado', 'pago en privado', 'pagarte en privado',
    'pagame en privado', 'págame en privado', 'te pago en privado', 'factúrame en privado', 'me facturas en privado', 'te facturo en privado',
    // Pagar en la web propia en vez de aquí ("el resto lo pagas en mi web").
    // Reservar o facturar por el canal propio (fx36b-reply): "hacemos la reserva en mi web", "te facturo desde mi empresa".
    'hacemos la reserva en mi', 'reserva directamente en mi web', 'reservas en mi web', 'te facturo desde mi', 'le facturo desde mi',
    'pagar en mi web', 'pagas en mi web', 'pagarlo en mi web', 'paga en mi web', 'pagar en mi página', 'pagas en mi página', 'pagar en mi sitio', 'pagas en mi sitio', 'pagar * en mi web', 'lo pagas en mi web',
    // PayPal's friends-and-family transfer (no buyer protection, no fee).
    'paypal amigos y familiares', 'como amigos y familiares', 'paypal amigos y familia', 'como amigos y familia',
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
    // The writer's own wallet or account at a local payment app, handed over ('te paso mi Mercado Pago', 'mi Nequi es…').
    'mi mercado pago', 'mi mercadopago', 'mi nequi', 'mi yape', 'mi daviplata', 'mi zelle', 'mi cvu', 'mi cbu', 'tu cbu', 'tu cvu', 'cbu o alias', 'alias de mercado pago',
    'en usdt', 'en cripto',
  ],
  payVerbs: [
    'págame', 'pagame', 'pagarme', 'me pagas', 'me pagues', 'me pagás',
    'te deposito en', 'deposito',
    // Money itself, also in slang ("la guita", "la lana", "el varo"): sent through a payment app it is the payment.
    'la platita', 'la guita', 'la lana', 'el varo',
    'pagar', 'pagarte', 'pagarle', 'te pago', 'le pago', 'pago por', 'transferir', 'transferirte',
    'te transfiero', 'te envío el dinero', 'enviar el dinero', 'te mando el dinero', 'mandar el dinero',
    // "transf": a transfer, clipped in chat.
    'la transf', 'una transf', 'te hago la transf',
    'te deposito', 'depositar', 'depositarte', 'facturar', 'facturarte', 'te cobro', 'cobrar por',
    'cobrarme por', 'recibir el pago', 'aceptas pagos', 'acepta pagos', 'abonar', 'te abono',
  ],
  onUpwork: [
    // Upwork as the only way (lx32-onupwork): "la empresa solo usa Upwork".
    'solo usa upwork', 'solo usamos upwork', 'sólo usa upwork', 'sólo usamos upwork', 'solo upwork', 'sólo upwork', 'únicamente upwork',
    'aquí en upwork', 'por upwork', 'a través de upwork', 'mediante upwork', 'en upwork', 'dentro de upwork',
    'continuar aquí', 'seguir aquí', 'seguimos aquí', 'sigamos aquí', 'financiar el hito', 'financia el hito', 'por aquí', 'aquí mismo', 'por este chat', 'en este chat', 'por este medio', 'mensajes de upwork',
    'el chat de upwork', 'videollamada de upwork', 'dentro de la plataforma', 'por la plataforma',
    'en la plataforma', 'llamada de upwork',
    // Talk kept here (lx32-onupwork): "hablemos aquí y no por Telegram".
    'hablemos aquí', 'hablar aquí', 'escribamos aquí', 'quedarnos aquí', 'videollamada por upwork', 'videollamada en upwork',
    // The platform named with an intensifier ("por la propia plataforma") or as the call's owner.
    'por la propia plataforma', 'por la misma plataforma', 'en la propia plataforma', 'dentro de la propia plataforma',
    'llamada de la plataforma', 'videollamada de la plataforma', 'llamada por la plataforma', 'pago por la plataforma',
    // A call held by Upwork itself (lx30-upworkcall): "por el propio Upwork", "la integración de Zoom en Upwork".
    'por el propio upwork', 'por el mismo upwork', 'en el propio upwork', 'desde este chat de upwork', 'desde el chat de upwork', 'integración de zoom en upwork',
  ],
  refusal: [
    // A formal decline of the other side's proposal (lx32-ackdecline): "…, which I must politely decline".
    'debo rechazarla', 'debo rechazarlo', 'tengo que rechazarla', 'tengo que rechazarlo', 'no puedo aceptar', 'no puedo aceptarla', 'no puedo aceptarlo', 'debo declinar', 'tengo que declinar', 'prefiero declinar',
    // The writer's promise not to ask (lx32-intentfp): never a proposal of the thing not asked for.
    'no te voy a pedir', 'no le voy a pedir', 'no les voy a pedir', 'no te vamos a pedir', 'no le vamos a pedir', 'jamás te voy a pedir',
    // Verdicts on the other side's proposal (lx31-decline): "no es una opción", "tengo que decir que no", "no, gracias", "no hace falta".
    'no es una opción', 'no es opción', 'no es una opcion', 'tengo que decir que no', 'debo decir que no', 'tengo que rechazar', 'debo rechazar', 'voy a rechazar', 'rechazo', 'no gracias', 'gracias pero no', 'no es necesario', 'ni hablar', 'paso de', 'no va a poder ser', 'no me es posible',
    // La promesa de no pedir nunca (h26-scam): "nunca le pediré que me pague por fuera", "jamás te pediremos tu número".
    'nunca le pediré', 'nunca te pediré', 'nunca les pediré', 'nunca le pediremos', 'nunca te pediremos', 'nunca les pediremos', 'jamás le pediré', 'jamás te pediré', 'jamás le pediremos', 'jamás te pediremos', 'no le pediré', 'no te pediré', 'no le pediremos', 'no te pediremos', 'nunca le voy a pedir', 'nunca te voy a pedir', 'nunca le vamos a pedir', 'nunca te vamos a pedir',
    // fx26-report: the stance that closes a report of someone else's ask ("por eso prefiero trabajar por la plataforma").
    'prefiero trabajar por la plataforma', 'prefiero trabajar por plataforma', 'prefiero todo por acá', 'prefiero todo por aquí', 'prefiero que todo quede acá', 'prefiero que todo quede aquí', 'solo trabajo por la plataforma', 'solo trabajo por upwork',
    // The writer took back an earlier plan to talk elsewhere (fx24-declines): "we discussed a Zoom call, but I changed my mind, let's write here".
    'cambié de opinión', 'cambiamos de opinión', 'cambié de idea', 'cambiamos de idea',
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'lo hacemos aquí', 'prefiero hacerlo aquí', 'soy estricto', 'soy estricta', 'solo pago aquí',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'no me siento cómodo', 'no me siento cómoda', 'no estoy cómodo', 'no estoy cómoda', 'no me da confianza',
    // A tool blocked where the writer works states a limit, not a place to meet ("Drive is blocked at my office").
    'bloqueado en mi', 'bloqueada en mi', 'bloqueados en mi', 'bloqueadas en mi', 'bloqueado en la oficina', 'bloqueados en la oficina', 'prohibido en mi oficina',
    'no acepto', 'no aceptamos', 'no me gusta pagar fuera', 'no quiero pagar fuera', 'no trabajo fuera', 'no pago fuera', 'no cobro fuera', 'prefiero no',
    // Declining in everyday Latin American register (fx35b-fpa): "eso no me conviene", "no me reúno en persona con clientes".
    'no me conviene', 'no nos conviene', 'no me late', 'no me reúno', 'no me reuno', 'no nos reunimos', 'no hago llamadas', 'no hago videollamadas',
    'no puedo compartir', 'no puedo pasar', 'no puedo darte', 'no puedo dar', 'no puedo salir',
    'no está permitido', 'no se permite', 'está prohibido', 'va contra las reglas', 'va en contra de las normas',
    'contra los términos', 'contra las políticas', 'las reglas de upwork', 'las normas de upwork',
    'los términos de upwork', 'políticas de upwork', 'cuando empiece el contrato', 'cuando inicie el contrato',
    'una vez que empiece el contrato', 'una vez iniciado el contrato', 'después del contrato',
    'después de iniciar el contrato', 'cuando se firme el contrato', 'prefiero mantenerlo aquí',
    'prefiero seguir aquí', 'sigamos aquí', 'mantengamos la conversación aquí', 'no comparto',
    'mejor por aquí', 'me pueden suspender',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'lo reporté', 'la reporté', 'lo denuncié', 'la denuncié', 'lo he reportado', 'lo he denunciado', 'reporté al', 'denuncié al', 'huele a estafa', 'no pediría',
    // Warnings of what leaving costs: "your account may get suspended".
    'te pueden suspender', 'pueden suspender', 'podrían suspender', 'te pueden banear',
  ],
  digits: [
    ['cero'], ['uno', 'un', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'],
  ],
  bigNumbers: {
    10: ['diez'], 11: ['once'], 12: ['doce'], 13: ['trece'], 14: ['catorce'], 15: ['quince'], 16: ['dieciséis'],
    17: ['diecisiete'], 18: ['dieciocho'], 19: ['diecinueve'], 20: ['veinte'],
    21: ['veintiuno', 'veintiún'], 22: ['veintidós'], 23: ['veintitrés'], 24: ['veinticuatro'], 25: ['veinticinco'],
    26: ['veintiséis'], 27: ['veintisiete'], 28: ['veintiocho'], 29: ['veintinueve'], 30: ['treinta'], 40: ['cuarenta'],
    50: ['cincuenta'], 60: ['sesenta'], 70: ['setenta'], 80: ['ochenta'], 90: ['noventa'], 100: ['cien', 'ciento'],
    200: ['doscientos'], 300: ['trescientos'], 400: ['cuatrocientos'], 500: ['quinientos'], 600: ['seiscientos'],
    700: ['setecientos'], 800: ['ochocientos'], 900: ['novecientos'],
  },
  workSubject: [
    // Las llamadas como entregable: guiones de llamada, atención telefónica enseñada.
    'guion de llamada', 'guiones de llamada', 'guion telefónico', 'guiones telefónicos', 'atención telefónica', 'venta telefónica', 'ventas telefónicas',
    // El zoom de una cámara, no la app.
    'zoom óptico', 'zoom digital', 'lente zoom', 'objetivo zoom',
    // Trabajo de producto: llamadas grabadas para editar.
    'grabadas', 'grabados', 'grabada', 'grabado',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'parecido a', 'similar a', 'al estilo de', 'algo como', 'una especie de', 'curso sobre', 'curso de', 'tutorial', 'tutoriales', 'clase sobre', 'como usar',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'libro mayor', 'caja chica',
    // Building crypto products: a coin or chain named there is the thing built.
    'contrato inteligente', 'contratos inteligentes', 'billetera cripto', 'saldos',
    'sdk', 'integrar', 'integración', 'integre', 'api', 'bot', 'chatbot', 'aplicación', 'plugin', 'complemento',
    'migración', 'migrar', 'pasarela de pago', 'pasarela', 'checkout', 'tienda', 'tienda online', 'servidor',
    'canal de', 'grupo de', 'automatizar', 'automatización', 'webhook', 'desarrollar', 'desarrollo',
    'configurar', 'moderación', 'moderador', 'campaña', 'marketing', 'plantilla', 'plantillas', 'botón',
    'widget', 'clon', 'anuncios', 'validación', 'formulario', 'campo', 'base de datos', 'newsletter',
    'experiencia con', 'experiencia en', 'bots', 'chatbots', 'integraciones', 'integrando', 'notificaciones',
    'recordatorios', 'seguidores', 'publicaciones', 'grabaciones', 'grabación', 'transcripción', 'plugins',
    'webhooks', 'flujo', 'flujos', 'desarrollador', 'programar', 'implementar', 'embebido',
    'plantillas de mensajes', 'para negocios', 'business api', 'una app', 'la app', 'app de',
    // The receipt noun, not "(lo) recibo" = I receive it ("…por Mercado Pago, así lo recibo").
    'código qr', 'qr', 'payload', 'el recibo', 'un recibo', 'los recibos', 'recibos', 'recibo de', 'recibo digital',
    'recibo automático', 'generar recibo', 'emitir recibo', 'comprobante', 'sistema', 'sdk de pagos',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'el uso de', 'uso del', 'impacto de', 'impacto del', 'influencia de', 'influencia del',
  ],
  // Showing who you are elsewhere without a value: the same username as here, "search me as…".
  identity: [
    'soy el mismo usuario', 'mismo usuario que aquí', 'mismo usuario que acá', 'mismo usuario de aquí', 'mismo usuario de acá',
    'mismo nombre de usuario que aquí', 'mismo nombre de usuario que acá', 'tengo el mismo nombre de usuario', 'mismo nombre que aquí', 'mismo nombre que acá', 'mismo nick', 'mi mismo usuario',
    'el mismo que mi usuario', 'igual que mi usuario', 'mismo usuario que en upwork', 'mismo nombre que en upwork',
    'búscame como', 'me encuentras como', 'me encontrás como', 'me buscas como', 'me buscás como',
    'búscame con el usuario', 'búscame por el usuario', 'me encuentras con el usuario', 'me encuentras por el usuario', 'agrégame con el usuario',
    'mismo nombre que mi perfil', 'mismo nombre que en mi perfil', 'mismo usuario que mi perfil', 'mismo usuario que en mi perfil', 'allí mi nombre es', 'ahí mi nombre es',
    // "el mismo nombre que uso aquí", "el mismo número que aparece en mi perfil" (not a bare "el mismo que
    // aquí": a price or a design is as often the same as here).
    'mismo nombre que uso aquí', 'mismo nombre que uso acá',
    'mismo usuario que uso aquí', 'mismo usuario que uso acá', 'mismo número que en mi perfil', 'mismo número que sale en mi perfil',
    'mismo número que aparece en mi perfil', 'mismo número que está en mi perfil', 'mismo número de mi perfil',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'mañana', 'hoy', 'esta tarde', 'esta noche', 'más tarde', 'pasado mañana',
    'llamada', 'videollamada', 'reunion', 'reunión', 'chatear', 'conversar', 'hablar', 'mensaje', 'agrega',
    'contacto',
  ],
  feeHints: ['comision', 'comisión', 'tarifa'],
  // Moving the paying to an app, between the two of us, or the rest of it (gx26-pay2): "¿cambiamos a Zelle?", "el resto por Mercado Pago".
  payNear: ['cambiamos a', 'cambiar a', 'cambiemos a', 'pasamos a', 'pasemos a', 'pasarnos a', 'entre nosotros', 'entre los dos', 'el resto', 'a mi cuenta'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['claro', 'vale', 'dale', 'de acuerdo', 'perfecto', 'listo', 'por supuesto', 'me parece bien', 'va'],
    replyDecline: ['lo siento', 'lamentablemente', 'disculpa', 'disculpe', 'perdon', 'prefiero', 'preferiria', 'todavia no', 'aun no', 'mejor no', 'paso', 'no gracias', 'por ahora', 'por aqui', 'este chat'],
    // An app made the event itself by a verb of holding it: "hagamos un Zoom", "agendar una llamadita por FaceTime".
    eventVerbs: ['hacer', 'hagamos', 'hacemos', 'agendar', 'agendemos', 'agendamos', 'programar', 'programemos', 'organizar', 'organicemos', 'coordinar', 'coordinemos'],
    eventFillers: ['un', 'una', 'rapido', 'rapida', 'rapidito', 'rapidita', 'breve', 'corto', 'corta', 'llamada', 'llamadita', 'videollamada', 'reunion', 'por'],
    // The writer's own page a name or detail is pointed at ("mismo nombre que mi perfil").
    tagVerbs: ['etiquetar', 'etiqueta', 'etiquetá', 'etiqueten', 'etiquetando', 'mencionar', 'menciona', 'mencionen', 'mencionando', 'arrobar', 'taguear'],
    brandOwners: ['nuestra', 'nuestro', 'nuestras', 'nuestros', 'marca', 'empresa', 'tienda'],
    pointerPlaces: ['perfil'],
    meetPlaceLeads: ['por', 'en', 'al'],
    meetLedPlaces: ['casa', 'terreno', 'obra', 'domicilio', 'finca', 'hacienda', 'masía', 'quinta', 'bodega', 'viñedo', 'salón', 'capilla'],
    meetTreats: ['café', 'cafecito', 'almuerzo', 'almorzar', 'comida', 'cena', 'cenar', 'desayuno', 'desayunar', 'cerveza', 'birra', 'cervecita'],
    meetTreatVerbs: ['tomar', 'tomamos', 'tomemos', 'tomarnos', 'vamos', 'por'],
    meetWhen: ['mañana', 'hoy', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'finde', 'semana'],
    meetTopicVerbs: ['hablamos', 'hablar', 'hablarlo', 'charlamos', 'charlar', 'platicamos', 'platicar', 'vemos', 'ver', 'revisamos', 'revisar', 'planear', 'planeamos', 'discutir', 'discutimos', 'repasamos', 'repasar', 'conversamos', 'conversar'],
    jobTitleHeads: ['jefe', 'jefa', 'director', 'directora', 'responsable'],
    jobTitleNouns: ['manager'],
    appLookWords: ['verde', 'azul', 'morada', 'morado', 'violeta', 'amarilla', 'amarillo', 'avioncito', 'pajarito', 'fantasmita', 'verdecito', 'azulito'],
    appNouns: ['app', 'aplicacion', 'aplicación', 'aplicativo', 'aplicaciones'],
    appPictureWords: ['telefono', 'teléfono', 'telefonito', 'avion', 'avión', 'avioncito', 'burbuja', 'globito', 'globo', 'fantasma', 'fantasmita', 'pajaro', 'pájaro', 'pajarito', 'camara', 'cámara'],
    appIconNouns: ['icono', 'ícono', 'logo', 'logotipo', 'simbolo', 'símbolo', 'dibujo', 'dibujito'],
    appIconLinks: ['con', 'del', 'de'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['sitio', 'web', 'sistema', 'aplicación', 'botón', 'formulario', 'opción', 'opciones', 'integrar', 'integración', 'pasarela', 'validar', 'validarlo', 'configurar', 'corregir', 'reporte', 'informe', 'planilla', 'reembolso', 'reembolsos', 'funcionalidad', 'conciliar', 'conciliación', 'extracto', 'extractos', 'pantalla', 'página', 'contabilizar', 'contabilizado', 'contabilizados', 'contabilidad', 'plantilla', 'cláusula', 'cláusulas', 'ecommerce', 'e-commerce', 'tabla', 'cuadrar', 'cuadran', 'conciliado', 'módulo', 'retiro', 'commerce', 'auditoría', 'auditar', 'cobranza', 'cobranzas', 'impagos', 'morosidad', 'vencimientos', 'tesorería'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['donde', 'dónde', 'como', 'cómo', 'adonde', 'adónde', 'manera', 'forma', 'modo'],
    // Which mailbox to use, asked (requests.ts choiceAsks): "which email works?".
    choiceWords: ['que', 'qué', 'cual', 'cuál', 'cuales', 'cuáles'],
    addressNouns: ['direccion', 'dirección', 'direcciones'],
    // Writing from the organisation's mailbox (offPlatform.ts fromCompanyMail): "from the company email".
    companyMailStems: ['empresa', 'corporativ', 'trabajo', 'oficina', 'agencia'],
    mailSourcePrepositions: ['desde'],
    provideStems: ['darme', 'darnos', 'dejarme', 'dejarnos', 'pasarme', 'pasarnos', 'facilit', 'proporcion', 'indicar', 'indiqu', 'indica', 'compart', 'comunic', 'brind'],
    provideGapWords: ['me', 'nos', 'su', 'sus', 'tu', 'un', 'una', 'el', 'la', 'personal', 'privado', 'directo', 'actual'],
    reachVerbStems: ['escrib', 'contact', 'encontr', 'ubic', 'localiz', 'busc', 'habl'],
    mutualReachStems: ['contact', 'comunic'],
    readerObjects: ['te', 'ti', 'usted', 'ustedes', 'contigo', 'vos'],
    // Meeting in person at a named place ("nos vemos en el restaurante", "kafeye gelirseniz").
    meetVerbs: ['reunión', 'cita', 'encuentro', 'viéramos', 'encontráramos', 'reuniéramos', 'paso', 'pasaré', 'pasarme', 'vemos', 'veamos', 'vernos', 'pásate', 'ven', 'venga', 'vengas', 'vente', 'quedamos', 'quedar', 'juntamos', 'juntarnos', 'reunimos', 'reunirnos', 'encontramos', 'encontrarnos', 'reunámonos', 'veámonos', 'encontrémonos'],
    meetLinking: ['en', 'el', 'la', 'al', 'a', 'mi', 'nuestro', 'nuestra', 'un', 'una', 'por', 'nos', 'te', 'tu', 'nuestras', 'nuestros', 'sus', 'su', 'vuestra', 'vuestras'],
    meetPlacePrepositions: ['en'],
    meetSeeVerbs: ['viéramos', 'ver', 'veo', 'vemos', 'veamos'],
    meetEachOther: ['viéramos', 'nos', 'te', 'vernos', 'juntarnos', 'reunirnos', 'encontrarnos', 'reunámonos', 'veámonos', 'encontrémonos'],
    meetTimedPlaces: ['estudio'],
    meetPlaces: ['facultad', 'facu', 'universidad', 'campus', 'restaurante', 'cafetería', 'café', 'bar', 'oficina', 'oficinas', 'tienda', 'hotel', 'hostal', 'taller', 'despacho', 'consultorio', 'biblioteca'],
    broadcastWords: ['transmitir', 'transmitirla', 'transmitirlo', 'transmitimos', 'transmitiremos', 'transmisión', 'retransmitir', 'retransmisión', 'streaming', 'emitir', 'emisión', 'livestream'],
    monthWords: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'sept', 'set', 'oct', 'nov', 'dic'],
    meetNotPlaces: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'persona'],
    pictureNouns: ['foto', 'fotos', 'imagen', 'imagenes', 'video', 'videos', 'clip', 'logo', 'mapa', 'captura'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'enlace', 'enlaces', 'vinculo', 'vinculos'],
    continueStems: ['continu', 'seguimos', 'sigamos', 'seguir', 'siguier', 'prosig', 'pasemos', 'pasamos', 'movamos', 'llevemos'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    textStems: ['escrib'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['casi nunca', 'rara vez', 'raramente', 'casi no', 'pocas veces'],
    unseenStems: ['notific', 'recib', 'llega'],
    weekDays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    replaceVerbs: ['reemplaza', 'reemplace', 'reemplazar', 'reemplazas', 'sustituye', 'sustituya', 'sustituir'],
    weekDayShort: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
    talkStems: ['habl', 'convers', 'chate', 'charl', 'mensaj', 'escrib', 'comunic'],
    ownGroup: ['equipo', 'personal', 'empleados', 'colegas', 'compañeros', 'interno', 'interna', 'internos', 'internas', 'departamento', 'comunidad', 'comunidades', 'escuela', 'academia', 'universidad', 'colegio', 'voluntarios', 'moderadores',
      // El círculo propio (fx36-casual): "mi tía manda audios por WhatsApp", "el grupo de la familia".
      'familia', 'mamá', 'mama', 'papá', 'papa', 'abuela', 'abuelo', 'abuelos', 'tía', 'tia', 'tías', 'tío', 'tio', 'tíos', 'primos', 'primas', 'prima', 'primo', 'hermanos', 'hermana', 'hermano', 'suegra', 'amigas', 'amigos'],
    venueThings: ['grupo', 'grupos', 'canal', 'canales', 'servidor', 'cuenta', 'cuentas', 'reunión', 'reuniones', 'llamadas', 'sesiones'],
    venueOwners: ['jefe', 'jefa', 'director', 'directora', 'gerente', 'alumnos', 'estudiantes', 'profesores', 'docentes', 'padres', 'miembros', 'clientes', 'médicos', 'vendedores', 'empresa', 'clínica', 'iglesia', 'club', 'voluntarios', 'moderadores', 'suscriptores', 'seguidores'],
    venueRunVerbs: ['gestiono', 'gestionar', 'gestiona', 'administro', 'administrar', 'administra', 'modero', 'moderar', 'modera'],
    whyWords: ['por qué', 'porqué', 'porque', 'por que'],
    accountStems: ['cuenta', 'perfil'],
    listJoiners: ['y', 'o', 'e', 'u', 'además'],
    contrastConnectives: ['pero', 'aunque'],
    keptOptionWords: ['si', 'también', 'tambien', 'prefieres', 'prefiere'],
    thanksWords: ['gracias'],
    remainderWords: ['resto', 'restante', 'mitad', 'saldo'],
    beforeWords: ['antes', 'hasta'],
    laterWords: ['después', 'despues', 'tras'],
    purposeMarkers: ['para'],
    thereWords: ['ahí', 'allí', 'allá'],
    reportedAsks: ['quiere que', 'queria que', 'quería que', 'me dijo que', 'nos dijo que'],
    artifactOrderWords: ['diseña', 'diseñar', 'diseñe', 'diseñes', 'diseñen', 'rediseña', 'rediseñar', 'imprime', 'imprimir', 'imprima', 'imprimas', 'maqueta', 'maquetar', 'traduce', 'traducir', 'traduzco', 'traducción', 'traduzca', 'traduzcan', 'traduzcas', 'traducciones'],
    quoteFrames: ['decir', 'diga', 'responder', 'responda', 'cuña', 'locución', 'afiche', 'leyenda', 'texto', 'textos', 'frase', 'frases', 'oración', 'pregunta', 'preguntas', 'respuesta', 'respuestas', 'letra', 'guion', 'guión', 'eslogan', 'lema', 'subtítulo', 'subtítulos', 'notas', 'saludo', 'macro', 'redacta', 'reescribe', 'transcribe', 'tuit', 'tuits', 'banner'],
    dialogueFrames: ['diálogo', 'diálogos', 'guion', 'guión', 'guiones', 'libreto', 'sketch'],
    cashWords: ['efectivo', 'cash'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['dinero', 'plata', 'guita', 'dinerito', 'platita'],
    visitWords: ['vengas', 'venga', 'vengan', 'vienes', 'vendrás', 'pases', 'pasas', 'venir', 'pasar', 'voy', 'paso'],
    visitSights: ['ver', 'conocer', 'visitar', 'mirar'],
    visitPlaces: ['espacio', 'local', 'lugar', 'casa', 'tienda', 'oficina', 'restaurante', 'sitio', 'estudio'],
    pieceOf: ['de', 'del'],
    appThingFrames: ['como en', 'parecido a', 'parecida a', 'similar a', 'al estilo de', 'la suscripción de', 'suscripción de', 'licencia de', 'licencias de', 'los cargos de', 'cargos de'],
    contentStems: ['podcast', 'episodio', 'canción', 'canciones', 'estribillo', 'encuesta', 'cuestionario', 'encuestad', 'entrevistad', 'participante', 'transcripci', 'variable', 'novela', 'relato', 'capítulo', 'escena', 'trama', 'manuscrito', 'thriller', 'guion', 'guión', 'artículo', 'ensayo', 'análisis', 'comparativ', 'tesis', 'conciliación', 'conciliaciones', 'contabilidad', 'formularios 1099'],
    mediaStems: ['audio', 'grabaci', 'nota', 'metraje', 'transcripci'],
    lessonStems: ['clase', 'lección', 'lecciones', 'curso', 'enseñ', 'tutoría'],
    appSubjectStems: ['enseñ', 'aprend', 'clase', 'lección', 'lecciones', 'prepar', 'practicar', 'examen', 'abuel', 'tutorial'],
    artifactStems: [
      'tarjeta', 'volante', 'afiche', 'folleto', 'cartel', 'pancarta', 'etiqueta', 'pegatina', 'plantilla', 'miniatura',
      'pantalla', 'empaque', 'envase', 'letrero', 'rotulo', 'menu', 'portada', 'eslogan', 'slogan',
      // A restaurant's menu and a letter's printed head: "en la carta va el teléfono de reservas".
      'carta', 'membrete',
      // Edited video effects that show an app as a picture: "efecto de notificación de WhatsApp".
      'efecto', 'animaci', 'notificaci', 'transici',
    ],
    everythingWords: ['todo'],
    negation: ['no', 'nunca'],
    receiveStems: ['recib', 'acept', 'cobr'],
    // The passive of a report: "was told over the phone" (see types.ts).
    passiveAuxiliaries: ['fue', 'fueron', 'sido'],
    shareOrUseStems: ['compart', 'dar', 'envi', 'manda', 'usar', 'uso', 'cambiar', 'pasarnos', 'mudar', 'pase', 'pases', 'pasar', 'pasame', 'agrega', 'añadi', 'dejar', 'dejes', 'dejen', 'publica', 'publique'],
    upworkNegator: ['no', 'sin', 'lugar', 'vez'],
    routeNegator: ['sin'],
    insteadWords: ['en lugar de', 'en vez de'],
    routeWords: ['por'],
    bypassVerbs: ['saltemos', 'saltarnos', 'saltarse', 'evitemos', 'esquivemos', 'esquivar', 'brincarnos'],
    // Between a negation and its verb (fx24-declines): "not able to take", "won't be able to share".
    negationBridges: ['voy', 'vamos', 'poder', 'puedo', 'podemos', 'podré'],
    norWords: ['ni'],
    haveWords: ['tengo', 'tenemos', 'tiene', 'estoy', 'uso'],
    here: ['aquí', 'aqui', 'acá', 'aca'],
    otherPeople: ['consultor', 'consultora', 'técnico', 'técnica', 'fotógrafo', 'fotógrafa', 'freelancer', 'desarrolladora', 'programadora', 'editor', 'editora', 'jefe', 'jefa', 'ellos', 'ellas', 'gente', 'agencia', 'reclutadora',
      // fx26-report: reports of a past ask and the writer's stance
      'clientes', 'ella', 'alguien', 'cliente', 'clienta', 'socio', 'socia', 'diseñador', 'diseñadora', 'desarrollador', 'programador', 'reclutador', 'comprador', 'otro', 'otra', 'tipo', 'amigo', 'amiga', 'primo', 'prima', 'hermano', 'hermana', 'colega', 'conocido', 'compañero',
      // lx30-reports3: relatives and acquaintances who pass on an ask ("mi cuñado dice que…").
      'cuñado', 'cuñada', 'suegro', 'suegra', 'tío', 'tía', 'vecino', 'vecina', 'compañera', 'conocida'],
    // lx30-echodecline: la propuesta del lector, repetida y rechazada ("me pediste mi WhatsApp; prefiero seguir aquí").
    readerAsks: ['me pediste', 'pediste', 'me propusiste', 'propusiste', 'me sugeriste', 'sugeriste', 'me ofreciste', 'ofreciste', 'querías', 'quieres', 'prefieres', 'preferís', 'usted prefiere', 'usted quiere', 'usted propuso', 'usted sugirió', 'usted pidió', 'me pidió usted', 'me propuso usted', 'me comentabas', 'me comentaste', 'comentaste', 'mencionaste', 'me escribiste', 'me dijiste', 'gracias por ofrecer', 'gracias por ofrecerme', 'gracias por proponer', 'gracias por la propuesta de', 'gracias por sugerir',
      // lx32-ackdecline: "entiendo que le resulte más cómodo Signal, pero …", "su propuesta de pagar por Bizum no la puedo aceptar".
      'prefiera', 'prefieras', 'usted preferiría', 'preferirías', 'le resulte más cómodo', 'te resulte más cómodo', 'sería más práctico', 'sería más cómodo', 'sería más fácil', 'su propuesta', 'por la propuesta de', 'por la sugerencia de', 'su solicitud', 'su petición', 'su sugerencia', 'su oferta', 'su pedido', 'tu propuesta', 'tu solicitud', 'tu petición', 'tu sugerencia', 'tu oferta'],
    pastAsks: [
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'me llamaron', 'me escribieron', 'le llamaron', 'lo llamaron', 'la llamaron', 'cobró', 'le cobró', 'le pagaron',
      
      // La petición condicional de un aviso (h26-scam): "si alguien le pide que pague por PayPal, es una estafa".
      'pide', 'le pide', 'te pide', 'les pide', 'pida', 'le pida', 'te pida', 'les pida', 'ofrece', 'le ofrece', 'te ofrece', 'escribe', 'le escribe', 'te escribe',
      // lx30-reports3: someone's advice passed on ("mi cuñado dice que le pague por Venmo"), quiet only with the writer's refusal after it.
      'dice que', 'me dice que', 'dicen que', 'me dijo que', 'me decía que', 'me recomendó', 'me sugirió',
     'me pidieron', 'me propusieron', 'me ofrecieron', 'me dijeron', 'me insistieron', 'le pidieron', 'nos pidieron', 'nos propusieron', 'me pedían', 'me proponían', 'piden', 'quieren', 'proponen', 'pidió', 'quiso', 'quería', 'intentó', 'sugirió', 'propuso', 'insistió', 'ofreció', 'dijo', 'lo banearon', 'la banearon', 'le suspendieron', 'lo suspendieron', 'la suspendieron', 'lo estafaron', 'la estafaron', 'le estafaron', 'recomendó', 'insistía', 'pedía', 'proponía'],
    impersonalAsks: [
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'me llamaron', 'me escribieron', 'le llamaron', 'lo llamaron', 'la llamaron',
      'me pidieron', 'me propusieron', 'me ofrecieron', 'me dijeron', 'me insistieron', 'le pidieron', 'nos pidieron', 'nos propusieron', 'me pedían', 'me proponían'],
    stanceFrames: ['solía', 'solíamos', 'hace años', 'hace un año', 'hace meses', 'el año pasado', 'en el pasado', 'anterior', 'anteriormente', 'antiguo', 'antigua', 'política', 'auditoría', 'me banearon', 'lo banearon', 'me suspendieron', 'antes de upwork'],
    // El veredicto sobre un mensaje citado (h26-scam): "«pásame tu WhatsApp». Bloqueado y reportado".
    quoteVerdicts: ['bloqueado y reportado', 'reportado y bloqueado', 'bloqueado', 'reportado', 'denunciado', 'lo bloqueé', 'la bloqueé', 'lo reporté', 'la reporté', 'lo denuncié', 'la denuncié', 'es real', 'es legítimo', 'es legitimo', 'es una estafa', 'es estafa', 'estafa', 'no lo voy a hacer'],
    refusedByMe: [
      // lx30-scamwarn: a warning's verdict or question ("…me pidió mis datos bancarios. ¿Fue usted?")
      'eres tú', 'fuiste tú', 'es usted', 'fue usted', 'era usted', 'eras tú', 'probablemente estafa', 'probablemente es una estafa', 'es falso', 'era falso', 'perfil falso', 'se hace pasar por usted', 'se hacía pasar por usted', 'conmigo eso no pasa', 'conmigo no pasa',
      // j27-reports: others' past acts and their outcome, and the writer's stance
      'acabó siendo una estafa', 'acabo siendo una estafa', 'resultó ser una estafa', 'resultó una estafa', 'terminó siendo una estafa', 'salió mal',
      'terminamos el contrato', 'terminé el contrato', 'cerramos el contrato', 'cerré el contrato', 'cortamos el contrato', 'rompimos el contrato', 'cancelamos el contrato', 'lo bloqueé', 'la bloqueé', 'los bloqueé', 'bloqueé', 'no lo hice', 'no quise', 'yo no lo hago', 'es una estafa', 'era una estafa',
      // El veredicto de un aviso (h26-scam): "si alguien le pide…, no somos nosotros", "…, repórtelo".
      'no somos nosotros', 'no soy yo', 'repórtelo', 'repórtalo', 'repórtenlo', 'denúncielo', 'denúncialo', 'denúncienlo', 'bloquéelo', 'bloquéalo', 'bloqueado y reportado', 'bloqueé y reporté', 'la reporté', 'la denuncié', 'parece una estafa', 'fue una estafa',
      // fx26-report: reports of a past ask and the writer's stance
      'siempre digo que no', 'siempre me niego', 'siempre rechazo', 'siempre lo rechazo', 'me negué', 'lo rechacé', 'la rechacé', 'rechacé', 'no acepté', 'lo reporté', 'lo denuncié', 'reporté', 'denuncié', 'le dije que no', 'dije que no', 'nos negamos', 'rechazamos', 'no aceptamos', 'cancelamos', 'cancelé', 'dejamos de trabajar', 'dejé de trabajar', 'upwork avisó', 'upwork me avisó', 'upwork lo bloqueó',
      // lx30-reports3: the writer's verdict on a passed-on ask ("…va contra las reglas, así que no").
      'así que no', 'asi que no', 'va contra las reglas', 'va en contra de las reglas', 'está prohibido', 'no lo voy a hacer', 'no pienso hacerlo', 'nunca acepté', 'nunca lo acepté', 'yo no hago eso', 'yo no hago esto'],
    notAttending: ['no necesitas unirte', 'no hace falta que te unas', 'no tienes que unirte', 'no necesitas asistir', 'no tienes que asistir', 'no hace falta que asistas', 'no necesitas participar', 'no tienes que participar'],
    appThingNouns: ['personaje de', 'personajes de', 'avatar de', 'skin de'],
    // El teléfono o los DM como puesto del trabajo, para el negocio del cliente (validators/context.ts talkDuty).
    roleDuties: ['parte de tu trabajo', 'parte de su trabajo', 'parte de tu rol', 'parte de su rol', 'parte del puesto', 'tu rol incluye', 'su rol incluye', 'tu rol incluiría', 'su rol incluiría', 'entre tus funciones', 'entre sus funciones', 'tus funciones incluyen', 'sus funciones incluyen', 'el puesto incluye', 'asistirías a', 'participarías en', 'usted asistiría', 'usted participaría'],
    issueMarkers: ['pasos para reproducir', 'comportamiento esperado', 'comportamiento actual', 'resultado esperado', 'resultado actual', 'reporte de error', 'informe de error', 'solicitud de funcionalidad', 'como usuario', 'como usuaria', 'soporte para', 'integrar', 'integracion', 'implementar', 'hacer clic en', 'clic en'],
    talkDuties: ['recepcionista', 'recepcionistas', 'centralita', 'telefonista', 'telefonistas', 'contestar el teléfono', 'contestar el telefono', 'atender el teléfono', 'atender el telefono', 'atender llamadas', 'atender las llamadas', 'contestar llamadas', 'contestar las llamadas', 'responder los dm', 'responder los dms', 'responder dms', 'contestar dms', 'contestar los dms', 'responderías los dms', 'responder los mensajes directos', 'guion telefónico', 'guion de llamadas'],
    // The people and objects of the work that a phone phrase beside them serves (validators/context.ts phoneMeansOfWork, lx29-phonemeans).
    // lx34-subject: a quién habla el escritor por el lector antes de contarlo aquí (validators/context.ts relayedHere).
    relayParties: ['fábrica', 'fabrica', 'fábricas', 'taller', 'fabricante', 'fabricantes', 'proveedor', 'proveedores', 'proveedora', 'vendedor', 'vendedores', 'casero', 'arrendador', 'inquilino', 'inquilinos', 'cliente', 'clientes', 'agente', 'transportista', 'imprenta', 'almacén', 'abogado', 'contador', 'equipo', 'jefe', 'dueño'],
    readerParties: ['candidatos', 'candidatas', 'candidato', 'postulantes', 'aspirantes'],
    phoneWorkParties: ['clientes', 'candidatos', 'candidatas', 'proveedores', 'proveedor', 'pacientes', 'huéspedes', 'pedidos', 'reservas', 'citas', 'cambios', 'quejas', 'encuestas', 'participantes', 'entrevistados', 'entrevistadas', 'encuestados', 'invitados', 'invitadas', 'usuarios', 'usuarias', 'oyentes', 'suscriptores'],
    // Past verbs of talking or being on a call: the talk told as news (validators/context.ts talkReported).
    callCompanions: ['con'],
    callProposalVerbs: ['únete', 'unirte', 'únase', 'unirse', 'participa', 'participar', 'conéctate', 'organicemos', 'hagamos', 'agendemos', 'agendar', 'prefiero', 'preferiría', 'gustaría', 'quisiera', 'queremos', 'quiero', 'programemos', 'armemos', 'coordinemos', 'tengamos', 'será'],
    callEventNouns: ['llamada', 'llamadas', 'videollamada', 'reunión', 'reuniones', 'call', 'junta', 'meet', 'meeting', 'entrevista'],
    callThirdParties: ['cliente', 'clientes', 'jefe', 'jefa', 'equipo', 'proveedor', 'proveedores', 'proveedora', 'socio', 'socia', 'socios', 'colega', 'colegas', 'gerente', 'contador', 'contadora', 'abogado', 'abogada', 'banco', 'agencia', 'director', 'directora', 'compañero', 'compañera', 'compañeros', 'desarrollador', 'desarrolladores', 'diseñador', 'diseñadora'],
    // The writer busy in or done with a call event (validators/context.ts talkReported).
    talkBusyWords: ['ocupado', 'ocupada', 'metido', 'metida', 'después', 'durante', 'terminé', 'terminando', 'tras'],
    talkNewsVerbs: ['tenía', 'teníamos', 'hablé', 'hablaste', 'habló', 'hablamos', 'hablaron', 'estuve', 'estaba', 'estuvimos', 'tuve', 'tuvimos', 'tuvieron', 'llamé', 'llamó', 'conversé', 'conversamos', 'hablado'],
    talkNewsWishes: ['pensando', 'preguntando', 'esperando', 'queriendo', 'podríamos', 'podemos', 'podría', 'si', 'quizás', 'tal'],
    pastJobAdjective: ['ultimo', 'último', 'anterior', 'pasado'],
    pastJobNoun: ['trabajo', 'empleo', 'puesto', 'empresa'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['pidio', 'pidió', 'pidiendo', 'escribió', 'mandó', 'envió', 'llegó'],
    reportedTarget: ['me', 'nos'],
    objectClitics: ['me', 'nos'],
    speakers: ['yo', 'nosotros'],
    orderWords: ['pedido', 'factura', 'orden', 'póliza', 'poliza', 'folio', 'referencia', 'expediente', 'guía', 'nif', 'cif', 'rfc', 'cuit', 'cuil', 'ruc', 'nit', 'curp', 'rut', 'rif', 'matrícula', 'estudiante', 'alumno', 'clabe', 'cbu', 'cvu', 'arancelario', 'arancelaria', 'arancel'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['central', 'centralita', 'panel', 'alarma', 'alarmas', 'intercomunicador', 'interfono', 'portero', 'videoportero', 'marcador', 'ascensor', 'elevador', 'sistema', 'modulo', 'comunicador', 'bot', 'aplicacion', 'app', 'camara', 'sensor'],
    // Software of the work as the subject of invoicing or charging (fx25-cases).
    systemSubjects: ['sistema', 'software', 'erp', 'crm', 'programa', 'modulo', 'plugin', 'app', 'aplicacion', 'bot', 'script', 'backend', 'tpv', 'máquina', 'maquina', 'terminal', 'quiosco'],
    dialVerbs: ['marcar', 'marque', 'marca', 'marcará', 'marcara', 'marcando', 'remarcar'],
    idWords: ['código'],
    postalWords: ['postal', 'apartado'],
    numberNouns: ['no', 'num', 'numero', 'número'],
    dealTerms: ['firme', 'final', 'fijo', 'cerrado', 'total', 'presupuesto', 'maximo', 'máximo'],
    currencyNames: ['dólares', 'dolares', 'dólar', 'euros', 'pesos', 'soles'],
    phoneNouns: ['teléfono', 'telefono', 'celular', 'móvil'],
    referenceNouns: ['licencia', 'certificado', 'contrato', 'reserva', 'registro', 'seguimiento', 'pedidos', 'rastreo', 'envío', 'póliza', 'poliza', 'mapa', 'juego', 'causa', 'recurso', 'autos', 'demanda', 'cuenta', 'isla', 'serie', 'medidor', 'contador',
      // Claims an insurer or a payer numbers: "el número de reclamación es …", "nº de siniestro".
      'reclamación', 'reclamacion', 'reclamo', 'siniestro'],
    channelPrepositions: ['por', 'al', 'en'],
    appPrepositions: ['por', 'al'],
    channelNext: ['numero', 'número'],
    // A person of the piece pretending to call ("a skit where she pretends to FaceTime her mum").
    pretendVerbs: ['finge', 'fingen', 'fingiendo', 'fingir', 'fingió', 'finja', 'simula', 'simulan', 'simulando'],
    storyPeople: ['personaje', 'personajes', 'protagonista', 'protagonistas', 'villano', 'villana', 'npc', 'narrador', 'narradora', 'mascota', 'chantajista', 'antagonista', 'heroína'],
    storyRelatives: ['donde', 'cual', 'cuales', 'quien', 'quienes'],
    yourWords: ['tu'],
    askFillers: ['porfa', 'xfa', 'pf'],
    sendStems: ['manda', 'mande', 'envi', 'dame', 'dar', 'compart'],
    myWords: ['mi'],
    directly: ['directamente', 'directo'],
    outsideWords: ['fuera', 'afuera'],
    payStems: ['paga', 'pago', 'pagar', 'factur', 'cobr', 'deposita', 'transferi', 'transfier'],
    payoutStems: ['retir', 'vinculad', 'conectad'],
    avoidStems: ['evit', 'ahorr', 'econom'],
    feeStems: ['comisi', 'tarifa'],
    platformStems: ['plataforma'],
    payLinkPrepositions: ['en', 'por'],
    callMePronouns: ['mi'],
    callMeClitics: ['me'],
    notANameAfterCallMe: [
      'mañana', 'hoy', 'luego', 'ahora', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
      'al', 'a', 'en', 'su', 'por', 'y',
    ],
    nameFillers: ['solo', 'simplemente'],
    nameNouns: ['nombre', 'apodo', 'apellido'],
    callMeButWords: ['pero'],
    agreementStems: ['contrat', 'acuerdo', 'convenio', 'trato'],
    contractStems: ['factur', 'acuerdo', 'proyecto'],
    priceStems: ['precio', 'tarifa', 'descuent', 'cotiza', 'presupuest', 'rebaj', 'cobro', 'cobra', 'cobrar'],
    closeStems: ['cerr', 'cierr', 'termin', 'finaliz', 'cancel'],
    contactVerbStems: ['contacta', 'contacte'],
    emailAt: ['arroba', 'arrobita'],
    emailDot: ['punto'],
    linkSlash: ['barra', 'slash'],
    socialCueStems: ['escrib', 'mensaj', 'ahi', 'alla', 'directo'],
    without: ['sin'],
    needed: ['necesidad', 'necesario', 'necesaria', 'falta', 'necesito', 'necesitamos'],
    determinerNegation: ['sin', 'ningun', 'ninguna', 'nada'],
    defectStems: ['error', 'invalid', 'excepcion', 'fallo'],
    appComparisonWords: ['contra'],
    productNewsStems: ['lanz', 'soport', 'admit', 'anunci', 'introduj', 'genera', 'devuelve'],
    // Slowness complains too: "en Upwork tarda una semana" (fx25-paystance).
    complaintStems: ['odio', 'odia', 'congel', 'cuelga', 'horribl', 'pesim', 'incomod', 'confus', 'molest', 'fatal', 'lent', 'traba', 'tarda'],
    easeStems: ['comod', 'funcion', 'carga', 'abre', 'gusta', 'acostumbr', 'aparec', 'muestra'],
    idNouns: ['usuario'],
    idFillers: ['es'],
    ownIdNouns: ['contacto', 'usuario', 'cuenta'],
    copula: ['es'],
    rhymeWords: ['rima', 'riman', 'rimando', 'rimar'],
    riddleNouns: ['app', 'aplicacion', 'aplicación', 'aplicativo', 'plataforma', 'programa', 'cosa'],
    initialWords: ['empieza', 'empiezan', 'empezando', 'comienza', 'comenzando', 'inicia', 'inicial'],
    appAlias: ['como'],
    iAm: ['soy'],
    numberOrPhoneNouns: ['numero', 'número', 'teléfono', 'celular'],
    placePayees: ['salón', 'salon', 'finca', 'hacienda', 'hotel', 'restaurante', 'catering', 'lugar', 'local', 'espacio', 'iglesia', 'bodega', 'quinta'],
    thirdPayers: ['salón', 'salon', 'guía', 'guia', 'guías', 'proveedor', 'proveedores', 'huéspedes', 'invitados', 'inquilinos', 'agente', 'repartidor', 'conductor', 'chofer', 'fábrica', 'fabrica', 'fábricas', 'fabricas', 'fabricante', 'fabricantes', 'participantes', 'encuestados', 'entrevistados'],
    // Payees and payers besides the two parties (lx33-thirdpay): "did you pay them by check".
    paidOthers: ['contratista', 'contratistas', 'subcontratistas', 'empleados', 'empleado', 'trabajadores', 'trabajador', 'personal', 'freelancers', 'proveedores', 'limpiadoras', 'choferes', 'conductores', 'ayudantes', 'profesores', 'instructores', 'entrenadores', 'vendedores', 'afiliados', 'ellos', 'ellas'],
    firstPerson: ['mi', 'mis', 'me'],
    numberWorkWords: [
      'portar', 'porten', 'portemos', 'portado', 'portabilidad', 'enrutar', 'enrute', 'enrutamiento', 'rutear',
      'cola', 'colas', 'landing', 'pagina', 'paginas', 'encabezado',
    ],
    numberWorkStems: ['itinerario', 'folleto', 'plantilla', 'pdf', 'formulario', 'etiqueta', 'volante', 'catalogo', 'cartel', 'ficha', 'ficticio', 'ficticia'],
    scamStems: ['estafa', 'fraude', 'timo'],
    sampleStems: ['alucin', 'caracteres', 'normaliz', 'validad', 'valido', 'valida', 'invalid', 'formato', 'de prueba', 'de ejemplo', 'ficticio', 'ficticia', 'falso', 'falsa', 'en el juego', 'utileria', 'atrezo', 'atrezzo', 'campo', 'columna', 'mascara', 'formulario', 'en la prueba', 'para probar', 'de pruebas', 'sandbox', 'marcador de posicion'],
    exampleMarkers: ['p. ej.', 'por ejemplo', 'ejemplo'],
    doubleDigitWords: ['doble'],
    tripleDigitWords: ['triple'],
    callStems: ['llam', 'marca', 'marq'],
    // The noun alone labels a number ("el teléfono del consultorio"); Polish "telefon" is a stem of calling and would read it as one.
    phoneLabelNouns: ['teléfono', 'telefono', 'tel'],
    emailParts: ['correo'],
    emailLabelParts: ['correo'],
    feeOrOutsideParts: ['fuera'],
    callMeEndings: ['ame', 'eme', 'ime', 'rme'],
    readerModals: ['puedes', 'puede', 'podrías', 'podría', 'podés', 'podes', 'pueden', 'podrían'],
    callInfinitives: ['llamar', 'marcar', 'telefonear', 'llamarme', 'marcarme', 'telefonearme', 'rellamar'],
    visitorNouns: ['técnico', 'técnica', 'fontanero', 'plomero', 'cartero', 'mensajero', 'repartidor', 'electricista', 'mecánico', 'instalador', 'transportista', 'limpiadora', 'jardinero', 'inspector', 'tasador'],
    offerPossessives: ['mi'],
  },
};
