/**
 * Page furniture that is drawn, not typed: the Code 39 barcode of the job number and the QR
 * code that opens the document on the resolver. Both are inline SVG, so they stay vector in the
 * PDF and need no extra files.
 */
import bwipjs from 'bwip-js';
import QRCode from 'qrcode';

/** `21-17096` → the barcode UN documents print: Code 39 of `*2117096*`. */
export function jobNumberBarcode(jobNumber: string): string {
  const digits = jobNumber.replace(/\D/g, '');
  // bwip-js adds the * start/stop characters of Code 39 itself.
  return bwipjs.toSVG({ bcid: 'code39', text: digits, height: 8, scale: 2, includetext: false });
}

export async function documentQrCode(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
