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
    WhatsApp: ['zapzap', 'zapp', 'wpp', 'uatsap', 'zap zap', 'no zap', 'pelo zap', 'pro zap', 'pra zap', 'pro zapzap', 'pra zapzap', 'um zap', 'pro whats', 'um whats'],
    Telegram: ['telegran'],
    Instagram: ['insta', 'direct do insta'],
  },
  payment: {
    // A Pix random key ("chave aleatória") is a Pix key by its own name.
    Pix: ['pix', 'chave pix', 'chave aleatória', 'chave aleatoria'],
    // A bank slip paid at any bank: with its preposition only, since Spanish "boleto" is a ticket.
    Boleto: ['boleto bancário', 'boleto bancario', 'via boleto', 'pelo boleto', 'no boleto', 'em boleto', 'com boleto', 'paga por boleto', 'pago por boleto', 'pagar por boleto'],
    PicPay: ['picpay'],
    'Mercado Pago': ['mercado pago', 'mercadopago'],
    'MB WAY': ['mb way', 'mbway'],
    Nubank: ['nubank'],
    // Brazilian banks paid into ("pelo Inter", "no Itaú"); bare "inter" is an everyday prefix, so only with its preposition.
    'bank transfer': ['banco inter', 'pelo inter', 'no inter', 'bradesco', 'itau', 'itaú', 'conta do itau', 'conta do itaú'],
    // Wise in a Portuguese phrase ("recebo pela Wise", "manda na Wise").
    Wise: ['pela wise', 'na wise', 'minha wise'],
    Multibanco: ['multibanco', 'referência multibanco', 'referencia multibanco'],
  },
};

export const lexicon: Lexicon = {
  lang: 'pt',
  name: 'Portuguese',
  talk: [
    // Responder num endereço ou "lá" (fx36b-reply): "responde-me para ana@…", "me responde por lá".
    'responde-me para', 'me responde para', 'responda-me para', 'responde-me por lá', 'me responde por lá', 'responda por lá', 'responde lá',
    // Bare "write me", as English has it: a cue beside a number or a handle, never a call alone.
    'me escreve', 'me escreva', 'escreva-me',
    // "Let's talk" with no place named, as English has bare "talk": a cue beside a number or a handle
    // ("podemos conversar, 11 9…"), never a call alone.
    'vamos conversar', 'podemos conversar', 'vamos falar', 'podemos falar', 'conversarmos', 'bora conversar',
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
    // "Send a WhatsApp": the app's name is the message sent ("manda um whats", "me mande um Telegram").
    'me manda um', 'me mande um',
  ],
  phoneCall: [
    // European Portuguese: the pronoun after the verb ("pode ligar-me", "liga-me"), "falar ao telemóvel".
    'ligar-me', 'liga-me', 'ligue-me', 'ligues-me', 'telefonar-me', 'telefone-me', 'falar ao telemóvel', 'falar ao telefone', 'pelo telemóvel', 'para o meu telemóvel',
    // A call named by its medium ("entretien téléphonique", "por ligação", "接个电话"): the phone is the place of the talk.
    'por ligação', 'entrevista por telefone', 'conversa por telefone', 'reunião por telefone', 'entrevista telefônica', 'conversa telefônica',
    'chamada telefônica', 'chamada por telefone',
    'me liga', 'me ligue', 'liga pra mim', 'ligue para mim', 'ligar para você', 'te ligo', 'lhe ligo',
    'posso te ligar', 'vai te ligar', 'vou te ligar', 'vamos te ligar', 'vai lhe ligar', 'vou lhe ligar', 'vamos lhe ligar', 'vai ligar para você', 'vou ligar para você', 'posso ligar', 'pode me ligar', 'me dá uma ligada', 'dá uma ligada', 'uma ligação',
    'ligação telefônica', 'por telefone', 'pelo telefone', 'falamos por telefone', 'me liga no',
    'me manda um sms', 'te mando um sms', 'mensagem de texto', 'liga no meu celular', 'telefona-me',
    // The writer's call offered formally or with a time (lx29-formalcall): "posso lhe ligar amanhã?", "dar uma ligadinha".
    // The reader asked to ring with the pronoun before the infinitive ("consegue me ligar daqui a pouco?", "dá pra me ligar?").
    'me ligar', 'me telefonar', 'consegue me ligar', 'consegue ligar', 'dá pra me ligar', 'da para me ligar', 'te ligar agora', 'lhe ligar agora', 'posso te ligar agora',
    'posso lhe ligar', 'posso ligar-lhe', 'posso telefonar', 'posso te telefonar', 'posso lhe telefonar', 'uma ligadinha', 'chamada normal', 'ligação normal',
  ],
  inPerson: [
    // A professional's own premises (practice, law office, cabinet, consultorio, studio).
    'vir ao meu consultório', 'venha ao consultório', 'vier ao consultório', 'passe no consultório', 'vier no consultório', 'passa no consultório', 'venha à clínica', 'vier à clínica', 'passe no escritório',
    // Meeting in person said with the verb inflected or a filler inside ("a gente se encontra num café", "mag-meet na lang tayo", "milte hain kisi din").
    'se encontra num café', 'se encontrar num café', 'encontra num café', 'a gente se encontra', 'nos vemos num café', 'se encontrar pessoalmente',
    'vier na loja', 'vier à loja', 'venha na loja', 'venha à loja', 'vem na loja', 'passa na loja', 'passe na loja', 'vier no escritório', 'vier na oficina', 'passa na oficina', 'passe na oficina',
    'marcar um café', 'um café pra conversar', 'um café para conversar', 'tomar um cafe', 'presencialmente', 'reunir-nos presencialmente', 'nos encontrar no escritório', 'nos vemos no escritório', 'passa no meu escritório', 'vem aqui no escritório', 'venha ao escritório', 'encontrar num café', 'nos encontrar num café',
    'pessoalmente', 'encontro presencial', 'reunião presencial', 'nos encontrar pessoalmente',
    'tomar um café', 'tomamos um café', 'um cafezinho', 'vem no meu escritório', 'venha ao meu escritório',
    'passa no escritório', 'passa aqui no escritório', 'nos vemos pessoalmente', 'cara a cara',
    // Tutoring in person: lessons at home, meeting in the library.
    'nos vemos na biblioteca', 'encontrar na biblioteca', 'aulas em casa', 'aula na minha casa', 'aulas na minha casa', 'aula na sua casa',
  ],
  elsewhere: [
    // Falar em particular ou diretamente, sem app ("me contate diretamente").
    'me contate diretamente', 'fale comigo diretamente', 'entre em contato comigo diretamente', 'me chama diretamente', 'falar em particular', 'te contato por email', 'te mando um email amanha',
    'em vez de passar pelo upwork', 'ao invés de passar pelo upwork', 'sem passar pelo upwork',
    'me chama no email', 'me chama no e-mail', 'me manda um email', 'me manda um e-mail', 'me escreve no email', 'me escreve por email', 'me responde por email', 'continuamos por email',
    'fora do upwork', 'fora da upwork', 'por fora do upwork', 'por fora', 'fora da plataforma',
    'sair do upwork', 'sair da plataforma', 'sem o upwork', 'sem a upwork', 'sem intermediário',
    'por outro canal', 'por outro meio', 'em outro lugar', 'continuamos a conversa em outro lugar', 'continuamos essa conversa em outro lugar', 'continuamos isso em outro lugar', 'no privado', 'chama no privado', 'chama no pv',
    'no pv', 'falamos por email', 'seguimos por email',
  ],
  contactNouns: [
    'te contatar', 'contatar você',
    // Getting in touch said with 'entrar em contato' ("como faço para entrar em contato com você?").
    'entrar em contato', 'entrar em contato com você', 'entrar em contato contigo', 'entrar em contato com vc', 'falar com vc', 'falar com você', 'falar contigo', 'te encontrar', 'contatá-lo', 'contatá-la',
    'número', 'numero de telefone', 'número de telefone', 'número de celular', 'número de contato', 'número de contacto', 'telefone de contato', 'e-mail de contato', 'telefone', 'tel', 'celular',
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
    // "teria algum contato?", "tem algum e-mail?": any way to reach, asked for.
    'teria algum', 'teria algum outro', 'você teria', 'vc teria',
  ],
  payment: [
    // Cash handed over at a visit, and work kept off the books (fx24-visits).
    'dinheiro na mão', 'dinheiro em mãos', 'dinheiro quando eu chegar', 'dinheiro quando eu passar', 'dinheiro quando você vier', 'por baixo dos panos',
    // Outro marketplace de freelancers como lugar do trato ("me contrata pelo Fiverr").
    'me contrata pelo fiverr', 'me contrata no fiverr', 'te contrato pelo fiverr', 'te contrato no fiverr', 'melhor pelo fiverr', 'pelo fiverr mesmo', 'vamos para o fiverr', 'me contrata pelo peopleperhour', 'me contrata no peopleperhour', 'te contrato pelo peopleperhour', 'te contrato no peopleperhour', 'melhor pelo peopleperhour', 'pelo peopleperhour mesmo', 'vamos para o peopleperhour', 'me contrata pelo workana', 'me contrata no workana', 'te contrato pelo workana', 'te contrato no workana', 'melhor pelo workana', 'pelo workana mesmo', 'vamos para o workana', 'me contrata pelo toptal', 'me contrata no toptal', 'te contrato pelo toptal', 'te contrato no toptal', 'melhor pelo toptal', 'pelo toptal mesmo', 'vamos para o toptal',
    'me pague no privado', 'te pago no privado', 'pagar pela outra via', 'me paga pela outra via', 'fatura pra mim no privado',
    // Pagar no site próprio em vez daqui ("o resto você paga no meu site").
    // Reservar ou faturar pelo canal próprio (fx36b-reply): "a reserva fazemos no meu site", "te faturo pela minha empresa".
    'reserva no meu site', 'reservas no meu site', 'fazemos a reserva no meu', 'te faturo pela minha', 'faturo-te pela minha', 'te faturo da minha',
    'paga no meu site', 'pagar no meu site', 'pague no meu site', 'paga pelo meu site', 'pagar pelo meu site', 'pague pelo meu site',
    // PayPal's friends-and-family transfer (no buyer protection, no fee).
    'paypal amigos e familiares', 'como amigos e familiares', 'paypal amigos e família', 'como amigos e família',
    'pago por fora', 'por fora da plataforma', 'em dinheiro vivo',
    'te pago direto', 'pago direto', 'pagamento direto', 'pagar direto', 'pagar diretamente',
    'te pago por fora', 'pagamento por fora', 'pagar por fora', 'pagar fora do upwork',
    'pagamento fora do upwork', 'transferência bancária', 'transferencia bancaria', 'depósito bancário',
    'ted ou doc', 'faço um ted', 'chave pix', 'te faço um pix', 'faço um pix', 'te mando um pix',
    'mando um pix', 'manda o pix',
    // The reader asked to pay by Pix, in chat ("faz um pix pra mim", "me manda um pix").
    'faz um pix', 'faça um pix', 'me faz um pix', 'me faça um pix', 'faz o pix', 'faça o pix', 'fazer um pix', 'fazer o pix',
    'manda um pix', 'me manda um pix', 'pix pra mim', 'pix para mim', 'faz um pixzinho', 'manda um pixzinho', 'pago no pix', 'pago via pix', 'pagamento via pix', 'por pix',
    'fugir da taxa do upwork', 'evitar a taxa', 'evitar a taxa do upwork', 'economizar a taxa',
    'sem a taxa do upwork', 'sem pagar taxa', 'encerrar o contrato e continuar por fora',
    'fechar o contrato e seguir direto', 'emitir nota direto', 'faturar direto para minha empresa',
    'boleto direto', 'em dinheiro', 'pago em dinheiro', 'em cripto', 'em usdt', 'minha conta bancária',
    'sua conta bancária', 'dados bancários', 'iban',
    // Billing by the writer's own tax document, outside the platform (a Brazilian sole-trader's invoice).
    'emito nota fiscal', 'emito a nota fiscal', 'emitir nota fiscal pela', 'nota fiscal pela minha', 'nota pela minha mei', 'pela minha mei', 'pelo meu mei', 'pelo meu cnpj',
    // The invoice (nota fiscal, NF) issued straight to the client, not through the platform.
    'nota fiscal direto para', 'nota fiscal direto pra', 'nota fiscal direto pro', 'nota fiscal diretamente para', 'nota fiscal direta para',
    'nota fiscal direta pra', 'nota direto para', 'nota direto pra', 'nf direto para', 'nf direto pra', 'faturo direto', 'faturo diretamente',
    'te faturo direto', 'faturar diretamente para', 'fatura direta para', 'fatura direto para',
  ],
  payVerbs: [
    'eu pago por', 'o resto eu pago', 'pago o resto',
    // Money itself, also in slang ("a grana", "a bufunfa"): sent through a payment app it is the payment.
    'a grana', 'a grana toda', 'a bufunfa', 'o dindin',
    'pagar', 'te pagar', 'te pago', 'lhe pago', 'pago por', 'pago via', 'pagamento por', 'pagamento via',
    'transferir', 'te transfiro', 'transfiro', 'depositar', 'deposito', 'mandar o dinheiro', 'envio o dinheiro',
    'te mando o dinheiro', 'cobrar', 'cobro por', 'receber por', 'recebo por', 'recebo pela', 'recebo pelo', 'receber pela', 'receber pelo', 'aceita pagamento', 'faturar',
    'emitir a fatura',
  ],
  onUpwork: [
    // Upwork as the only way (lx32-onupwork): "a empresa só usa o Upwork".
    'só usa o upwork', 'só usamos o upwork', 'apenas o upwork', 'só o upwork', 'somente o upwork', 'só upwork', 'apenas upwork',
    'aqui no upwork', 'aqui na upwork', 'pelo upwork', 'pela upwork', 'via upwork', 'através do upwork',
    'no upwork', 'na upwork', 'dentro do upwork', 'continuar aqui', 'seguir aqui', 'continuamos aqui', 'financiar o marco', 'financie o marco', 'por aqui', 'aqui mesmo', 'nesse chat', 'neste chat',
    'mensagens do upwork', 'chat do upwork', 'chamada do upwork', 'pela plataforma', 'na plataforma',
    'dentro da plataforma',
    // Talk kept here (lx32-onupwork): "vamos falar aqui em vez de no Telegram".
    'falar aqui', 'falamos aqui', 'conversar aqui', 'ficar aqui', 'ficamos aqui',
    // A call held by Upwork itself (lx30-upworkcall): "chamada pelo próprio Upwork", "a videochamada da plataforma".
    'pelo próprio upwork', 'pela própria upwork', 'pela própria plataforma', 'no próprio upwork', 'na própria plataforma', 'dentro do próprio upwork',
    'chamada de vídeo do upwork', 'videochamada do upwork', 'chamada da plataforma', 'videochamada da plataforma', 'integração do zoom no upwork',
  ],
  refusal: [
    // A formal decline of the other side's proposal (lx32-ackdecline): "…, which I must politely decline".
    'tenho de recusar', 'preciso declinar', 'tenho que declinar', 'vou declinar', 'não posso aceitar', 'nao posso aceitar',
    // The writer's promise not to ask (lx32-intentfp): never a proposal of the thing not asked for.
    'não vou te pedir', 'nao vou te pedir', 'nunca vou te pedir', 'nunca vou pedir', 'não vou pedir', 'nao vou pedir', 'nunca vou lhe pedir', 'jamais vou pedir', 'nunca pedirei', 'não pedirei',
    // Verdicts on the other side's proposal (lx31-decline), never a bare "não rola", which also asks ("não rola um pix?"): "isso não rola", "vou recusar", "não é uma opção", "não, obrigado".
    'isso não rola', 'aí não rola', 'não rola pra mim', 'nao rola pra mim', 'não rola desculpa', 'não rola não', 'não dá pra mim', 'nao da pra mim', 'não vai dar', 'nao vai dar', 'vou recusar', 'vou ter que recusar', 'preciso recusar', 'tenho que recusar', 'recuso', 'não é uma opção', 'nao e uma opcao', 'não é opção', 'fora de questão', 'não obrigado', 'não obrigada', 'nao obrigado', 'não é necessário', 'nao e necessario', 'vou passar', 'dispenso',
    // fx26-report: the stance that closes a report of someone else's ask ("por eso prefiero trabajar por la plataforma").
    'prefiro tudo por aqui', 'prefiro manter tudo aqui', 'só trabalho pela plataforma', 'só trabalho por aqui', 'só trabalho pelo upwork',
    // fx25-reports: stories of what others ask, and the writer's stance
    'só falo por aqui', 'só falo aqui', 'só pelo upwork', 'só por aqui', 'só aqui', 'só pela plataforma',
    // The writer took back an earlier plan to talk elsewhere (fx24-declines): "we discussed a Zoom call, but I changed my mind, let's write here".
    'mudei de ideia', 'mudamos de ideia', 'mudei de opinião', 'mudamos de opinião',
    // Staying here after a story of what happened to someone else (validators/context.ts, refusedReports).
    'vamos fazer aqui', 'sou rigoroso', 'sou rigorosa', 'só pago aqui', 'prefiro seguir por aqui', 'prefiro continuar por aqui', 'prefiro seguir pelo chat', 'prefiro continuar pelo chat',
    // Not being comfortable with leaving: "I'm not comfortable being paid outside".
    'não me sinto à vontade', 'não me sinto confortável', 'não fico à vontade', 'não estou confortável', 'não me sinto seguro', 'não me sinto segura',
    // A tool blocked where the writer works states a limit, not a place to meet ("Drive is blocked at my office").
    'bloqueado no meu', 'bloqueados no meu', 'bloqueado no escritorio', 'bloqueados no escritorio', 'bloqueada no escritorio',
    'não aceito', 'nao aceito', 'não quero pagar fora', 'não trabalho fora', 'não pago fora', 'não recebo fora', 'prefiro não',
    'não posso passar', 'não posso compartilhar', 'nao posso passar', 'não posso sair', 'não é permitido',
    'não pode', 'proibido', 'contra as regras', 'contra as políticas', 'contra os termos', 'regras do upwork',
    'política do upwork', 'termos do upwork', 'quando o contrato começar', 'depois que o contrato começar',
    'depois do contrato', 'após o contrato', 'assim que o contrato iniciar', 'quando fechar o contrato',
    'prefiro manter aqui', 'vamos manter aqui', 'melhor por aqui', 'prefiro continuar aqui', 'não compartilho',
    'posso ser banido', 'posso ser suspenso',
    // Reports and judgements of a request: "I reported him", "a real client wouldn't ask".
    'denunciei', 'reportei', 'cheira a golpe', 'não pediria', 'nao pediria',
    // Warnings of what leaving costs: "your account may get suspended".
    'podem suspender', 'pode ser suspensa', 'pode ser banida', 'pode ser suspenso',
  ],
  digits: [
    ['zero'], ['um', 'uma'], ['dois', 'duas'], ['três'], ['quatro'], ['cinco'], ['seis', 'meia'], ['sete'],
    ['oito'], ['nove'],
  ],
  bigNumbers: {
    10: ['dez'], 11: ['onze'], 12: ['doze'], 13: ['treze'], 14: ['catorze'], 15: ['quinze'], 16: ['dezesseis'],
    17: ['dezessete'], 18: ['dezoito'], 19: ['dezenove'], 20: ['vinte'], 30: ['trinta'], 40: ['quarenta'],
    50: ['cinquenta'], 60: ['sessenta'], 70: ['setenta'], 80: ['oitenta'], 90: ['noventa'], 100: ['cem'],
    200: ['duzentos'], 300: ['trezentos'], 400: ['quatrocentos'], 500: ['quinhentos'], 600: ['seiscentos'],
    700: ['setecentos'], 800: ['oitocentos'], 900: ['novecentos'],
  },
  workSubject: [
    // As ligações como entrega: roteiros de ligação, atendimento telefônico ensinado.
    'roteiro de ligação', 'roteiros de ligação', 'script de ligação', 'scripts de ligação', 'atendimento telefônico',
    // O zoom de uma câmera, não o app.
    'zoom óptico', 'zoom ótico', 'zoom digital', 'lente zoom',
    // Trabalho de produto: chamadas gravadas para editar, pasta de sessão.
    'gravadas', 'gravados', 'gravada', 'gravado', 'pasta de sessão', 'pasta de session',
    // An app compared to, or taught about: "like a mini Zoom", "a course on using WhatsApp".
    'parecido com', 'semelhante ao', 'similar ao', 'algo como', 'curso sobre', 'curso de', 'tutorial', 'tutoriais', 'aula sobre', 'como usar',
    // Bookkeeping: a cash box or a payment app in the books is the thing kept.
    'livro razão', 'caixa pequeno', 'fundo de caixa',
    // Building crypto products: a coin or chain named there is the thing built.
    'contrato inteligente', 'contratos inteligentes', 'carteira cripto', 'saldos',
    'sdk', 'integrar', 'integração', 'api', 'bot', 'chatbot', 'robô', 'aplicativo', 'plugin', 'migração', 'migrar',
    'checkout', 'gateway', 'gateway de pagamento', 'loja', 'loja virtual', 'servidor', 'canal',
    'automação', 'automatizar', 'webhook', 'desenvolver', 'desenvolvimento', 'configurar', 'moderação',
    'campanha', 'marketing', 'disparo', 'disparos em massa', 'template', 'botão', 'widget', 'clone', 'anúncios',
    'validação', 'formulário', 'campo', 'banco de dados', 'newsletter', 'experiência com', 'experiência em',
    'bots', 'chatbots', 'integrações', 'integrando', 'notificações', 'lembretes', 'seguidores', 'postagens',
    'gravação', 'gravações', 'transcrição', 'plugins', 'webhooks', 'fluxo', 'fluxos', 'desenvolvedor',
    'programar', 'implementar', 'para empresas', 'business api', 'um app', 'o app', 'app de',
    'qr code', 'br code', 'brcode', 'payload',
    // The receipt noun as a phrase: bare "recibo" is also Spanish "I receive" ("así lo recibo").
    'o recibo', 'um recibo', 'os recibos', 'recibos', 'recibo de', 'recibo do', 'recibo digital', 'gerar recibo', 'emitir recibo',
    'comprovante', 'sistema', 'layout',
    // Topics of study: an app as the subject of an essay, thesis or survey ("the impact of", "the use of").
    'uso do', 'uso da', 'o uso de', 'impacto do', 'impacto da', 'influência do', 'influência da',
    // The app, its groups, calls or payments as the thing worked on: managed, migrated, reported on, role-played.
    'moderar', 'moderando', 'moderador', 'moderadores', 'cliente final', 'clientes finais', 'máscara', 'mascara',
  ],
  // Showing who you are elsewhere without a value: the same username as here, "the same as my Pix".
  identity: [
    'sou o mesmo usuário', 'mesmo usuário daqui', 'mesmo usuário que aqui', 'mesmo nome de usuário daqui', 'mesmo nome daqui',
    'mesmo nome que aqui', 'mesmo nick', 'o mesmo do pix', 'mesmo número do pix', 'mesmo do meu pix', 'mesmo número do zap',
    'me procura como', 'me procure como', 'me acha como', 'me encontra como',
    'me acha pelo usuário', 'me procura pelo usuário', 'me encontra pelo usuário', 'me acha pelo nick', 'me procura pelo nick', 'me adiciona pelo usuário',
    'mesmo nome do meu perfil', 'mesmo nome que no meu perfil', 'mesmo usuário do meu perfil', 'mesmo nome que tá no meu perfil', 'lá meu nome é',
  ],
  near: [
    // Times that, next to an app, set the talk there ("zoom tomorrow at 10", "besok zoom").
    'amanhã', 'hoje', 'hoje à noite', 'mais tarde', 'à tarde', 'logo mais',
    'chamada', 'videochamada', 'reuniao', 'reunião', 'conversar', 'conversa', 'falar', 'mensagem', 'adiciona',
    'contato',
    // A calendar invitation or link to the app's call ("te mando o convite do Teams").
    'convite', 'link',
  ],
  feeHints: ['comissão', 'taxa', 'tarifa'],
  // Moving the paying to an app, between the two of us, or the rest of it (gx26-pay2): "podemos passar para o Pix?".
  payNear: ['passar para', 'passar pro', 'passamos para', 'passamos pro', 'mudar para', 'mudar pro', 'mudamos para', 'entre nos', 'entre a gente', 'o resto', 'o restante', 'na minha conta'],
  words: {
    // A reply under the other side's quoted proposal: agreeing takes it up, declining leaves it the other side's (lx31-quotedreply).
    replyAssent: ['claro', 'ta bom', 'beleza', 'combinado', 'fechado', 'pode ser', 'sim', 'certo', 'bora', 'com certeza', 'ok'],
    replyDecline: ['desculpa', 'desculpe', 'infelizmente', 'prefiro', 'preferia', 'ainda nao', 'melhor nao', 'nao obrigado', 'nao obrigada', 'por enquanto', 'por aqui', 'este chat'],
    // An app made the event itself by a verb of holding it: "bora fazer um FaceTime", "marcamos uma chamada rápida pelo Meet".
    eventVerbs: ['fazer', 'fazemos', 'façamos', 'marcar', 'marcamos', 'agendar', 'agendamos'],
    eventFillers: ['um', 'uma', 'rapido', 'rapida', 'rapidinho', 'rapidinha', 'breve', 'chamada', 'ligação', 'videochamada', 'reunião', 'pelo'],
    // The writer's own page a name or detail is pointed at ("mismo nombre que mi perfil").
    tagVerbs: ['marcar', 'marca', 'marquem', 'marcando', 'mencionar', 'mencione', 'mencionem', 'mencionando', 'taguear'],
    brandOwners: ['nosso', 'nossa', 'nossos', 'nossas', 'marca', 'empresa', 'loja'],
    pointerPlaces: ['perfil'],
    meetPlaceLeads: ['na', 'em', 'ao', 'pela', 'pelo'],
    meetLedPlaces: ['casa', 'obra', 'terreno', 'quinta', 'fazenda', 'chácara', 'herdade', 'capela', 'salão'],
    meetTreats: ['café', 'cafezinho', 'almoço', 'almoçar', 'jantar', 'cerveja', 'chopp', 'lanche'],
    meetTreatVerbs: ['tomar', 'tomamos', 'vamos', 'bora', 'um'],
    meetWhen: ['amanhã', 'hoje', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'semana', 'fds'],
    meetTopicVerbs: ['conversar', 'conversamos', 'falar', 'falamos', 'discutir', 'discutimos', 'ver', 'vemos', 'alinhar', 'alinhamos', 'planejar', 'planejamos', 'revisar', 'revisamos', 'bater'],
    jobTitleHeads: ['chefe', 'diretor', 'diretora', 'responsável', 'gerente'],
    jobTitleNouns: ['gerente'],
    appLookWords: ['verde', 'azul', 'roxo', 'roxa', 'amarelo', 'amarela', 'aviaozinho', 'aviãozinho', 'passarinho', 'fantasminha'],
    appNouns: ['app', 'aplicativo', 'aplicação', 'aplicacao', 'apps'],
    appPictureWords: ['telefone', 'telefoninho', 'aviao', 'avião', 'aviaozinho', 'aviãozinho', 'balao', 'balão', 'balaozinho', 'balãozinho', 'fantasma', 'fantasminha', 'passaro', 'pássaro', 'passarinho', 'camera', 'câmera'],
    appIconNouns: ['icone', 'ícone', 'logo', 'logotipo', 'simbolo', 'símbolo', 'desenho', 'desenhinho'],
    appIconLinks: ['com', 'do', 'da', 'de'],
    // A payment method as a feature or the data of the work (payment.ts productWork).
    paymentWorkWords: ['site', 'sistema', 'aplicativo', 'bot', 'botão', 'formulário', 'opção', 'opções', 'integrar', 'integração', 'checkout', 'aceite', 'aceitar', 'aceita', 'relatório', 'planilha', 'corrigir', 'configurar', 'reembolso', 'reembolsos', 'funcionalidade', 'conciliar', 'conciliação', 'extrato', 'extratos', 'tela', 'página', 'auditoria', 'auditar', 'cobrança', 'cobranças', 'inadimplência', 'inadimplentes', 'vencimentos', 'tesouraria'],
    // Asking where or how to reach the reader (requests.ts reachQuestions): "where can I find you?".
    reachQuestionWords: ['onde', 'como', 'aonde', 'jeito', 'forma', 'maneira'],
    // Which mailbox to use, asked (requests.ts choiceAsks): "which email works?".
    choiceWords: ['qual', 'quais', 'que', 'quê'],
    addressNouns: ['endereco', 'endereço', 'enderecos', 'endereços'],
    // Writing from the organisation's mailbox (offPlatform.ts fromCompanyMail): "from the company email".
    companyMailStems: ['empresa', 'corporativ', 'trabalho', 'escritorio', 'escritório', 'agencia', 'agência'],
    mailSourcePrepositions: ['desde', 'pelo'],
    provideStems: ['inform', 'fornec', 'indiq', 'indica', 'compartilh', 'partilh'],
    provideGapWords: ['nos', 'me', 'seu', 'sua', 'teu', 'tua', 'o', 'a', 'um', 'uma', 'pessoal', 'particular', 'atual', 'direto'],
    reachVerbStems: ['encontr', 'contat', 'contact', 'escrev', 'falar', 'falo', 'procur', 'localiz'],
    mutualReachStems: ['contat', 'contact', 'comunic'],
    readerObjects: ['te', 'você', 'vc', 'voces', 'contigo', 'ti'],
    // Meeting in person at a named place ("nos vemos en el restaurante", "kafeye gelirseniz").
    meetVerbs: ['reunião', 'encontro', 'passo', 'passa', 'passe', 'passar', 'vem', 'venha', 'vier', 'encontrar', 'encontramos', 'encontrarmos', 'vemos', 'reunir', 'aparece', 'apareça'],
    meetLinking: ['no', 'na', 'seu', 'sua', 'ao', 'à', 'em', 'num', 'numa', 'nos', 'aqui', 'lá', 'meu', 'minha', 'nosso', 'nossa', 'se', 'a', 'o'],
    meetPlacePrepositions: ['na', 'no', 'em'],
    meetSeeVerbs: ['ver', 'vemos', 'encontrar', 'encontramos', 'encontrarmos'],
    meetEachOther: ['nos', 'te'],
    meetTimedPlaces: ['aí', 'estúdio', 'biblioteca'],
    meetPlaces: ['faculdade', 'facul', 'universidade', 'campus', 'restaurante', 'padaria', 'loja', 'escritório', 'escritórios', 'hostel', 'hotel', 'pousada', 'bar', 'lanchonete', 'consultório', 'ateliê', 'café', 'cafeteria'],
    broadcastWords: ['transmitir', 'transmiti-la', 'transmitida', 'transmitido', 'transmissão', 'transmitimos', 'retransmitir', 'streaming', 'livestream'],
    monthWords: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    meetNotPlaces: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    pictureNouns: ['foto', 'fotos', 'imagem', 'imagens', 'video', 'videos', 'clipe', 'logo', 'mapa'],
    linkNouns: ['link', 'links', 'href', 'url', 'uri', 'hyperlink', 'linque', 'hiperlink'],
    continueStems: ['continu', 'seguimos', 'seguir', 'seguisse', 'prossig', 'prossegu', 'passamos', 'mudamos'],
    // m28-emailchan: a verb of writing beside a word of "there" after a given address.
    textStems: ['escrev'],
    // fx25-rarely: the writer seldom here, beside a way to reach them.
    rarelyWords: ['quase nunca', 'raramente', 'quase não', 'poucas vezes', 'dificilmente'],
    unseenStems: ['notific', 'receb', 'chegam'],
    weekDays: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo'],
    replaceVerbs: ['substitua', 'substitui', 'substituir', 'troque', 'troca', 'trocar', 'insira'],
    weekDayShort: ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
    talkStems: ['convers', 'fala', 'papo', 'chat', 'mensag', 'escrev', 'comunic'],
    ownGroup: ['equipe', 'equipa', 'funcionários', 'colaboradores', 'colegas', 'interno', 'interna', 'internos', 'internas', 'departamento', 'comunidade', 'comunidades', 'escola', 'academia', 'universidade', 'faculdade', 'voluntários', 'voluntarios', 'moderadores',
      // O círculo próprio (fx36-casual): "minha vó manda bom dia no WhatsApp", "o grupo da família".
      'família', 'familia', 'mãe', 'mae', 'pai', 'vó', 'avó', 'vô', 'avô', 'tia', 'tio', 'tias', 'tios', 'primos', 'primas', 'prima', 'primo', 'irmãos', 'irmã', 'irmão', 'sogra', 'amigas', 'amigos'],
    venueThings: ['grupo', 'grupos', 'canal', 'canais', 'servidor', 'conta', 'contas', 'reunião', 'reuniões', 'chamadas'],
    venueOwners: ['chefe', 'diretor', 'diretora', 'gerente', 'alunos', 'estudantes', 'professores', 'pais', 'membros', 'clientes', 'médicos', 'vendedores', 'empresa', 'clínica', 'igreja', 'voluntários', 'voluntarios', 'moderadores', 'assinantes', 'seguidores'],
    venueRunVerbs: ['gerencio', 'gerenciar', 'gerencia', 'administro', 'administrar', 'modero', 'moderar', 'cuido'],
    whyWords: ['por que', 'porque', 'por quê'],
    accountStems: ['conta', 'perfil'],
    listJoiners: ['e', 'ou', 'além'],
    contrastConnectives: ['mas', 'porém', 'embora', 'contudo', 'entretanto'],
    keptOptionWords: ['se', 'também', 'tambem', 'preferir', 'prefere'],
    thanksWords: ['obrigado', 'obrigada', 'valeu'],
    remainderWords: ['resto', 'restante', 'metade', 'saldo'],
    beforeWords: ['antes', 'até'],
    laterWords: ['depois', 'após', 'apos'],
    purposeMarkers: ['para', 'pra', 'pro'],
    thereWords: ['ali'],
    reportedAsks: ['quer que', 'queria que', 'me disse para', 'nos disse para'],
    artifactOrderWords: ['desenhe', 'desenha', 'desenhar', 'diagrame', 'diagramar', 'imprima', 'imprimir', 'imprime', 'redesenhe', 'traduzir', 'traduza', 'traduzo', 'tradução', 'traduzam', 'traduzas', 'traduções'],
    quoteFrames: ['dizer', 'diga', 'responder', 'responda', 'locução', 'spot', 'texto', 'textos', 'frase', 'frases', 'pergunta', 'perguntas', 'resposta', 'respostas', 'letra', 'roteiro', 'slogan', 'bordão', 'legenda', 'legendas', 'notas', 'saudação', 'macro', 'reescreva', 'transcreva', 'traduz', 'tweet', 'tweets', 'banner'],
    dialogueFrames: ['diálogo', 'diálogos', 'roteiro', 'roteiros', 'esquete'],
    cashWords: ['dinheiro', 'cash', 'espécie'],
    // Money itself (not yet paying): with a payment name, or a verb of sending or receiving beside it.
    moneyWords: ['dinheiro', 'grana', 'dinheirinho', 'bufunfa'],
    visitWords: ['vier', 'vieres', 'vierem', 'vem', 'venha', 'passar', 'passo', 'vir'],
    visitSights: ['conhecer', 'ver', 'visitar', 'olhar'],
    visitPlaces: ['espaço', 'local', 'lugar', 'casa', 'loja', 'escritório', 'restaurante', 'estúdio', 'sítio'],
    pieceOf: ['de', 'do', 'da', 'dos', 'das'],
    appThingFrames: ['como no', 'parecido com', 'parecida com', 'igual ao', 'a assinatura do', 'assinatura do', 'assinatura de', 'licença do', 'cobranças do'],
    contentStems: ['podcast', 'episódio', 'música', 'canção', 'refrão', 'questionário', 'entrevistad', 'respondente', 'participante', 'transcrição', 'variável', 'relatório', 'romance', 'romances', 'capítulo', 'enredo', 'trama', 'manuscrito', 'thriller', 'roteiro', 'novela', 'artigo', 'análise', 'comparativ', 'tese', 'ensaio', 'conciliação', 'faturamento', 'contabilidade', 'lançamento'],
    mediaStems: ['áudio', 'audio', 'gravaç', 'nota', 'transcriç'],
    lessonStems: ['aula', 'lição', 'lições', 'curso', 'ensin', 'turma'],
    artifactStems: [
      'cartao', 'cartoes', 'panfleto', 'folheto', 'cartaz', 'faixa', 'rotulo', 'etiqueta', 'adesivo', 'rodape',
      'modelo', 'miniatura', 'tela', 'cardapio', 'embalagem', 'placa', 'capa', 'convite', 'slogan',
      // Edited video effects that show an app as a picture: "animação de notificação do Telegram".
      'efeito', 'animaç', 'notificaç', 'transiç',
    ],
    everythingWords: ['tudo'],
    negation: ['nao', 'não', 'nunca'],
    receiveStems: ['receb', 'aceit', 'cobr'],
    // The passive of a report: "was told over the phone" (see types.ts).
    passiveAuxiliaries: ['foi', 'foram', 'sido'],
    shareOrUseStems: ['compart', 'dar', 'envi', 'manda', 'usar', 'uso', 'mudar', 'migrar', 'adiciona', 'deix', 'postar', 'poste', 'publica', 'publique'],
    upworkNegator: ['não', 'nao', 'sem', 'vez', 'lugar'],
    routeNegator: ['sem'],
    insteadWords: ['em vez de', 'em vez de no', 'em vez de na', 'ao invés de', 'ao invés de no', 'no lugar de'],
    routeWords: ['por', 'pela', 'pelo'],
    bypassVerbs: ['pular', 'pulamos', 'pulando', 'evitamos', 'contornar', 'contornamos', 'burlar'],
    // Between a negation and its verb (fx24-declines): "not able to take", "won't be able to share".
    negationBridges: ['vou', 'vamos', 'poder', 'posso', 'podemos', 'consigo', 'conseguir', 'conseguimos'],
    norWords: ['nem'],
    haveWords: ['tenho', 'temos', 'tem', 'possuo', 'estou', 'uso'],
    here: ['aqui'],
    otherPeople: ['eles', 'elas', 'consultor', 'consultora', 'fotógrafo', 'fotógrafa', 'designer', 'freelancer', 'desenvolvedora', 'técnico', 'técnica', 'recrutadora', 'agência',
      // fx26-report: reports of a past ask and the writer's stance
      'sócio', 'sócia', 'clientes', 'ele', 'ela', 'alguém', 'cliente', 'desenvolvedor', 'programador', 'recrutador', 'comprador', 'outro', 'outra', 'cara', 'amigo', 'amiga', 'primo', 'prima', 'irmão', 'irmã', 'colega', 'conhecido',
      // fx25-reports: stories of what others ask, and the writer's stance
      'gente', 'tem gente', 'muitos', 'muitas', 'alguns', 'algumas', 'golpista', 'golpistas'],
    // lx30-echodecline: a proposta do leitor, repetida e recusada ("você pediu pra falar pelo zap. Prefiro manter aqui").
    readerAsks: ['você pediu', 'voce pediu', 'vc pediu', 'você me pediu', 'voce me pediu', 'vc me pediu', 'você sugeriu', 'voce sugeriu', 'vc sugeriu', 'você propôs', 'voce propos', 'você ofereceu', 'voce ofereceu', 'vc ofereceu', 'você quer', 'voce quer', 'vc quer', 'você queria', 'voce queria', 'vc queria', 'você prefere', 'voce prefere', 'vc prefere', 'o senhor pediu', 'a senhora pediu', 'você disse', 'voce disse', 'você mencionou', 'voce mencionou', 'você comentou', 'voce comentou', 'obrigado por oferecer', 'obrigada por oferecer', 'obrigado por sugerir', 'obrigada por sugerir', 'obrigado pela sugestão de', 'obrigada pela sugestão de',
      // lx32-ackdecline: "entendo que prefira o Telegram, mas …", "recebi o seu pedido para pagar por Pix fora da plataforma; não posso aceitar".
      'prefira', 'preferiria', 'o senhor prefere', 'a senhora prefere', 'seu pedido', 'pela proposta de', 'pelo pedido de', 'pela sugestão de', 'sua proposta', 'sua sugestão', 'sua solicitação', 'sua oferta', 'sua ideia', 'teu pedido', 'tua proposta', 'tua sugestão', 'seria mais prático', 'seria mais fácil', 'seria mais cômodo', 'seja mais prático', 'seja mais fácil'],
    pastAsks: [
      // lx30-scamwarn: the third party vanished after the ask ("o último designer sumiu depois de pedir pagamento por fora")
      'sumiu', 'desapareceu', 'sumiram', 'desapareceram','me pediram', 'me propuseram', 'me ofereceram', 'me disseram', 'nos pediram', 'nos propuseram', 'me pediam', 'me propunham', 'pediram', 'propuseram', 'pedem', 'querem', 'sugerem', 'pediu', 'quis', 'queria', 'tentou', 'sugeriu', 'propôs', 'insistiu', 'ofereceu', 'disse', 'falou', 'foi banido', 'foi banida', 'foi suspenso', 'foi suspensa', 'tomou golpe', 'caiu num golpe', 'caiu em golpe', 'levou golpe', 'recomendou', 'insistia', 'pedia', 'propunha', 'foi chamada', 'foi chamado', 'foi convidada', 'foi convidado', 'teve a conta suspensa', 'teve a conta bloqueada', 'ficou com a conta suspensa',
      // fx25-reports: stories of what others ask, and the writer's stance
      'pedindo', 'se passando', 'se passou', 'se passando por', 'mandou mensagem', 'chamou'],
    impersonalAsks: ['me pediram', 'me propuseram', 'me ofereceram', 'me disseram', 'nos pediram', 'nos propuseram', 'me pediam', 'me propunham', 'pediram', 'propuseram'],
    stanceFrames: ['costumava', 'costumávamos', 'anos atrás', 'há anos', 'ano passado', 'no passado', 'anterior', 'anteriormente', 'antigo', 'antiga', 'política', 'auditoria', 'fui banido', 'foi banido', 'foi suspenso', 'antes do upwork'],
    // O veredito sobre uma mensagem citada (h26-scam): "«me chama no zap». Bloqueei e denunciei".
    quoteVerdicts: ['bloqueei e denunciei', 'denunciei e bloqueei', 'bloqueado e denunciado', 'bloqueei', 'denunciei', 'bloqueado', 'denunciado', 'reportei', 'é real', 'é verdade', 'é golpe', 'é um golpe', 'golpe', 'é fraude', 'fraude', 'não vou fazer isso'],
    refusedByMe: [
      // lx30-scamwarn: a warning's verdict or question ("…pediu meus dados bancários. Foi você?") and the writer's stance against the story ("Comigo isso não acontece")
      'comigo isso não acontece', 'comigo não acontece', 'comigo isso não', 'foi você', 'era você', 'é você', 'provavelmente golpe', 'provavelmente é golpe', 'é falso', 'era falso', 'perfil falso', 'se passando por você', 'se passando por vocês','encerramos o contrato', 'encerrei o contrato', 'cancelamos o contrato', 'bloqueei ele', 'bloqueei ela', 'é golpe', 'era golpe', 'é um golpe', 'parece golpe', 'foi golpe', 'não fiz isso', 'eu não faço',
      // fx26-report: reports of a past ask and the writer's stance
      'sempre recuso', 'sempre digo que não', 'sempre falo que não', 'sempre recusamos', 'não aceitei', 'recusei', 'neguei', 'denunciei', 'reportei', 'disse que não', 'falei que não', 'não topei', 'recusamos', 'não aceitamos', 'cancelamos', 'cancelei', 'paramos de trabalhar', 'parei de trabalhar', 'upwork avisou', 'upwork me avisou', 'upwork bloqueou',
      // fx25-reports: stories of what others ask, and the writer's stance
      'bloqueei', 'eu não faço isso', 'não sou assim', 'não sou um deles', 'não sou uma delas'],
    notAttending: ['não precisa participar', 'não precisa entrar', 'não precisa comparecer', 'não tem que participar', 'não precisa estar presente'],
    appThingNouns: ['personagem do', 'personagem de', 'avatar do', 'avatar de', 'skin do', 'skin de'],
    // O telefone ou as DMs como posto do trabalho, para o negócio do cliente (validators/context.ts talkDuty).
    roleDuties: ['parte do seu papel', 'parte da sua função', 'parte do trabalho', 'seu papel inclui', 'sua função inclui', 'entre suas funções', 'suas funções incluem', 'você participaria', 'você participaria de'],
    issueMarkers: ['passos para reproduzir', 'comportamento esperado', 'comportamento atual', 'resultado esperado', 'resultado atual', 'relatorio de bug', 'pedido de funcionalidade', 'como usuario', 'como utilizador', 'suporte para', 'suporte a', 'integrar', 'integracao', 'implementar', 'clicar em', 'clique em'],
    talkDuties: ['recepcionista', 'recepcionistas', 'telefonista', 'telefonistas', 'atender o telefone', 'atender telefone', 'atender ligações', 'atender as ligações', 'atender chamadas', 'responder as dms', 'responderia as dms', 'responder dms', 'responder os directs', 'responder directs', 'responder às dms', 'responder os dms', 'responder as dm', 'responder às mensagens diretas', 'roteiro de ligação', 'script de atendimento'],
    // The people and objects of the work that a phone phrase beside them serves (validators/context.ts phoneMeansOfWork, lx29-phonemeans).
    // lx34-subject: com quem o autor fala pelo leitor antes de contar aqui (validators/context.ts relayedHere).
    relayParties: ['fábrica', 'fabrica', 'fábricas', 'oficina', 'fabricante', 'fabricantes', 'fornecedor', 'fornecedores', 'vendedor', 'vendedores', 'proprietário', 'senhorio', 'inquilino', 'inquilinos', 'cliente', 'clientes', 'agente', 'transportadora', 'gráfica', 'armazém', 'advogado', 'contador', 'equipe', 'chefe', 'dono'],
    readerParties: ['candidatos', 'candidatas', 'candidato'],
    phoneWorkParties: ['clientes', 'candidatos', 'candidatas', 'fornecedores', 'fornecedor', 'pacientes', 'hóspedes', 'pedidos', 'encomendas', 'reservas', 'agendamentos', 'alterações', 'reclamações', 'pesquisas', 'atendimento', 'participantes', 'entrevistados', 'entrevistadas', 'convidados', 'convidadas', 'usuários', 'utilizadores', 'ouvintes'],
    // Past verbs of talking or being on a call: the talk told as news (validators/context.ts talkReported).
    callCompanions: ['com'],
    callProposalVerbs: ['junte', 'junta', 'entra', 'entrar', 'participe', 'participar', 'participa', 'marcamos', 'marcar', 'vamos', 'agendar', 'bora', 'agendamos', 'prefiro', 'preferia', 'gostaria', 'queria', 'queremos', 'quero', 'façamos', 'marquemos', 'será'],
    callEventNouns: ['ligação', 'chamada', 'videochamada', 'reunião', 'reuniões', 'call', 'meet', 'meeting', 'entrevista', 'conversa'],
    callThirdParties: ['cliente', 'clientes', 'chefe', 'equipe', 'equipa', 'time', 'fornecedor', 'fornecedores', 'sócio', 'sócia', 'sócios', 'colega', 'colegas', 'gerente', 'contador', 'contadora', 'advogado', 'advogada', 'banco', 'agência', 'diretor', 'diretora', 'parceiro', 'parceira', 'parceiros', 'patrão', 'desenvolvedor', 'desenvolvedores'],
    // The writer busy in or done with a call event (validators/context.ts talkReported).
    talkBusyWords: ['ocupado', 'ocupada', 'preso', 'presa', 'depois', 'durante', 'terminei', 'após'],
    talkNewsVerbs: ['tinha', 'tínhamos', 'falei', 'falou', 'falamos', 'falaram', 'conversei', 'conversamos', 'estava', 'estive', 'estivemos', 'tivemos', 'tive', 'liguei', 'ligou', 'falado'],
    talkNewsWishes: ['pensando', 'querendo', 'esperando', 'poderíamos', 'podemos', 'poderia', 'se', 'talvez'],
    pastJobAdjective: ['ultimo', 'último', 'anterior', 'passado'],
    pastJobNoun: ['emprego', 'empresa'],
    workStems: ['integr', 'automat'],
    reportingVerbs: ['pediu', 'pedindo', 'mandou', 'enviou', 'escreveu', 'chamou', 'adicionou', 'passou'],
    reportedTarget: ['me', 'nos'],
    objectClitics: ['me', 'nos'],
    speakers: ['eu', 'você', 'vc'],
    // A device or system that calls a number itself (the number is a setting of the work).
    callingDevices: ['central', 'painel', 'alarme', 'alarmes', 'interfone', 'porteiro', 'discador', 'elevador', 'sistema', 'modulo', 'comunicador', 'bot', 'aplicativo', 'app', 'camera', 'sensor', 'portaria'],
    // Software of the work as the subject of invoicing or charging (fx25-cases).
    systemSubjects: ['sistema', 'software', 'erp', 'crm', 'programa', 'modulo', 'plugin', 'app', 'aplicativo', 'bot', 'script', 'backend', 'pdv'],
    dialVerbs: ['discar', 'disca', 'disque', 'discará', 'discara', 'discando', 'rediscar'],
    idWords: ['cpf', 'cnpj', 'código'],
    orderWords: ['pedido', 'encomenda', 'fatura', 'apólice', 'apolice', 'ordem', 'protocolo', 'chamado', 'boleto', 'rastreio', 'cnpj', 'cpf', 'nif', 'nipc', 'matrícula', 'matricula', 'ncm', 'tarifária', 'tarifaria'],
    numberNouns: ['no', 'numero', 'número'],
    dealTerms: ['firme', 'final', 'fixo', 'fechado', 'total', 'orçamento', 'orcamento', 'maximo', 'máximo'],
    currencyNames: ['reais', 'dólares', 'dolares', 'euros'],
    postalWords: ['cep', 'postal'],
    phoneNouns: ['telefone', 'celular'],
    referenceNouns: ['licença', 'licenca', 'certificado', 'contrato', 'reserva', 'registro', 'rastreamento', 'ordem', 'apólice', 'apolice', 'processo', 'autos', 'petição', 'peticao', 'recurso', 'conta', 'agência', 'agencia', 'mapa', 'jogo', 'ilha', 'série', 'serie', 'medidor', 'hidrômetro', 'hidrometro',
      // Claims an insurer or a payer numbers: "o número do sinistro é …".
      'sinistro', 'reclamação', 'reclamacao'],
    channelPrepositions: ['no', 'na', 'em', 'pelo', 'pela', 'por', 'pra'],
    appPrepositions: ['por', 'pelo', 'pela', 'em', 'no', 'na'],
    channelNext: ['numero', 'número'],
    // A person of the piece pretending to call ("a skit where she pretends to FaceTime her mum").
    pretendVerbs: ['finge', 'fingem', 'fingindo', 'fingir', 'fingiu', 'finja', 'simula', 'simulando'],
    storyPeople: ['personagem', 'personagens', 'protagonista', 'protagonistas', 'vilão', 'vilã', 'npc', 'narrador', 'narradora', 'mascote', 'chantagista', 'antagonista', 'heroína'],
    storyRelatives: ['onde', 'qual', 'quais', 'quem'],
    yourWords: ['seu', 'sua', 'teu', 'tua'],
    askFillers: ['pfv', 'pls'],
    sendStems: ['manda', 'mande', 'envi', 'passa', 'passe', 'dar', 'compart'],
    myWords: ['meu', 'minha'],
    directly: ['diretamente', 'direto'],
    outsideWords: ['fora'],
    payStems: ['paga', 'pago', 'pagu', 'pagar', 'factur', 'fatur', 'cobr', 'pagamento', 'deposita', 'transferi', 'transfir'],
    payoutStems: ['saque', 'saco', 'sacar', 'vinculad'],
    avoidStems: ['evit', 'econom'],
    feeStems: ['comiss', 'taxa', 'tarifa'],
    platformStems: ['plataforma'],
    payLinkPrepositions: ['com', 'em', 'por'],
    callMeClitics: ['me'],
    notANameAfterCallMe: ['amanhã', 'hoje', 'depois', 'agora', 'segunda', 'em', 'a', 'no', 'na', 'pelo', 'por', 'e'],
    nameFillers: ['apenas'],
    nameNouns: ['nome', 'apelido', 'sobrenome'],
    callMeButWords: ['mas'],
    agreementStems: ['contrat', 'acordo', 'trato'],
    contractStems: ['fatura', 'acordo', 'projeto', 'contrat', 'fiscal'],
    priceStems: ['preço', 'preco', 'valor', 'desconto', 'orçament', 'orcament', 'cobro', 'cobra', 'cobrar'],
    closeStems: ['fech', 'encerr', 'termin', 'finaliz', 'cancel'],
    contactVerbStems: ['contacta'],
    emailAt: ['arroba', 'arrobita'],
    emailDot: ['ponto'],
    linkSlash: ['barra', 'slash'],
    // "pra gente conversar", "manda direct" (Instagram's DM), "me adiciona": talking or adding there.
    socialCueStems: ['mensag', 'chama', 'convers', 'direct', 'adicion'],
    without: ['sem'],
    needed: ['precisa', 'precisamos', 'preciso', 'necessidade', 'necessário', 'necessária'],
    determinerNegation: ['sem', 'nenhum', 'nenhuma', 'nada'],
    defectStems: ['erro', 'invalid', 'excecao', 'falha'],
    appComparisonWords: ['contra'],
    productNewsStems: ['lanc', 'suport', 'anunci', 'introduz', 'liberou', 'gera', 'retorna'],
    // Slowness complains too: "no Upwork demora uma semana" (fx25-paystance).
    complaintStems: ['odeio', 'odeia', 'travando', 'travou', 'bugad', 'horrivel', 'pessim', 'desconfort', 'confus', 'chato', 'lent', 'trava', 'demora'],
    easeStems: ['confortavel', 'funcion', 'carreg', 'abre', 'gosto', 'gosta', 'acostum', 'atualiz', 'aparec', 'exib'],
    idNouns: ['nome'],
    idFillers: ['e', 'é'],
    ownIdNouns: ['contato', 'usuário', 'conta'],
    copula: ['e', 'é'],
    rhymeWords: ['rima', 'rimam', 'rimando', 'rimar'],
    riddleNouns: ['app', 'aplicativo', 'aplicação', 'plataforma', 'programa', 'coisa'],
    initialWords: ['comeca', 'começa', 'comecando', 'começando', 'inicia', 'inicial'],
    appAlias: ['como'],
    iAm: ['sou'],
    numberOrPhoneNouns: ['numero', 'número', 'telefone', 'celular'],
    placePayees: ['espaço', 'quinta', 'salão', 'hotel', 'restaurante', 'catering', 'fazenda', 'igreja', 'buffet'],
    thirdPayers: ['salão', 'espaço', 'guia', 'fornecedor', 'fornecedores', 'hóspedes', 'convidados', 'inquilinos', 'despachante', 'entregador', 'motorista', 'participantes', 'entrevistados', 'respondentes'],
    // Payees and payers besides the two parties (lx33-thirdpay): "did you pay them by check".
    paidOthers: ['prestadores', 'contratados', 'terceirizados', 'funcionários', 'funcionarios', 'funcionário', 'empregados', 'trabalhadores', 'colaboradores', 'freelancers', 'fornecedores', 'diaristas', 'motoristas', 'ajudantes', 'professores', 'instrutores', 'treinadores', 'vendedores', 'afiliados', 'eles', 'elas'],
    firstPerson: ['meu', 'minha', 'meus', 'minhas', 'me'],
    numberWorkStems: ['itinerario', 'folheto', 'panfleto', 'pdf', 'formulario', 'etiqueta', 'cardapio', 'catalogo', 'ficticio', 'fictício', 'ficticia', 'fictícia'],
    scamStems: ['golpe', 'golpist', 'fraude'],
    sampleStems: ['alucin', 'caracteres', 'normaliz', 'validad', 'valida', 'invalid', 'formato', 'de teste', 'de exemplo', 'ficticio', 'ficticia', 'falso', 'falsa', 'no jogo', 'adereco', 'campo', 'coluna', 'mascara', 'formulario', 'no teste', 'para testar', 'de testes', 'sandbox', 'nos testes', 'em testes', 'para testes', 'placeholder', 'para reproduzir', 'passos de reproducao'],
    exampleMarkers: ['por exemplo', 'exemplo'],
    doubleDigitWords: ['duplo'],
    tripleDigitWords: ['triplo'],
    callStems: ['ligu', 'liga', 'ligar', 'ligo'],
    readerModals: ['pode', 'podes', 'poderia', 'poderias', 'podia', 'podias', 'podem'],
    callInfinitives: ['ligar', 'telefonar'],
    visitorNouns: ['técnico', 'técnica', 'encanador', 'canalizador', 'carteiro', 'entregador', 'motoboy', 'eletricista', 'mecânico', 'instalador', 'jardineiro', 'vistoriador', 'faxineira', 'transportadora'],
    phoneLabelNouns: ['telefone'],
    feeOrOutsideParts: ['fora'],
    offerPossessives: ['meu', 'minha'],
  },
};
