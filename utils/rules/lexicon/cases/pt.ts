import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Oi Rafael, me chama no zap que a gente resolve isso rapidinho', expect: ['call'], note: 'pt-BR nickname' },
  { text: 'passa seu número que te chamo no zapzap', expect: ['call', 'contact'] },
  { text: 'Meu WhatsApp é (11) 98765-4321, pode mandar mensagem a qualquer hora', expect: ['call', 'contact'] },
  { text: 'Podemos fazer uma call pelo Google Meet amanhã às 15h?', expect: ['call'] },
  { text: 'me liga no +55 21 99876 5432 depois das 18h', expect: ['call', 'contact'] },
  { text: 'segue meu email: juliana.costa.design@outlook.com', expect: ['contact'] },
  { text: 'Se preferir te pago no Pix direto, aí a gente foge da taxa do Upwork', expect: ['payment'] },
  { text: 'minha chave pix é o meu cpf, me avisa quando fizer a transferência', expect: ['payment'] },
  { text: 'Bom dia! Como estou em Portugal, posso pagar-lhe por MB Way ou transferência bancária', expect: ['payment'], note: 'pt-PT' },
  { text: 'Preciso integrar a API do WhatsApp no meu sistema para disparos de confirmação', expect: [] },
  { text: 'Quero um bot de Telegram que responda dúvidas dos clientes da loja', expect: [] },
  { text: 'Orçamento: R$ 2.450,00, prazo 12/08, pedido #784512', expect: [] },
  { text: 'Podemos fazer uma chamada de vídeo aqui pelo Upwork mesmo', expect: [] },
  { text: 'Desculpa, não posso passar meu número antes do contrato começar, vamos manter aqui', expect: [] },
  { text: 'Configurei o checkout com Pix e cartão na loja virtual do cliente', expect: [] },
];
