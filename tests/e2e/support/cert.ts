/**
 * A self-signed certificate for www.upwork.com, made once with openssl and reused. Chromium trusts
 * it through --ignore-certificate-errors-spki-list (needs the SPKI hash), Firefox through
 * acceptInsecureCerts.
 */
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CERT_DIR, UPWORK_HOST } from './paths';

export interface Certificate {
  key: string;
  cert: string;
  /** base64 sha256 of the DER-encoded public key. */
  spkiHash: string;
}

export function ensureCertificate(): Certificate {
  const keyPath = join(CERT_DIR, 'key.pem');
  const certPath = join(CERT_DIR, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(CERT_DIR, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
      '-keyout', keyPath, '-out', certPath,
      '-subj', `/CN=${UPWORK_HOST}`,
      '-addext', `subjectAltName=DNS:${UPWORK_HOST}`,
    ], { stdio: 'ignore' });
  }
  const key = readFileSync(keyPath, 'utf8');
  const cert = readFileSync(certPath, 'utf8');
  const der = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  const spkiHash = createHash('sha256').update(der).digest('base64');
  return { key, cert, spkiHash };
}
