/** SMTP transport options: forced TLS 1.2+ with a verified certificate, except on this machine. */
import { describe, expect, it } from 'vitest';
import { createMailer, isLocalHost, transportOptions } from './mailer';

describe('transportOptions', () => {
  it('requires STARTTLS with TLS 1.2+ and a verified certificate on a remote relay', () => {
    expect(transportOptions('smtp://samspil%40kommune.dk:p%C3%A6ss@mail.kommune.dk')).toMatchObject(
      {
        host: 'mail.kommune.dk',
        port: 587,
        secure: false,
        requireTLS: true,
        tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
        auth: { user: 'samspil@kommune.dk', pass: 'pæss' },
      },
    );
  });

  it('uses implicit TLS for smtps://', () => {
    expect(transportOptions('smtps://relay.example.dk')).toMatchObject({
      port: 465,
      secure: true,
      requireTLS: false,
      tls: { minVersion: 'TLSv1.2' },
    });
  });

  it('lets only a server on this machine go without TLS', () => {
    for (const url of ['smtp://localhost:2525', 'smtp://127.0.0.1:25', 'smtp://[::1]:25']) {
      expect(transportOptions(url).requireTLS, url).toBe(false);
    }
    expect(isLocalHost('127.0.0.1.example.dk')).toBe(false);
    expect(isLocalHost('localhost.example.dk')).toBe(false);
  });

  it('refuses other schemes and has no mailer without a URL', () => {
    expect(() => transportOptions('http://mail.example.dk')).toThrow('smtp://');
    expect(createMailer(undefined, 'Samspil <no-reply@samspil.local>')).toBeNull();
  });
});
