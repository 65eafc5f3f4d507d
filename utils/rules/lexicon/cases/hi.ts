import type { Category } from '../../types';

export const cases: { text: string; expect: Category[]; note?: string }[] = [
  { text: 'सर, व्हाट्सएप पर बात करते हैं, वहाँ जल्दी रिप्लाई कर पाऊँगा', expect: ['call'] },
  { text: 'कल सुबह 11 बजे गूगल मीट पर मीटिंग कर लेते हैं?', expect: ['call'] },
  { text: 'मुझे कॉल करो +91 91234 56789 पर', expect: ['call', 'contact'] },
  { text: 'मेरी ईमेल आईडी rahul.verma.dev@gmail.com है', expect: ['contact'] },
  { text: 'अपना फ़ोन नंबर भेज दीजिए', expect: ['contact'] },
  { text: 'टेलीग्राम पर ऐड करो, मेरा यूजरनेम @neha_designs है', expect: ['call', 'contact'] },
  { text: 'सीधे UPI से पेमेंट कर दूंगा, अपवर्क का कमीशन बच जाएगा', expect: ['payment'] },
  { text: 'कॉन्ट्रैक्ट यहीं बंद करके बाकी पेमेंट बैंक ट्रांसफर से कर देंगे', expect: ['payment'] },
  { text: 'अपवर्क के बाहर बात करते हैं', expect: ['call'] },
  { text: 'हमें दुकान के लिए टेलीग्राम बॉट बनाना है', expect: [] },
  { text: 'व्हाट्सएप API इंटीग्रेशन करना है हमारे CRM में', expect: [] },
  { text: 'बजट ₹25,000 है, डेडलाइन 15/08/2025, ऑर्डर नंबर 4471209', expect: [] },
  { text: 'हम यहीं अपवर्क पर वीडियो कॉल कर सकते हैं', expect: [] },
  { text: 'माफ़ कीजिए, कॉन्ट्रैक्ट शुरू होने से पहले मैं अपना नंबर शेयर नहीं कर सकता', expect: [] },
];
