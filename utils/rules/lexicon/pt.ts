/**
 * Portuguese, Brazilian and European: "você"/"tu"/"o senhor", Brazilian chat slang ("zap",
 * "zapzap", "me chama no", "passa seu número", Pix) and the accentless spellings of phone keyboards.
 *
 * NOTE: Lexicon has no field for local names of apps and payment services ("zap", "zapzap",
 * "Pix", "PicPay"…). They are exported as `localChannels` (label → aliases) for the engine to fold
 * into its channel lists. Bare "zap" is left to the engine's weak names (it is an English word);
 * "no zap" / "pelo zap" ("on the zap") are unambiguous.
 */
import type { Lexicon } from './types';

export const localChannels: { call: Record<string, string[]>; payment: Record<string, string[]> } = {
  call: {
    WhatsApp: ['zapzap', 'zapp', 'wpp', 'uatsap', 'zap zap', 'no zap', 'pelo zap'],
    Telegram: ['telegran'],
    Instagram: ['insta', 'direct do insta'],
  },
  payment: {
    Pix: ['pix', 'chave pix'],
    PicPay: ['picpay'],
    'Mercado Pago': ['mercado pago', 'mercadopago'],
    'MB WAY': ['mb way', 'mbway'],
    Nubank: ['nubank'],
  },
};

/**
 * NOTE: Lexicon has no field for the words that make a following number an ID or a code rather
 * than a phone number ("order number 4471209", postal codes). `order` words alone do; `number`
 * words do right after one. Some entries are two words; the number may also come first
 * ("número de pedido 300-4512-88").
 */
export const idCues: { order: string[]; number: string[] } = {
  order: ['pedido', 'encomenda', 'fatura', 'nota fiscal', 'protocolo', 'chamado', 'boleto', 'rastreio', 'cep', 'código postal'],
  number: ['número', 'num', 'no'],
};

/**
 * NOTE: Lexicon has no field for the local words people type for "@" and "." to hide an email
 * address ("julie arobase gmail point com"); the engine's at/dot folding can take these.
 */
export const emailWords: { at: string[]; dot: string[] } = {
  at: ['arroba'],
  dot: ['ponto'],
};

export const lexicon: Lexicon = {
  lang: 'pt',
  name: 'Portuguese',
  talk: [
    'me chama no', 'me chama na', 'me chame no', 'chama no', 'me chama lá no', 'fala comigo no',
    'fala comigo pelo', 'falamos pelo', 'falamos no', 'vamos falar pelo', 'vamos falar no', 'podemos falar pelo',
    'conversar pelo', 'conversamos pelo', 'conversamos no', 'vamos conversar no', 'bater um papo no',
    'me adiciona no', 'me adicione no', 'me add no', 'add no', 'me manda mensagem no', 'me manda msg no',
    'me manda um oi no', 'manda um oi no', 'me envie uma mensagem no', 'me escreve no', 'me chama pelo',
    'continuamos pelo', 'continuar pelo', 'seguimos pelo', 'vamos continuar no', 'vamos pro', 'bora pro',
    'passa pro', 'migrar a conversa para', 'te chamo no', 'te chamo pelo', 'te mando mensagem no',
    'chamada no', 'chamada pelo', 'call no', 'call pelo', 'videochamada no', 'videochamada pelo',
    'chamada de vídeo no', 'reunião no', 'reunião pelo', 'uma reunião no', 'entrevista pelo', 'me encontra no',
    'me acha no',
  ],
  phoneCall: [
    'me liga', 'me ligue', 'liga pra mim', 'ligue para mim', 'ligar para você', 'te ligo', 'lhe ligo',
    'posso te ligar', 'posso ligar', 'pode me ligar', 'me dá uma ligada', 'dá uma ligada', 'uma ligação',
    'ligação telefônica', 'por telefone', 'pelo telefone', 'falamos por telefone', 'me liga no',
    'me manda um sms', 'te mando um sms', 'mensagem de texto', 'liga no meu celular', 'telefona-me',
  ],
  inPerson: [
    'marcar um café', 'um café pra conversar', 'um café para conversar', 'tomar um cafe', 'presencialmente', 'reunir-nos presencialmente', 'nos encontrar no escritório', 'nos vemos no escritório', 'passa no meu escritório', 'vem aqui no escritório', 'venha ao escritório', 'encontrar num café', 'nos encontrar num café',
    'pessoalmente', 'encontro presencial', 'reunião presencial', 'nos encontrar pessoalmente',
    'tomar um café', 'tomamos um café', 'um cafezinho', 'vem no meu escritório', 'venha ao meu escritório',
    'passa no escritório', 'passa aqui no escritório', 'nos vemos pessoalmente', 'cara a cara',
  ],
  elsewhere: [
    'em vez de passar pelo upwork', 'ao invés de passar pelo upwork', 'sem passar pelo upwork',
    'me chama no email', 'me chama no e-mail', 'me manda um email', 'me manda um e-mail', 'me escreve no email', 'me escreve por email', 'me responde por email', 'continuamos por email',
    'fora do upwork', 'fora da upwork', 'por fora do upwork', 'por fora', 'fora da plataforma',
    'sair do upwork', 'sair da plataforma', 'sem o upwork', 'sem a upwork', 'sem intermediário',
    'por outro canal', 'por outro meio', 'em outro lugar', 'no privado', 'chama no privado', 'chama no pv',
    'no pv', 'falamos por email', 'seguimos por email',
  ],
  contactNouns: [
    'te contatar', 'contatar você', 'falar com você', 'falar contigo', 'te encontrar', 'contatá-lo', 'contatá-la',
    'número', 'numero de telefone', 'número de telefone', 'número de celular', 'telefone', 'tel', 'celular',
    'cel', 'telemóvel', 'contato', 'contacto', 'email', 'e-mail', 'mail', 'endereço de email', 'usuário',
    'nome de usuário', 'id', 'arroba',
  ],
  contactAsk: [
    'como posso', 'como faço pra', 'como faço para', 'como te', 'melhor forma de', 'melhor jeito de', 'me passa o teu', 'me passa a tua', 'me passa tua', 'me passa sua', 'deixa teu', 'deixa seu', 'deixa o teu', 'deixa o seu',
    'passa seu', 'passa teu', 'passa o seu', 'passa o teu', 'me passa seu', 'me passa o seu', 'me passa teu',
    'me passe seu', 'me passe o seu', 'pode me passar seu', 'pode me passar o seu', 'poderia me passar',
    'qual é o seu', 'qual o seu', 'qual seu', 'qual é o teu', 'qual teu', 'qual a sua', 'qual sua',
    'me manda seu', 'me manda o seu', 'me envia seu', 'me envie seu', 'me dá seu', 'me dá o seu',
    'me fala seu', 'compartilha seu', 'compartilhe seu', 'segue meu', 'segue o meu', 'aqui está meu',
    'aqui vai meu', 'esse é meu', 'este é o meu', 'meu', 'minha', 'te passo meu', 'te passo o meu',
    'te mando meu', 'anota meu', 'salva meu', 'deixo meu', 'deixo o meu',
    'você tem', 'vc tem', 'tem', 'me passa', 'me passa o',
  ],
  payment: [
    'pago por fora', 'por fora da plataforma', 'em dinheiro vivo',
    'te pago direto', 'pago direto', 'pagamento direto', 'pagar direto', 'pagar diretamente',
    'te pago por fora', 'pagamento por fora', 'pagar por fora', 'pagar fora do upwork',
    'pagamento fora do upwork', 'transferência bancária', 'transferencia bancaria', 'depósito bancário',
    'ted ou doc', 'faço um ted', 'chave pix', 'te faço um pix', 'faço um pix', 'te mando um pix',
    'mando um pix', 'manda o pix', 'pago no pix', 'pago via pix', 'pagamento via pix', 'por pix',
    'fugir da taxa do upwork', 'evitar a taxa', 'evitar a taxa do upwork', 'economizar a taxa',
    'sem a taxa do upwork', 'sem pagar taxa', 'encerrar o contrato e continuar por fora',
    'fechar o contrato e seguir direto', 'emitir nota direto', 'faturar direto para minha empresa',
    'boleto direto', 'em dinheiro', 'pago em dinheiro', 'em cripto', 'em usdt', 'minha conta bancária',
    'sua conta bancária', 'dados bancários', 'iban',
  ],
  payVerbs: [
    'eu pago por', 'o resto eu pago', 'pago o resto',
    'pagar', 'te pagar', 'te pago', 'lhe pago', 'pago por', 'pago via', 'pagamento por', 'pagamento via',
    'transferir', 'te transfiro', 'transfiro', 'depositar', 'deposito', 'mandar o dinheiro', 'envio o dinheiro',
    'te mando o dinheiro', 'cobrar', 'cobro por', 'receber por', 'recebo por', 'aceita pagamento', 'faturar',
    'emitir a fatura',
  ],
  onUpwork: [
    'aqui no upwork', 'aqui na upwork', 'pelo upwork', 'pela upwork', 'via upwork', 'através do upwork',
    'no upwork', 'na upwork', 'dentro do upwork', 'por aqui', 'aqui mesmo', 'nesse chat', 'neste chat',
    'mensagens do upwork', 'chat do upwork', 'chamada do upwork', 'pela plataforma', 'na plataforma',
    'dentro da plataforma',
  ],
  refusal: [
    'não aceito', 'nao aceito', 'não quero pagar fora', 'não trabalho fora', 'não pago fora', 'não recebo fora', 'prefiro não',
    'não posso passar', 'não posso compartilhar', 'nao posso passar', 'não posso sair', 'não é permitido',
    'não pode', 'proibido', 'contra as regras', 'contra as políticas', 'contra os termos', 'regras do upwork',
    'política do upwork', 'termos do upwork', 'quando o contrato começar', 'depois que o contrato começar',
    'depois do contrato', 'após o contrato', 'assim que o contrato iniciar', 'quando fechar o contrato',
    'prefiro manter aqui', 'vamos manter aqui', 'melhor por aqui', 'prefiro continuar aqui', 'não compartilho',
    'posso ser banido', 'posso ser suspenso',
  ],
  digits: [
    ['zero'], ['um', 'uma'], ['dois', 'duas'], ['três'], ['quatro'], ['cinco'], ['seis', 'meia'], ['sete'],
    ['oito'], ['nove'],
  ],
  bigNumbers: {
    10: ['dez'], 11: ['onze'], 12: ['doze'], 13: ['treze'], 14: ['catorze'], 15: ['quinze'], 16: ['dezesseis'],
    17: ['dezessete'], 18: ['dezoito'], 19: ['dezenove'], 20: ['vinte'], 30: ['trinta'], 40: ['quarenta'],
    50: ['cinquenta'], 60: ['sessenta'], 70: ['setenta'], 80: ['oitenta'], 90: ['noventa'], 100: ['cem'],
  },
  workSubject: [
    'sdk', 'integrar', 'integração', 'api', 'bot', 'chatbot', 'robô', 'aplicativo', 'plugin', 'migração', 'migrar',
    'checkout', 'gateway', 'gateway de pagamento', 'loja', 'loja virtual', 'servidor', 'canal',
    'automação', 'automatizar', 'webhook', 'desenvolver', 'desenvolvimento', 'configurar', 'moderação',
    'campanha', 'marketing', 'disparo', 'disparos em massa', 'template', 'botão', 'widget', 'clone', 'anúncios',
    'validação', 'formulário', 'campo', 'banco de dados', 'newsletter', 'experiência com', 'experiência em',
    'bots', 'chatbots', 'integrações', 'integrando', 'notificações', 'lembretes', 'seguidores', 'postagens',
    'gravação', 'gravações', 'transcrição', 'plugins', 'webhooks', 'fluxo', 'fluxos', 'desenvolvedor',
    'programar', 'implementar', 'para empresas', 'business api', 'um app', 'o app', 'app de',
  ],
  near: [
    'chamada', 'videochamada', 'reuniao', 'reunião', 'conversar', 'conversa', 'falar', 'mensagem', 'adiciona',
    'contato',
  ],
  feeHints: ['comissão', 'taxa', 'tarifa'],
  words: {
    negation: ['nao', 'não', 'nunca'],
    shareOrUseStems: ['compart', 'dar', 'envi', 'manda', 'usar', 'uso'],
    upworkNegator: ['não', 'nao', 'sem', 'vez', 'lugar'],
    routeNegator: ['sem'],
    routeWords: ['por', 'pela', 'pelo'],
    here: ['aqui'],
    pastJobAdjective: ['ultimo', 'último', 'anterior', 'passado'],
    pastJobNoun: ['emprego', 'empresa'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['pediu', 'pedindo'],
    reportedTarget: ['me', 'nos'],
    objectClitics: ['me', 'nos'],
    speakers: ['eu'],
    idWords: ['cpf', 'cnpj'],
    orderWords: ['pedido', 'encomenda', 'fatura', 'ordem', 'protocolo'],
    numberNouns: ['no', 'numero', 'número'],
    postalWords: ['cep'],
    phoneNouns: ['telefone', 'celular'],
    referenceNouns: ['rastreamento', 'ordem'],
    channelPrepositions: ['no', 'na', 'em', 'pelo', 'pela', 'por'],
    appPrepositions: ['por', 'pelo', 'pela', 'em', 'no', 'na'],
    channelNext: ['numero', 'número'],
    yourWords: ['seu', 'sua', 'teu', 'tua'],
    sendStems: ['manda', 'mande', 'envi', 'passa', 'passe', 'dar', 'compart'],
    myWords: ['meu', 'minha'],
    directly: ['diretamente'],
    payStems: ['paga', 'pago', 'pagu', 'pagar', 'factur', 'cobr', 'pagamento'],
    payoutStems: ['saque', 'saco', 'sacar', 'vinculad'],
    avoidStems: ['evit', 'econom'],
    feeStems: ['comiss', 'taxa', 'tarifa'],
    platformStems: ['plataforma'],
    payLinkPrepositions: ['com', 'em', 'por'],
    notANameAfterCallMe: ['amanhã', 'hoje', 'depois', 'agora', 'segunda', 'em', 'a', 'no', 'na', 'pelo', 'por', 'e'],
    nameFillers: ['apenas'],
    contractStems: ['fatura', 'acordo', 'projeto'],
    contactVerbStems: ['contacta'],
    emailAt: ['arroba'],
    emailDot: ['ponto'],
    socialCueStems: ['mensag', 'chama'],
    without: ['sem'],
    idNouns: ['nome'],
    idFillers: ['e', 'é'],
    ownIdNouns: ['contato', 'usuário', 'conta'],
    copula: ['e', 'é'],
    iAm: ['sou'],
    numberOrPhoneNouns: ['numero', 'número', 'telefone', 'celular'],
    firstPerson: ['meu', 'minha'],
    callStems: ['ligu', 'liga', 'ligar'],
    phoneLabelNouns: ['telefone'],
    feeOrOutsideParts: ['fora'],
    offerPossessives: ['meu', 'minha'],
  },
};
