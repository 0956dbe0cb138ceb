import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useErrorText, useFieldError } from '../../app/errors';
import { languageOf } from '../../app/i18n';
import { languageChosenBeforeLogin } from '../../app/language';
import { Alert, Button, buttonClass, PageHeader, TextField } from '../../ui/index';
import {
  OIDC_LOGIN_URL,
  oidcErrorText,
  safeNext,
  useAuthOptions,
  useLogin,
  useSession,
} from './auth.api';
import './auth.css';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FormErrors {
  email?: string;
  password?: string;
}

/** Messages from the address: why the user landed here. */
function LoginNotices() {
  const { t, i18n } = useTranslation('auth');
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const oidcError = params.get('error');
  return (
    <>
      {oidcError ? <Alert tone="error">{oidcErrorText(oidcError, languageOf(i18n))}</Alert> : null}
      {reason === 'expired' ? <Alert tone="info">{t('login.sessionEnded')}</Alert> : null}
      {reason === 'loggedOut' ? <Alert tone="success">{t('logout.done')}</Alert> : null}
    </>
  );
}

/** Log in with e-mail and password, or with the organisation's login when it is enabled. */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const session = useSession();
  const options = useAuthOptions();
  const login = useLogin();
  const errorText = useErrorText();
  const serverFieldError = useFieldError(login.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (session.data) return <Navigate to={safeNext(params.get('next')) ?? '/'} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const found: FormErrors = {};
    if (!email.trim()) found.email = t('login.emailRequired');
    else if (!EMAIL.test(email.trim())) found.email = t('login.emailInvalid');
    if (!password) found.password = t('login.passwordRequired');
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    login.mutate(
      { email: email.trim(), password, keepLanguage: languageChosenBeforeLogin() ?? undefined },
      { onError: () => passwordRef.current?.select() },
    );
  };

  const formError =
    login.error && !(login.error instanceof ApiError && login.error.fieldErrors.length > 0)
      ? errorText(login.error)
      : null;

  return (
    <div className="auth-page">
      <div className="auth-card">
        <PageHeader title={t('login.title')} description={<p>{t('login.intro')}</p>} />
        <div className="stack">
          <LoginNotices />
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <form className="form" noValidate onSubmit={onSubmit}>
            <TextField
              ref={emailRef}
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email ?? serverFieldError('email')}
            />
            <TextField
              ref={passwordRef}
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password ?? serverFieldError('password')}
            />
            <Button type="submit" variant="primary" busy={login.isPending}>
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </Button>
          </form>
          {options.data?.oidc ? (
            <>
              <p className="auth-or">
                <span>{t('login.or')}</span>
              </p>
              <a className={`${buttonClass('secondary')} auth-oidc`} href={OIDC_LOGIN_URL}>
                {t('login.oidc')}
              </a>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
