/** Login, session and account contracts. */
import { z } from 'zod';
import { RoleSchema } from './roles';

/** Limits shared by the server and the forms. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const EmailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    locale: z.enum(['da', 'en']),
    disabled: z.boolean(),
    hasPassword: z.boolean(),
    oidcIssuer: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const MeSchema = z.object({
  user: UserSchema,
  session: z.object({ expiresAt: z.string(), idleMinutes: z.number().int() }),
});
export type Me = z.infer<typeof MeSchema>;

export const CsrfTokenSchema = z.object({ token: z.string() });

export const AuthOptionsSchema = z.object({
  password: z.boolean(),
  oidc: z.boolean(),
});

export const CreateUserRequestSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1).max(200),
  role: RoleSchema,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH).optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: RoleSchema.optional(),
    disabled: z.boolean().optional(),
    locale: z.enum(['da', 'en']).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Angiv mindst ét felt');
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

export const UserListSchema = z.object({ items: z.array(UserSchema) });

/** A session's public reference: 16 hex characters (never the full id, never the token). */
export const SessionRefSchema = z.string().regex(/^[0-9a-f]{16}$/);

/** A live session as an admin sees it. */
export const SessionInfoSchema = z
  .object({
    id: SessionRefSchema,
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    method: z.enum(['password', 'oidc']),
    /** The session this request is made with. */
    current: z.boolean(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** GET /api/users/:id/sessions: the user's live sessions, newest first. */
export const SessionListSchema = z.object({ items: z.array(SessionInfoSchema) });
export type SessionList = z.infer<typeof SessionListSchema>;

/** Path of DELETE /api/users/:id/sessions/:sessionId. */
export const UserSessionParamsSchema = z.object({ id: z.uuid(), sessionId: SessionRefSchema });

/** Limits of the account directory (reviewer pickers). */
export const USER_DIRECTORY_LIMITS = { query: 100, maxItems: 200, defaultItems: 50 } as const;

/** Query of GET /api/users/directory: part of a name; all enabled accounts when left out. */
export const UserDirectoryQuerySchema = z.object({
  q: z.string().trim().max(USER_DIRECTORY_LIMITS.query).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(USER_DIRECTORY_LIMITS.maxItems)
    .default(USER_DIRECTORY_LIMITS.defaultItems),
});
export type UserDirectoryQuery = z.infer<typeof UserDirectoryQuerySchema>;

/** An enabled account as pickers show it: its id and name, nothing else. */
export const DirectoryUserSchema = z
  .object({ id: z.uuid(), name: z.string() })
  .meta({ id: 'DirectoryUser' });
export type DirectoryUser = z.infer<typeof DirectoryUserSchema>;

/** Enabled accounts by name (Danish sort order). */
export const UserDirectorySchema = z.object({ items: z.array(DirectoryUserSchema) });
export type UserDirectory = z.infer<typeof UserDirectorySchema>;

/**
 * Why an OIDC login was refused. The server redirects to `/login?error=<code>`; the login page
 * shows the matching text. Unknown codes should be shown as `oidc`.
 */
export const OIDC_LOGIN_ERRORS = {
  oidc: {
    da: 'Log ind via din organisation mislykkedes. Prøv igen, eller kontakt en administrator',
    en: 'Logging in through your organisation failed. Try again, or contact an administrator',
  },
  'oidc-email-taken': {
    da:
      'E-mailadressen fra din organisations login bruges allerede af en anden bruger i Samspil. ' +
      'Kontakt en administrator, så dit login kan kobles til den rigtige bruger',
    en:
      "The e-mail address from your organisation's login is already used by another Samspil " +
      'account. Contact an administrator so your login can be linked to the right account',
  },
  'oidc-email-missing': {
    da: 'Din organisations login oplyste ingen gyldig e-mailadresse. Kontakt en administrator',
    en: "Your organisation's login gave no valid e-mail address. Contact an administrator",
  },
  'oidc-disabled': {
    da: 'Din bruger er deaktiveret. Kontakt en administrator',
    en: 'Your account is disabled. Contact an administrator',
  },
} as const satisfies Record<string, { da: string; en: string }>;

/** A reason code from {@link OIDC_LOGIN_ERRORS}. */
export type OidcLoginError = keyof typeof OIDC_LOGIN_ERRORS;
