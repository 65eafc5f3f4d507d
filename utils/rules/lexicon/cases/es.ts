import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'Hola Marta, ¿hablamos mejor por WhatsApp? Es más rápido para mí', expect: ['call'] },
  { text: 'Le propongo una videollamada por Zoom mañana a las 10 para ver los detalles', expect: ['call'] },
  { text: 'Llámame al +34 612 48 93 07 cuando puedas y lo vemos', expect: ['call', 'contact'] },
  { text: 'mi correo es carlos.rdz88@gmail.com, mandame los archivos ahi', expect: ['contact'] },
  { text: '¿Me pasas tu número de celular? así coordinamos más fácil', expect: ['contact'] },
  { text: 'escribeme al wasap 55 4821 9036 y te paso el presupuesto', expect: ['call', 'contact'], note: 'Mexico, local nickname' },
  { text: 'Si te parece te pago por PayPal directamente y nos ahorramos la comisión de Upwork', expect: ['payment'] },
  { text: 'Mejor cerramos el contrato y seguimos por fuera, te hago transferencia bancaria cada semana', expect: ['payment'] },
  { text: 'sigamos la conversacion fuera de upwork, aca es muy lento', expect: ['call'], note: 'no accents' },
  { text: 'Necesito integrar la API de WhatsApp con mi CRM para enviar recordatorios', expect: [] },
  { text: 'Busco alguien que desarrolle un bot de Telegram para mi tienda online', expect: [] },
  { text: 'El presupuesto es de $1.250,00 USD y la entrega el 15/03/2025, pedido n.º 48210973', expect: [] },
  { text: 'Podemos hacer una videollamada aquí mismo por Upwork cuando quieras', expect: [] },
  { text: 'Perdón, no puedo compartir mi teléfono hasta que empiece el contrato, sigamos por aquí', expect: [] },
  { text: 'Configuré la pasarela de pago con PayPal y Mercado Pago en el checkout de la tienda', expect: [] },
];
